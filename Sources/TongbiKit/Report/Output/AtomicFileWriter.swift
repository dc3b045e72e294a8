import Foundation

/// Writes a file atomically: the bytes go to a temporary file in the same directory, which is then
/// renamed over the target. A failure at any step removes the temporary file and leaves the target
/// as it was (absent, or its old content): never a partial file. A device or pipe (`/dev/null`) is
/// written in place, as renaming onto it would replace it.
public struct AtomicFileWriter: Sendable {
  /// Writes `data` to a new file at the path (the temporary file); a test can make it fail.
  public var writeTemporary: @Sendable (Data, String) throws -> Void
  /// Renames the first path to the second, replacing it; a test can make it fail.
  public var rename: @Sendable (String, String) throws -> Void

  /// The writer using the file system.
  public init() {
    writeTemporary = { data, path in
      guard FileManager.default.createFile(atPath: path, contents: data) else {
        throw CocoaError(.fileWriteUnknown)
      }
    }
    rename = { from, to in
      guard Foundation.rename(from, to) == 0 else {
        throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
      }
    }
  }

  /// Writes `text` as UTF-8 to `path`.
  public func write(_ text: String, to path: String) throws(ReportError) {
    if OutputDestination.isSpecialFile(path) {
      try writeInPlace(text, to: path)
      return
    }
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
    do {
      try writeTemporary(Data(text.utf8), temporary)
      try rename(temporary, path)
    } catch {
      try? FileManager.default.removeItem(atPath: temporary)
      throw .write(path: path, reason: "\(error)")
    }
  }

  /// Writes `text` to the device or pipe at `path` through `OutputDestination`.
  private func writeInPlace(_ text: String, to path: String) throws(ReportError) {
    do throws(OutputDestinationError) {
      let destination = try OutputDestination(inPlace: path)
      try destination.writeAll(Array(text.utf8))
      try destination.commit()
    } catch {
      throw .write(path: path, reason: error.reason)
    }
  }
}
