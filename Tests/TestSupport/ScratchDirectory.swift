import Foundation

/// A fresh directory under the system's temporary directory, for the small input files of one test.
public struct ScratchDirectory: Sendable {
  /// The directory's URL.
  public let url: URL

  /// Creates `<tmp>/tongbi-test-<UUID>`.
  public init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("tongbi-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  /// Writes `text` as UTF-8 (no BOM) to `name` and returns the path.
  public func write(_ name: String, _ text: String) throws -> String {
    try write(name, bytes: Array(text.utf8))
  }

  /// Writes `bytes` to `name` and returns the path.
  public func write(_ name: String, bytes: [UInt8]) throws -> String {
    let path = url.appendingPathComponent(name).path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  /// A path in the directory that does not exist.
  public func missing(_ name: String) -> String { url.appendingPathComponent(name).path }
}
