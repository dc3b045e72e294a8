import Foundation
import Synth

/// A synthetic long CSV written once, into this process's temporary directory, for a benchmark's
/// iterations.
public struct SampleFile: Sendable {
  /// Path of the CSV file.
  public let path: String
  /// Its size in bytes.
  public let byteCount: Int

  /// Directory of this process's sample files.
  static var directory: String {
    NSTemporaryDirectory() + "tongbi-benchmark-\(ProcessInfo.processInfo.processIdentifier)"
  }

  /// Writes `tongbi synth` output for `options` into `name` under this process's directory.
  public init(_ options: SynthOptions, name: String) throws {
    try FileManager.default.createDirectory(atPath: Self.directory, withIntermediateDirectories: true)
    path = Self.directory + "/" + name
    try PanelSynthesizer(options: options).write(toPath: path)
    byteCount = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
  }

  /// Removes every sample file of this process.
  public static func removeAll() {
    try? FileManager.default.removeItem(atPath: directory)
  }
}
