@_spi(ByteLevel) import ByteLevel
import Foundation
import TongbiKit

/// A workbook or document made by a writer that needs a path (libxlsxwriter, ZIPFoundation) put where a
/// command's output goes, as durably as the CSV outputs (`ByteOutput`): written beside `--output`
/// (readable by its owner only until done), synced, renamed over it and the directory synced, so that a
/// failed or interrupted write leaves the old file; or, for standard output and for a device or pipe
/// given as `--output` (which a rename would replace), written to a temporary file and copied there.
/// The file put in place has the permissions every output file gets (`0o644` under the umask).
enum WorkbookFile {
  /// Runs `write` with a path to write the file at, then puts it at `output` (standard output when
  /// `nil`). Errors name `output`.
  static func write(
    to output: String?, extension: String = "xlsx", _ write: (String) throws(ReportError) -> Void
  ) throws {
    let name = "tongbi-\(UUID().uuidString).\(`extension`)"
    let inPlace = output.map { !FileSystem.isSpecialFile($0) } ?? false
    let temporary =
      inPlace
      ? URL(fileURLWithPath: output ?? "").deletingLastPathComponent().appendingPathComponent("." + name).path
      : FileManager.default.temporaryDirectory.appendingPathComponent(name).path
    let shown = output ?? "standard output"
    // Made now, owner-only and new: an output directory that cannot be written fails before the work.
    try CommandFailure.wrapOutput { () throws(SystemCallError) in
      do throws(SystemCallError) {
        try FileDescriptor.open(temporary, O_WRONLY | O_CREAT | O_EXCL, mode: 0o600).close()
      } catch {
        throw SystemCallError(error.call, path: shown, code: error.code)
      }
    }
    defer { FileSystem.removeIfPresent(temporary) }
    do throws(ReportError) {
      try write(temporary)
    } catch {
      throw CommandFailure.message(error.description.replacingOccurrences(of: temporary, with: shown))
    }
    try CommandFailure.wrapOutput { () throws(SystemCallError) in
      if inPlace, let output {
        let file = try FileDescriptor.open(temporary, O_RDONLY)
        defer { try? file.close() }
        try file.setCreationMode()
        try file.sync()
        try FileSystem.rename(temporary, onto: output)
        try FileSystem.syncDirectory(containing: output)
        return
      }
      try copy(temporary, to: output)
    }
  }

  /// Copies the file at `path` to `output` (a device or pipe) or standard output, through `ByteOutput`.
  private static func copy(_ path: String, to output: String?) throws(SystemCallError) {
    let source = try FileDescriptor.open(path, O_RDONLY)
    defer { try? source.close() }
    let sink = try output.map { path throws(SystemCallError) in try ByteOutput(path: path) } ?? ByteOutput()
    let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1 << 20)
    defer { buffer.deallocate() }
    guard let base = buffer.baseAddress else { return }
    while true {
      let count = try source.read(into: UnsafeMutableRawPointer(base), count: buffer.count)
      if count == 0 { break }
      try sink.append(UnsafeBufferPointer(rebasing: buffer[..<count]))
    }
    try sink.commit()
  }
}
