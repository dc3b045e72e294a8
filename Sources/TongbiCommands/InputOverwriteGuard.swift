@_spi(ByteLevel) import ByteLevel
import Foundation

/// Refuses an `--output` that names one of the command's own inputs: the atomic rename would replace
/// the data file (or the targets or indicator file) with the command's output.
enum InputOverwriteGuard {
  /// Throws a message naming both paths when `output` is the same file as one of `inputs` (standard
  /// input `-` and absent inputs are skipped): the same device and inode when both exist, or the same
  /// path once `.`, `..` and symbolic links are resolved.
  static func check(output: String?, inputs: [String?]) throws {
    guard let output else { return }
    for case let input? in inputs where input != "-" && isSameFile(output, input) {
      throw CommandFailure.message(
        "--output '\(output)' is the input file '\(input)'; refusing to overwrite an input, "
          + "write the output to another file")
    }
  }

  /// Whether the two paths name one file.
  static func isSameFile(_ first: String, _ second: String) -> Bool {
    FileSystem.isSameFile(first, second) || resolved(first) == resolved(second)
  }

  private static func resolved(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }
}
