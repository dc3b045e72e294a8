import Foundation

/// Writes command output to standard output.
enum StandardOutput {
  /// Writes `text` as UTF-8; a closed pipe ends quietly.
  static func write(_ text: String) throws {
    FileHandle.standardOutput.write(Data(text.utf8))
  }
}
