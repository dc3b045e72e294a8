@_spi(ByteLevel) import ByteLevel
import Foundation
import TongbiKit

/// A workbook or document made by a writer that needs a path (libxlsxwriter, ZIPFoundation) put where
/// a command's output goes:
/// written beside `--output` and renamed over it (so a failed or interrupted write leaves no half file),
/// or written to a temporary file and copied to standard output.
enum WorkbookFile {
  /// Runs `write` with a path to write the workbook at, then moves it to `output` or copies it to
  /// standard output when `output` is `nil`.
  static func write(
    to output: String?, extension: String = "xlsx", _ write: (String) throws(ReportError) -> Void
  ) throws {
    let name = "tongbi-\(UUID().uuidString).\(`extension`)"
    let temporary =
      output.map { URL(fileURLWithPath: $0).deletingLastPathComponent().appendingPathComponent("." + name) }
      ?? FileManager.default.temporaryDirectory.appendingPathComponent(name)
    defer { try? FileManager.default.removeItem(at: temporary) }
    try CommandFailure.wrapReport { () throws(ReportError) in try write(temporary.path) }
    if let output {
      guard rename(temporary.path, output) == 0 else {
        throw CommandFailure.message("\(output): cannot write: \(String(cString: strerror(errno)))")
      }
      return
    }
    try CommandFailure.wrapOutput { () throws(SystemCallError) in
      let source = try FileDescriptor.open(temporary.path, O_RDONLY)
      defer { try? source.close() }
      let sink = ByteOutput()
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
}
