import Foundation
import Testing

@testable import TongbiCommands

@Suite("tongbi report, run in process on the bundled dataset")
struct ReportCommandTests {
  private func output(_ arguments: [String], name: String) throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "tongbi-report-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let path = directory.appendingPathComponent(name).path
    var command = try TongbiCommand.parseAsRoot(["report", "--output", path] + arguments)
    try command.run()
    // Decoded by hand: String(contentsOfFile:) would drop a byte order mark.
    return String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
  }

  @Test("no arguments: the bundled town's latest half-year, seed-style paragraph")
  func defaults() throws {
    let text = try output([], name: "report.txt")
    let lines = text.components(separatedBy: "\n")
    #expect(lines[0] == "清溪镇2024年1-6月主要经济指标运行情况")
    #expect(lines[2].hasPrefix("1-6月份完成税收收入18927.2万元，同比增长8.7%，增速比1-5月回落0.9个百分点"))
    #expect(lines[2].hasSuffix("完成工业技改投资1.34亿元，同比增长4.7%，增速由负转正，完成全年目标任务的35.3%（力争目标的32.7%），低于序时进度14.7个百分点。"))
  }

  @Test("--format csv --excel starts with a BOM; --format md and html; --lang en")
  func formats() throws {
    #expect(try output(["--format", "csv", "--excel"], name: "t.csv").hasPrefix("\u{FEFF}指标,计量单位"))
    #expect(try output(["--format", "md", "--half-year"], name: "t.md").contains("\n上半年完成税收收入"))
    #expect(try output(["--format", "html", "--lang", "en"], name: "t.html").hasPrefix("<!DOCTYPE html>"))
    #expect(
      try output(["--period", "2024年1-3月", "--region", "东岭村"], name: "r.txt").hasPrefix("东岭村2024年1-3月"))
  }

  @Test("an unknown region or period fails with a clear message")
  func failures() throws {
    #expect(throws: CommandFailure.self) { try output(["--region", "无此地"], name: "x.txt") }
    #expect(throws: CommandFailure.self) { try output(["--period", "2030-06"], name: "x.txt") }
  }

  @Test("Datasets/ is found from the current directory or above the executable, else not at all")
  func locate() {
    #expect(BundledDatasets.locate(currentDirectory: "/nonexistent", executable: "/usr/bin/true") == nil)
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    #expect(BundledDatasets.locate(currentDirectory: root.path, executable: nil) != nil)
    let executable = root.appendingPathComponent(".build/debug/tongbi").path
    #expect(BundledDatasets.locate(currentDirectory: "/nonexistent", executable: executable) != nil)
  }
}
