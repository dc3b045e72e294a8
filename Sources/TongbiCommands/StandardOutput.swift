import Foundation

/// Writes command output to standard output.
enum StandardOutput {
  /// Writes `text` as UTF-8; a closed pipe ends quietly.
  static func write(_ text: String) throws {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  /// Writes `bytes` as they are; a closed pipe ends quietly.
  static func write(_ bytes: [UInt8]) throws {
    FileHandle.standardOutput.write(Data(bytes))
  }
}
