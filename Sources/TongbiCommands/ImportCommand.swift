import ArgumentParser
@_spi(ByteLevel) import ByteLevel
import Foundation
import TongbiKit

/// `tongbi import`: each file into the store as a new vintage, revisions recorded.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import data, indicator and targets files into the store of vintages, recording revisions.",
    discussion: """
      Each file becomes one vintage (file name, SHA-256 of its bytes, import time, the months it covers, its \
      rows and cells used and rejected). A value that differs from the latest stored one for its region, \
      indicator, form and month is a revision (tongbi revisions); an equal one is not stored again. A file \
      imported before (the same bytes) is skipped with a message. Data files are read with the indicator \
      file given, else the store's latest. Each import is one transaction: interrupted, it leaves the \
      store as it was. The store is an SQLite file, or a PostgreSQL database (--store postgresql://…) that \
      several people import into: a second import waits for the first, then revises what it wrote.
      """
  )

  @OptionGroup var input: InputOptions
  @OptionGroup var threading: ThreadsOption

  @Option(help: "A targets file to import (地区,指标,年度,目标值,…).")
  var targets: String?

  func validate() throws {
    if input.files.isEmpty && input.indicatorFile == nil && targets == nil {
      throw ValidationError("give files to import (data files, --indicators FILE or --targets FILE)")
    }
    if input.asOf != nil {
      throw ValidationError("--as-of reads a store; import adds the files as a new vintage")
    }
    if input.files.contains("-") {
      throw ValidationError("import reads files, not standard input: a vintage is named by its file")
    }
  }

  func run() throws {
    let vintages = try input.storage.open(create: true)
    let now = Date()
    // Indicator and targets files are read (and refused when bad) before any is recorded.
    let indicatorBytes = try input.indicatorFile.map(Self.read)
    let catalogBytes =
      try indicatorBytes
      ?? CommandFailure.wrapStore { () throws(StoreError) in try vintages.file(.indicators)?.1 }
    var options = try CommandFailure.wrap { () throws(IngestError) in
      var plain = input
      plain.indicatorFile = nil
      return try plain.ingestOptions()
    }
    if let catalogBytes {
      let name = input.indicatorFile ?? "the store's indicator file"
      let declared = catalogBytes.withUnsafeBytes { raw in
        Result { () throws(IngestError) in try IndicatorFileReader.read(bytes: raw, name: name) }
      }
      options.catalog = IndicatorCatalog(
        declared: try CommandFailure.wrap { () throws(IngestError) in try declared.get() })
    }
    let targetBytes = try targets.map(Self.read)
    if let targets, let targetBytes {
      let read = targetBytes.withUnsafeBytes { raw in
        Result { () throws(IngestError) in try TargetsReader.read(bytes: raw, name: targets) }
      }
      _ = try CommandFailure.wrap { () throws(IngestError) in try read.get() }
    }
    if let indicators = input.indicatorFile, let indicatorBytes {
      try record(.indicators, path: indicators, bytes: indicatorBytes, in: vintages, at: now)
    }
    if let targets, let targetBytes {
      try record(.targets, path: targets, bytes: targetBytes, in: vintages, at: now)
    }
    options.threads = threading.threads
    for file in input.files {
      let bytes = try CommandFailure.wrap { () throws(IngestError) in try InputBytes.reading(file) }
      // The file's hash is computed beside the ingest (a duplicate is found after reading it, a rare case
      // that costs one read): half a second of a gigabyte's import.
      let hashing = ContentHash(bytes)
      var ingestor = Ingestor(options: options)
      let progress = ProgressReporter(label: "reading \(file)")
      if progress.isEnabled {
        ingestor.progress = { done, total in progress.update(done: done, total: total) }
      }
      try CommandFailure.wrap { () throws(IngestError) in
        try ingestor.read(bytes: UnsafeRawBufferPointer(bytes.buffer), name: file)
      }
      progress.finish()
      let hash = hashing.value()
      // Looked up here to spare the work of an import the store would refuse (it looks again under its
      // write lock).
      if let earlier = try CommandFailure.wrapStore({ () throws(StoreError) in
        try vintages.vintage(sha256: hash, kind: .data)
      }) {
        StandardError.write(
          StoreError.importedBefore(path: vintages.path, file: file, earlier: earlier).description)
        continue
      }
      let result = ingestor.finish()
      if result.summary.cellsUsed + result.summary.cellsMissing == 0 {
        throw CommandFailure.message("\(file): no usable values were read; nothing imported")
      }
      let storing = ProgressReporter(label: "storing")
      let stored = try Self.unlessImportedBefore { () throws(StoreError) in
        try vintages.importData(
          result, fileName: file, sha256: hash, at: now,
          progress: storing.isEnabled ? { done, total in storing.update(done: done, total: total) } : nil)
      }
      storing.finish()
      guard let vintage = stored else { continue }
      StandardError.write(Self.line(vintage))
      DataLoader.reportRejections(result.summary.rejects, files: [file], shown: 20)
    }
  }

  /// Records an indicator or targets file unless the same bytes were imported as one before (the store
  /// looks under its write lock).
  private func record(
    _ kind: Vintage.Kind, path: String, bytes: [UInt8], in store: VintageStore, at date: Date
  ) throws {
    let hash = bytes.withUnsafeBytes { SHA256.hex($0) }
    let stored = try Self.unlessImportedBefore { () throws(StoreError) in
      try store.importFile(kind, content: bytes, fileName: path, sha256: hash, at: date)
    }
    if let vintage = stored { StandardError.write("vintage \(vintage.id): \(path) (\(kind.rawValue) file)") }
  }

  /// The vintage `body` imports, or `nil` when another import recorded the same bytes first (said on
  /// standard error); other store errors become messages.
  static func unlessImportedBefore(_ body: () throws(StoreError) -> Vintage) throws -> Vintage? {
    do {
      return try body()
    } catch .importedBefore(let path, let file, let earlier) {
      StandardError.write(StoreError.importedBefore(path: path, file: file, earlier: earlier).description)
      return nil
    } catch {
      throw CommandFailure.message(error.description)
    }
  }

  /// One line on an imported data file.
  static func line(_ vintage: Vintage) -> String {
    let periods = vintage.periods.map { " \($0.lowerBound)–\($0.upperBound)," } ?? ""
    return
      "vintage \(vintage.id): \(vintage.fileName):\(periods) \(vintage.rowsRead) rows (\(vintage.rowsUsed) used, "
      + "\(vintage.rowsRejected) rejected), \(vintage.valuesAdded) values added, \(vintage.valuesRevised) revised"
  }

  /// The bytes of the file at `path`.
  static func read(_ path: String) throws -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw CommandFailure.message("\(path): cannot read the file")
    }
    return Array(data)
  }
}

/// The SHA-256 of a file's bytes, computed on another thread from its creation; `value()` waits for it.
final class ContentHash: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  private var hash = ""

  /// Starts hashing `bytes` (kept alive until done).
  init(_ bytes: InputBytes) {
    DispatchQueue.global().async {
      self.hash = SHA256.hex(UnsafeRawBufferPointer(bytes.buffer))
      self.done.signal()
    }
  }

  /// The hash, once computed.
  func value() -> String {
    done.wait()
    done.signal()
    return hash
  }
}
