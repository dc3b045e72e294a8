import Foundation
import TongbiKit

/// A workbook made by a writer that needs a path (libxlsxwriter): written to a temporary file, read
/// back as bytes for `--output` (atomic) or standard output, and the file removed.
enum WorkbookFile {
  /// The bytes of the workbook `write` writes at the path it is given.
  static func bytes(_ write: (String) throws(ReportError) -> Void) throws -> [UInt8] {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "tongbi-\(UUID().uuidString).xlsx")
    defer { try? FileManager.default.removeItem(at: file) }
    try CommandFailure.wrapReport { () throws(ReportError) in try write(file.path) }
    do {
      return Array(try Data(contentsOf: file))
    } catch {
      throw CommandFailure.message("\(file.path): cannot read the workbook just written: \(error)")
    }
  }
}
