import Foundation
import Testing

/// Copies of the township data, targets and indicator files in a fresh temporary directory.
private struct TownshipCopy {
  let directory: URL
  let data: String
  let targets: String
  let indicators: String

  init() throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "tongbi-overwrite-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let source = URL(fileURLWithPath: BuiltTongbi.packageRoot).appendingPathComponent("Datasets/township")
    var copies: [String] = []
    for name in ["township-monthly.csv", "targets.csv", "indicators.csv"] {
      let copy = directory.appendingPathComponent(name)
      try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: copy)
      copies.append(copy.path)
    }
    (data, targets, indicators) = (copies[0], copies[1], copies[2])
  }

  /// A path in the directory.
  func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

  /// The bytes of every file in the directory (not its subdirectories), by name.
  func snapshot() throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
      var isDirectory: ObjCBool = false
      let url = directory.appendingPathComponent(name)
      if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
        files[name] = try Data(contentsOf: url)
      }
    }
    return files
  }
}

@Suite("Output: --output never replaces an input file")
struct OutputOverwriteTests {
  /// Runs `arguments` whose `--output` names `input` (spelled `output`), and expects exit status 1, a
  /// message naming both, and every file of the directory unchanged (no temporary file left either).
  private func expectRefused(_ arguments: [String], output: String, input: String, in copy: TownshipCopy)
    throws
  {
    let before = try copy.snapshot()
    let run = try BuiltTongbi.run(arguments + ["--output", output])
    #expect(run.status == 1)
    #expect(run.errorText.contains("--output '\(output)' is the input file '\(input)'"), "\(run.errorText)")
    #expect(run.standardOutput.isEmpty)
    #expect(try copy.snapshot() == before)
  }

  @Test(
    "growth and report: the data file, the targets file and the indicator file are refused as --output",
    arguments: [["growth", "--format", "csv"], ["report", "--format", "md"]])
  func inputsRefused(command: [String]) throws {
    let copy = try TownshipCopy()
    let arguments = command + [copy.data, "--targets", copy.targets, "--indicators", copy.indicators]
    for input in [copy.data, copy.targets, copy.indicators] {
      try expectRefused(arguments, output: input, input: input, in: copy)
    }
  }

  @Test("growth: the input is recognised through '..', a symbolic link and a hard link")
  func growthOtherSpellings() throws {
    let copy = try TownshipCopy()
    try FileManager.default.createDirectory(atPath: copy.path("sub"), withIntermediateDirectories: false)
    try FileManager.default.createSymbolicLink(
      atPath: copy.path("symbolic.csv"), withDestinationPath: copy.data)
    try FileManager.default.linkItem(atPath: copy.data, toPath: copy.path("hard.csv"))
    let growth = ["growth", copy.data, "--format", "csv"]
    for output in [
      copy.path("sub/../township-monthly.csv"), copy.path("symbolic.csv"), copy.path("hard.csv"),
    ] {
      try expectRefused(growth, output: output, input: copy.data, in: copy)
    }
  }

  @Test("growth and report write a new file beside the inputs, which stay as they were")
  func otherFileIsWritten() throws {
    let copy = try TownshipCopy()
    let before = try copy.snapshot()
    let growth = try BuiltTongbi.run([
      "growth", copy.data, "--format", "csv", "--output", copy.path("growth.csv"),
    ])
    let report = try BuiltTongbi.run([
      "report", copy.data, "--format", "md", "--output", copy.path("report.md"),
    ])
    #expect(growth.status == 0, "\(growth.errorText)")
    #expect(report.status == 0, "\(report.errorText)")
    let after = try copy.snapshot()
    #expect(Set(after.keys) == Set(before.keys).union(["growth.csv", "report.md"]))
    #expect(after.filter { before[$0.key] != nil } == before)
    let growthText = String(decoding: after["growth.csv"] ?? Data(), as: UTF8.self)
    #expect(growthText.hasPrefix("region,indicator,period,"))
  }
}
