import Foundation
import TestSupport
import Testing

@testable import TongbiKit

@Suite("Growth: targets and 序时进度")
struct TargetTests {
  /// Target 200, 1-6月 C = 110: completion 110 / 200 = 55%; 序时进度 6/12 = 50%; ahead 5 points;
  /// 时间过半任务过半 holds. Last year A = 180, C(y−1,6) = 90: the remaining months need
  /// (200 − 110) / (180 − 90) − 1 = 0%.
  @Test("completion, time progress, ahead of schedule, growth needed")
  func progress() throws {
    let progress = TargetProgress(
      target: .value(200), cumulative: 110, lastYearTotal: 180, lastYearCumulative: 90, month: 6)
    #expect(progress.completion == .value(55))
    #expect(progress.timeProgress == 50)
    #expect(progress.aheadOfSchedule == .value(5))
    #expect(progress.halfDoneAtHalfTime(month: 6) == true)
    #expect(abs(try #require(progress.neededGrowth.number)) < 1e-12)
    #expect(progress.halfDoneAtHalfTime(month: 5) == nil)
  }

  @Test("a met target needs no growth: already met, not a negative rate")
  func alreadyMet() {
    let progress = TargetProgress(
      target: .value(100), cumulative: 120, lastYearTotal: 180, lastYearCumulative: 90, month: 9)
    #expect(progress.neededGrowth == .undefined(.alreadyMet))
  }

  @Test("no remaining months at 1-12月")
  func december() {
    let progress = TargetProgress(
      target: .value(200), cumulative: 150, lastYearTotal: 180, lastYearCumulative: 180, month: 12)
    #expect(progress.neededGrowth == .undefined(.noRemainingMonths))
  }

  /// A growth target of 8% over A(y−1) = 150: T = 150 × 1.08 = 162.
  @Test("a growth target means T = A(y−1) × (1 + g)")
  func growthTarget() throws {
    #expect(abs(try #require(TargetTier.growth(8).level(lastYearTotal: 150).number) - 162) < 1e-12)
    #expect(TargetTier.growth(8).level(lastYearTotal: .nan) == .undefined(.noTarget))
  }

  @Test("the township targets file reads in two tiers")
  func readTownship() throws {
    let targets = try TargetsReader.read(path: datasetPath("township/targets.csv"))
    #expect(targets.count == 56)
    let first = try #require(targets.first)
    #expect(first.region == "清溪镇" && first.indicator == "税收收入" && first.year == 2023)
    #expect(first.base == .growth(8) && first.stretch == .growth(10))
    #expect(targets[1].base == .level(25) && targets[1].stretch == .level(26))
  }

  @Test("English headers; a row with both a level and a growth for one tier names its line and column")
  func englishHeadersAndErrors() throws {
    let scratch = try ScratchDirectory()
    let good = try scratch.write("t.csv", "region,indicator,year,target,target_growth_pct\nA,tax,2024,100,\n")
    #expect(try TargetsReader.read(path: good).first?.base == .level(100))
    let bad = try scratch.write("b.csv", "region,indicator,year,target,target_growth_pct\nA,tax,2024,100,5\n")
    #expect(throws: IngestError.self) { try TargetsReader.read(path: bad) }
    do {
      _ = try TargetsReader.read(path: bad)
    } catch {
      #expect(error.description.contains("b.csv:2:5"))
    }
  }

  @Test("a targets file in memory reads as the file would, GB18030 included, positions under its name")
  func readBytes() throws {
    let text = "地区,指标,年度,目标值,目标增速(%)\n甲,税收收入,2024,,6.5\n乙,税收收入,2024,120,\n"
    let targets = try Array(text.utf8).withUnsafeBytes { try TargetsReader.read(bytes: $0, name: "t.csv") }
    #expect(targets.map(\.region) == ["甲", "乙"])
    #expect(targets.map(\.base) == [.growth(6.5), .level(120)])
    // "甲,税收收入,2024,,6.5" in GB18030: 甲 = BC D7, 税 = CB B0, 收 = CA D5, 入 = C8 EB.
    let gb: [UInt8] =
      Array("region,indicator,year,target\n".utf8) + [
        0xBC, 0xD7, 0x2C, 0xCB, 0xB0, 0xCA, 0xD5, 0xCA, 0xD5, 0xC8, 0xEB,
      ]
      + Array(",2024,7\n".utf8)
    let fromGB = try gb.withUnsafeBytes { try TargetsReader.read(bytes: $0, name: "gb.csv") }
    #expect(
      fromGB == [AnnualTarget(region: "甲", indicator: "税收收入", year: 2024, base: .level(7), stretch: nil)])
    let bad = "region,indicator,year,target\nA,tax,20x4,1\n"
    #expect(
      throws: IngestError.malformed(
        SourcePosition(file: "b.csv", line: 2, column: 3), reason: "year '20x4' is not a year such as 2024")
    ) {
      try Array(bad.utf8).withUnsafeBytes { try TargetsReader.read(bytes: $0, name: "b.csv") }
    }
  }

  @Test("a repeated targets row, and for a panel a row naming an unknown region or indicator, are errors")
  func unknownAndRepeated() throws {
    let scratch = try ScratchDirectory()
    let panel = try ingest(datasetPath("township/township-monthly.csv")).panel
    let check = { (name: String, text: String) throws -> String in
      let path = try scratch.write(name, text)
      do throws(IngestError) {
        _ = try TargetsReader.read(path: path, for: panel)
      } catch {
        return error.description
      }
      return "no error"
    }
    let header = "地区,指标,年度,目标值\n"
    #expect(
      try check("repeat.csv", header + "清溪镇,税收收入,2024,100\n清溪镇,税收收入,2023,90\n清溪镇,税收收入,2024,110\n")
        .hasPrefix(
          "\(scratch.missing(""))/repeat.csv:4:2: repeats the target of 清溪镇, 税收收入, 2024 given on line 2"))
    #expect(
      try check("region.csv", header + "清溪县,税收收入,2024,100\n")
        .hasPrefix("\(scratch.missing(""))/region.csv:2:1: region '清溪县' is not in the data; it has: 清溪镇"))
    #expect(
      try check("indicator.csv", header + "清溪镇,税收总收入,2024,100\n")
        .hasPrefix("\(scratch.missing(""))/indicator.csv:2:2: indicator '税收总收入' is not in the data"))
    #expect(try check("fine.csv", header + "清溪镇,税收收入,2024,100\n清溪镇,税收收入,2023,90\n") == "no error")
  }

  /// 清溪镇 税收收入 2023 target +8% over 2022's 31751.2 = 34291.296; 1-6月 2023 C = 17404.4:
  /// completion 17404.4 / 34291.296 = 50.75…%, ahead of 50% by 0.75… points.
  @Test("target columns on the township panel")
  func township() throws {
    var options = IngestOptions()
    options.catalog = IndicatorCatalog(
      declared: try IndicatorFileReader.read(path: datasetPath("township/indicators.csv")))
    let result = try ingest(datasetPath("township/township-monthly.csv"), options: options)
    var table = try GrowthTable(panel: result.panel)
    table.addTargetColumns(try TargetsReader.read(path: datasetPath("township/targets.csv")))
    let completion = try #require(table.extraColumns.first { $0.name == "target_completion_pct" })
    let row = try #require(result.panel.row(of: month(2023, 6)))
    let value = try #require(completion.value(series: 0, row: row).number)
    #expect(abs(value - 17404.4 / (31751.2 * 1.08) * 100) < 1e-9)
  }
}
