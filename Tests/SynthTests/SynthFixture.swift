import Foundation

@testable import Synth
@testable import TongbiKit

/// Writes synthetic panels into a temporary directory for tests.
struct SynthFixture {
  /// Directory of this fixture's files.
  let directory: URL

  /// Creates an empty temporary directory.
  init() throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "tongbi-synth-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  /// Generates `options` into the file `name` and returns its path.
  func write(_ options: SynthOptions, name: String) throws -> String {
    let path = directory.appendingPathComponent(name).path
    try PanelSynthesizer(options: options).write(toPath: path)
    return path
  }

  /// The bytes of the file at `path`.
  func bytes(_ path: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: path))
  }

  /// The lines of the file at `path` (without the final empty one).
  func lines(_ path: String) throws -> [Substring] {
    String(decoding: try bytes(path), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
      .dropLast()
  }

  /// Removes the directory.
  func remove() {
    try? FileManager.default.removeItem(at: directory)
  }
}

extension SynthOptions {
  /// Small options for tests.
  static func small(
    seed: UInt64 = 7, layout: SynthLayout = .long, cumulative: Bool = false, missing: Double = 0
  )
    -> SynthOptions
  {
    var options = SynthOptions(regions: 23, indicators: 6, months: 27, seed: seed)
    options.layout = layout
    options.cumulative = cumulative
    options.missingRate = missing
    return options
  }
}
