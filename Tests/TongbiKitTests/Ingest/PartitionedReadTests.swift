import Foundation
import TestSupport
import Testing

@_spi(ByteLevel) @testable import ByteLevel
@testable import TongbiKit

/// Reading a long table in parallel parts gives exactly the result of one pass: the same panel, counts,
/// rejections and notices (with their positions), and the same error; and the parts are really used
/// where nothing forbids them.
@Suite("Partitioned long-layout read")
struct PartitionedReadTests {
  /// The result of reading `paths` with `threads` threads and parts of at least `minimumPartBytes`,
  /// or the error's text; and how many files were read in parts.
  private func read(
    _ paths: [String], threads: Int, minimumPartBytes: Int = 1, options: IngestOptions = IngestOptions()
  ) -> (result: Result<IngestResult, IngestError>, filesReadInParts: Int) {
    var options = options
    options.threads = threads
    options.minimumPartBytes = minimumPartBytes
    var ingestor = Ingestor(options: options)
    do {
      for path in paths { try ingestor.read(path: path) }
      let parts = ingestor.session.filesReadInParts
      return (.success(ingestor.finish()), parts)
    } catch {
      return (.failure(error), ingestor.session.filesReadInParts)
    }
  }

  /// Records a failure unless `threads` threads give what one thread gives on `paths`; returns how many
  /// files were read in parts.
  @discardableResult
  private func expectSameAsOnePass(
    _ paths: [String], threads: Int, options: IngestOptions = IngestOptions(),
    sourceLocation: SourceLocation = #_sourceLocation
  ) -> Int {
    let (one, onePassParts) = read(paths, threads: 1, options: options)
    #expect(onePassParts == 0, "one thread reads in one pass", sourceLocation: sourceLocation)
    let (many, parts) = read(paths, threads: threads, options: options)
    switch (one, many) {
    case (.success(let expected), .success(let actual)):
      #expect(actual.summary.counts == expected.summary.counts, sourceLocation: sourceLocation)
      #expect(actual.summary.rejectLines == expected.summary.rejectLines, sourceLocation: sourceLocation)
      #expect(actual.summary.noticeLines == expected.summary.noticeLines, sourceLocation: sourceLocation)
      #expect(
        actual.summary.files.map(\.path) == expected.summary.files.map(\.path), sourceLocation: sourceLocation
      )
      expectSamePanel(actual.panel, expected.panel, sourceLocation: sourceLocation)
    case (.failure(let expected), .failure(let actual)):
      #expect(actual.description == expected.description, sourceLocation: sourceLocation)
    default:
      Issue.record("one pass: \(one), \(threads) threads: \(many)", sourceLocation: sourceLocation)
    }
    return parts
  }

  /// A long table of `regions` regions × 2 indicators × 24 months from 2023-01, rows grouped by series.
  private func longTable(regions: Int, extraRows: [String] = []) -> String {
    var lines = ["地区,指标,时间,数值,单位"]
    for region in 1...regions {
      for (indicator, unit) in [("税收收入", "万元"), ("固定资产投资", "亿元")] {
        for index in 0..<24 {
          let value = Double(region * 100 + index) + Double(index % 10) / 10
          lines.append("R\(region),\(indicator),\(2023 + index / 12)年\(index % 12 + 1)月,\(value),\(unit)")
        }
      }
    }
    return (lines + extraRows).joined(separator: "\n") + "\n"
  }

  @Test("every corpus, dataset and shared data file reads the same in 2, 3 and 5 parts as in one pass")
  func everyFileSameAsOnePass() throws {
    let corpus = CorpusManifest.badFiles.names.map { CorpusManifest.badFiles.folder + "/" + $0 }
    let datasets = [
      "township/township-wide.csv", "township/township-monthly-gb18030.csv", "public/fpp-monthly.csv",
      "public/cei-export-industrial-output-monthly.csv",
      "public/nbs-export-industrial-value-added-growth.csv",
    ].map(datasetPath)
    // Long tables without quirks, big enough to leave rows after the 50 lines read to find the header:
    // these must really be read in parts.
    let clean = [
      datasetPath("township/township-monthly.csv"), try sharedDataPath("monthly-series/m1-monthly-train.csv"),
      try sharedDataPath("monthly-series/r-datasets-monthly.csv"),
    ]
    #expect(!corpus.isEmpty, "the bad-file manifest lists the corpus")
    for path in corpus + datasets {
      for threads in [2, 3, 5] { expectSameAsOnePass([path], threads: threads) }
    }
    for path in clean {
      for threads in [2, 3, 5] { #expect(expectSameAsOnePass([path], threads: threads) == 1, "\(path)") }
    }
  }

  @Test("a clean table is read in parts, also after another file, and equals one pass")
  func cleanTableUsesParts() throws {
    let directory = try ScratchDirectory()
    let first = try directory.write("first.csv", longTable(regions: 2))
    let big = try directory.write("big.csv", longTable(regions: 40).replacingOccurrences(of: "R", with: "S"))
    #expect(expectSameAsOnePass([big], threads: 4) == 1)
    #expect(expectSameAsOnePass([first, big], threads: 3) == 2)
  }

  // 合计 rows in every part: the total row is noticed once (one per region and file), as in one pass.
  @Test("a total row met in every part is noticed once, as in one pass")
  func totalRowInParts() throws {
    let directory = try ScratchDirectory()
    var table = longTable(regions: 3)
    for index in 0..<24 {
      let month = "\(2023 + index / 12)年\(index % 12 + 1)月"
      table += "合计,税收收入,\(month),\(Double(600 + 3 * index)),万元\n"
    }
    let path = try directory.write("total.csv", table)
    #expect(expectSameAsOnePass([path], threads: 3) == 1)
    let (result, _) = read([path], threads: 3)
    let notices = try result.get().summary.noticeLines.filter { $0.contains("total row") }
    #expect(notices.count == 1)
  }

  @Test("progress from parts read on several threads comes one call at a time and ends at the file size")
  func progressFromParts() throws {
    let directory = try ScratchDirectory()
    let text = longTable(regions: 40)
    let path = try directory.write("progress.csv", text)
    var options = IngestOptions()
    options.threads = 3
    options.minimumPartBytes = 1
    var ingestor = Ingestor(options: options)
    // Called under the relay's lock, never concurrently: a plain array is safe here (the thread
    // sanitizer run of `scripts/sanitize` checks it).
    var reports: [(done: Int, total: Int)] = []
    ingestor.progress = { done, total in reports.append((done, total)) }
    try ingestor.read(path: path)
    #expect(ingestor.session.filesReadInParts == 1)
    let size = text.utf8.count
    #expect(reports.count > 1)
    #expect(reports.allSatisfy { $0.total == size })
    #expect(zip(reports, reports.dropFirst()).allSatisfy { $0.done <= $1.done })
    #expect(reports.last?.done == size)
  }

  @Test("thousands of series (the matrix copied on several threads) give the panel of one thread")
  func manySeries() throws {
    // 1,100 regions × 2 indicators: 2,200 columns, above the 1,024 per thread from which the final
    // matrix is copied in shares.
    let directory = try ScratchDirectory()
    let path = try directory.write("many.csv", longTable(regions: 1100))
    for threads in [2, 3] { #expect(expectSameAsOnePass([path], threads: threads) == 1) }
  }

  @Test("a table grouped by month, every series in every part and months in no order, equals one pass")
  func seriesInEveryPart() throws {
    // Sorting the rows by month (then region) puts each series' months into every part, so joining the
    // parts merges the cells of every series; reversing the years makes later parts widen the months.
    let table = longTable(regions: 30)
    let lines = table.split(separator: "\n").map(String.init)
    func month(_ line: String) -> String { line.split(separator: ",")[2].description }
    let byMonth = lines.dropFirst().sorted { (month($0), $0) > (month($1), $1) }
    let directory = try ScratchDirectory()
    let path = try directory.write("by-month.csv", ([lines[0]] + byMonth).joined(separator: "\n") + "\n")
    for threads in [2, 3, 5] { #expect(expectSameAsOnePass([path], threads: threads) == 1) }
  }

  @Test("a cell stored in two parts is a duplicate of the first, as in one pass")
  func duplicateAcrossParts() throws {
    let directory = try ScratchDirectory()
    // Line 2 is R1 税收收入 2023年1月; the repeat at the end lies in the last part.
    let path = try directory.write(
      "duplicate.csv", longTable(regions: 10, extraRows: ["R1,税收收入,2023年1月,5.5,万元"]))
    #expect(expectSameAsOnePass([path], threads: 2) == 0)
    let result = try ingest(path)
    #expect(
      result.summary.rejectLines == [
        "\(path):482:4: duplicate of \(path):2:4 (same region, indicator, period and kind)"
      ])
  }

  @Test("a cell of the second file stored in the first file is a duplicate, as in one pass")
  func duplicateOfEarlierFile() throws {
    let directory = try ScratchDirectory()
    let first = try directory.write("first.csv", "地区,指标,时间,数值,单位\nR9,税收收入,2024年12月,1,万元\n")
    let big = try directory.write("big.csv", longTable(regions: 10))
    #expect(expectSameAsOnePass([first, big], threads: 2) == 0)
  }

  @Test("a unit met first in a later part is converted into the unit met first in the file")
  func unitsDifferAcrossParts() throws {
    let directory = try ScratchDirectory()
    // R1..R3 report 税收收入 in 万元, R4..R6 in 亿元: the second part (rows after the 50 read to find the
    // header, split in the middle) starts within R4 or R5 and meets 亿元 first.
    let text = longTable(regions: 6).components(separatedBy: "\n").map { line in
      ["R4,税收收入", "R5,税收收入", "R6,税收收入"].contains { line.hasPrefix($0) }
        ? line.replacingOccurrences(of: "万元", with: "亿元") : line
    }.joined(separator: "\n")
    let path = try directory.write("units.csv", text)
    #expect(expectSameAsOnePass([path], threads: 2) == 0)
    let result = try ingest(path)
    // 600.0 亿元 (R6, 2023-01: 6·100 + 0) is 6,000,000 万元.
    #expect(result.panel.value(key("R6", "税收收入", .monthly), month(2023, 1)) == 6_000_000)
  }

  @Test("months spanning more than the limit across parts are refused as in one pass")
  func spanAcrossParts() throws {
    let directory = try ScratchDirectory()
    let path = try directory.write("span.csv", longTable(regions: 6, extraRows: ["R9,税收收入,2030年1月,1,万元"]))
    var options = IngestOptions()
    options.maximumSpanMonths = 36
    #expect(expectSameAsOnePass([path], threads: 2, options: options) == 0)
    #expect(try ingest(path, options: options).summary.rejects.count == 1)
  }

  @Test("a part boundary inside a quoted field is detected and the file read in one pass")
  func boundaryInsideQuotes() throws {
    let directory = try ScratchDirectory()
    // A region name with 20,000 line breaks (20 kB, against 4 kB of rows on each side of it after the
    // 50 lines read to find the header) puts the middle of the rest inside its quotes.
    let region = "\"R\(String(repeating: "\n", count: 20_000))X\""
    let after = longTable(regions: 2).replacingOccurrences(of: "R", with: "T").components(separatedBy: "\n")
    let text = longTable(regions: 3, extraRows: ["\(region),税收收入,2023年1月,1,万元"] + after.dropFirst())
    let path = try directory.write("quoted.csv", text)
    #expect(expectSameAsOnePass([path], threads: 2) == 0)
    // Without the quoted row the same rows are read in parts.
    let plain = try directory.write("plain.csv", longTable(regions: 3, extraRows: Array(after.dropFirst())))
    #expect(expectSameAsOnePass([plain], threads: 2) == 1)
  }

  @Test("a carriage return standing alone sends the file to one pass")
  func loneCarriageReturn() throws {
    let directory = try ScratchDirectory()
    let path = try directory.write("cr.csv", longTable(regions: 4).replacingOccurrences(of: "\n", with: "\r"))
    #expect(expectSameAsOnePass([path], threads: 2) == 0)
    let crlf = try directory.write(
      "crlf.csv", longTable(regions: 4).replacingOccurrences(of: "\n", with: "\r\n"))
    #expect(expectSameAsOnePass([crlf], threads: 2) == 1)
  }

  @Test("a CSV error in a later part is the error of one pass")
  func errorInLaterPart() throws {
    let directory = try ScratchDirectory()
    let path = try directory.write(
      "error.csv", longTable(regions: 6, extraRows: ["R9,\"税收收入,2024年1月,1,万元"]))
    expectSameAsOnePass([path], threads: 2)
    #expect(ingestError(path)?.description.contains(":290:") == true)
  }

  @Test("line breaks are counted as the scanner counts them, on random text")
  func lineBreakCount() {
    var generator = SplitMix64(seed: 7)
    let alphabet: [UInt8] = Array("ab,\"\r\n".utf8)
    // Long runs of line feeds fill every byte lane past 255 between two sums of the lanes.
    let feeds = [UInt8](repeating: UInt8(ascii: "\n"), count: 10_000)
    feeds.withUnsafeBufferPointer { #expect(LineBreaks.count(in: $0, range: 3..<10_000) == 9_997) }
    let crlf = [UInt8](Array(String(repeating: "\r\n", count: 5_000).utf8))
    crlf.withUnsafeBufferPointer { #expect(LineBreaks.count(in: $0, range: 0..<10_000) == 5_000) }
    for _ in 0..<2_000 {
      let length = Int(generator.next() % 300)
      let bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
      let lower = length == 0 ? 0 : Int(generator.next() % UInt64(length))
      bytes.withUnsafeBufferPointer { buffer in
        let counted = LineBreaks.count(in: buffer, range: lower..<length)
        let slice = Array(bytes[lower..<length])
        let lines = slice.filter { $0 == UInt8(ascii: "\n") }.count
        let lone = (lower..<length).contains { index in
          bytes[index] == UInt8(ascii: "\r")
            && (index + 1 == length || bytes[index + 1] != UInt8(ascii: "\n"))
        }
        #expect(counted == (lone ? nil : lines), "\(slice)")
      }
    }
  }
}
