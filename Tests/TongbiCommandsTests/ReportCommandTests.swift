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

  // The whole seed-style paragraph of 清溪镇 1-6月 2024 (numbers by hand in ReportGoldenTests).
  @Test("the built binary, `tongbi report` with no arguments: title and seed-style paragraph on stdout")
  func builtBinaryDefaults() throws {
    let run = try BuiltTongbi.run(["report"])
    #expect(run.status == 0)
    #expect(run.errorText.isEmpty)
    let lines = run.outputText.components(separatedBy: "\n")
    #expect(lines[0] == "清溪镇2024年1-6月主要经济指标运行情况")
    #expect(
      lines[2]
        == "1-6月份完成税收收入18927.2万元，同比增长8.7%，增速比1-5月回落0.9个百分点，完成全年目标任务的51.4%（力争目标的50.5%），超序时进度1.4个百分点；"
        + "完成固定资产投资10.49亿元，同比增长8.3%，增速比1-5月提高4.0个百分点，完成全年目标任务的38.1%（力争目标的36.8%），低于序时进度11.9个百分点；"
        + "完成规上工业总产值390687.1万元，同比增长6.9%，增速比1-5月提高0.3个百分点，完成全年目标任务的49.5%（力争目标的48.6%），低于序时进度0.5个百分点；"
        + "完成工业技改投资1.34亿元，同比增长4.7%，增速由负转正，完成全年目标任务的35.3%（力争目标的32.7%），低于序时进度14.7个百分点。")
  }

  // 390687.1 万元 = 39.06871 亿元, shown 39.07 (亿元's two decimals); the growth table follows the unit.
  @Test("--unit 亿元 shows amounts in 亿元 in the paragraph and the tables; a unit nothing converts into fails")
  func unit() throws {
    let text = try output(["--unit", "亿元"], name: "u.txt")
    #expect(text.contains("完成规上工业总产值39.07亿元，同比增长6.9%"))
    #expect(text.contains("规上工业总产值  亿元"))
    #expect(text.contains("39.07"))
    #expect(
      try output(["--unit", "亿元", "--format", "csv"], name: "u.csv").contains("规上工业总产值,亿元,39.07,6.9"))
    do {
      _ = try output(["--unit", "亿"], name: "x.txt")
      Issue.record("--unit 亿 was accepted")
    } catch {
      #expect("\(error)".contains("--unit '亿': no indicator is measured in a unit that converts into it"))
    }
  }

  // 清溪镇 has 力争 tiers (税收收入 51.4 and 50.5, see ReportGoldenTests); 东岭村 has none.
  @Test("growth tables have a 完成力争目标 column only when some indicator has a 力争 tier")
  func stretchColumn() throws {
    let csv = try output(["--format", "csv"], name: "s.csv").components(separatedBy: "\r\n")
    #expect(csv[0] == "指标,计量单位,本期累计,增速(%),说明,完成全年目标(%),完成力争目标(%),序时进度(%),排名")
    #expect(csv[1] == "税收收入,万元,18927.2,8.7,,51.4,50.5,50.0,")
    let html = try output(["--format", "html"], name: "s.html")
    #expect(html.contains("<th>完成力争目标(%)</th>") && html.contains("<td class=\"num\">50.5</td>"))
    let village = try output(["--format", "csv", "--region", "东岭村"], name: "v.csv")
    #expect(village.hasPrefix("指标,计量单位,本期累计,增速(%),说明,完成全年目标(%),序时进度(%),排名\r\n"))
    #expect(!(try output(["--region", "东岭村"], name: "v.txt")).contains("力争"))
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
