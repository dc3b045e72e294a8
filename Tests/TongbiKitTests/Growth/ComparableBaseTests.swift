import Foundation
import TestSupport
import Testing

@testable import TongbiKit

/// A comparable base supplied by the data (上年同期可比数, 上年同期) is the growth's base: paired by name
/// or by the indicator file's `base_of`, its growth X / B − 1 is the growth everywhere, the base is no
/// clause of its own, and the report's table says the growth is on the comparable basis.
@Suite("Growth: comparable bases supplied by the data")
struct ComparableBaseTests {
  // 全市 1-6月 (亿元): 营业收入 2023 980.0, 2024 1050.0, 上年同期可比数 1000.0: growth 1050 / 1000 − 1 = 5.0%
  // (the levels alone give 1050 / 980 − 1 = 7.142857…%), 口径差 B̂ − X(y−1) = 1000 − 980 = 20;
  // 利润总额 2024 60.5 against 利润总额_上年同期 55.0 (no 2023 row, a one-period form): 60.5 / 55 − 1 = 10.0%.
  static let table = """
    地区,指标,计量单位,期别,本月止累计
    全市,营业收入,亿元,2023年1-6月,980.0
    全市,营业收入,亿元,2024年1-6月,1050.0
    全市,营业收入上年同期可比数,亿元,2024年1-6月,1000.0
    全市,利润总额,亿元,2024年1-6月,60.5
    全市,利润总额_上年同期,万元,2024年1-6月,550000

    """

  static func panel(indicators: String? = nil, text: String = table) throws -> Panel {
    let scratch = try ScratchDirectory()
    var options = IngestOptions()
    if let indicators {
      options.catalog = IndicatorCatalog(
        declared: try IndicatorFileReader.read(path: try scratch.write("indicators.csv", indicators)))
    }
    return try ingest(try scratch.write("data.csv", text), options: options).panel
  }

  @Test("a base pairs by its name's ending, after a separator too, in a unit that converts")
  func pairsByName() throws {
    #expect(PublishedRatePairs.subject(ofBaseNamed: "营业收入上年同期可比数") == "营业收入")
    #expect(PublishedRatePairs.subject(ofBaseNamed: "利润总额_上年同期") == "利润总额")
    #expect(PublishedRatePairs.subject(ofBaseNamed: "上年同期") == nil)
    #expect(PublishedRatePairs.subject(ofBaseNamed: "营业收入") == nil)
    let pairs = PublishedRatePairs(panel: try Self.panel())
    #expect(pairs.bases["营业收入"] == .init(code: "营业收入上年同期可比数", isCumulative: true))
    #expect(pairs.bases["利润总额"] == .init(code: "利润总额_上年同期", isCumulative: true))
    #expect(pairs.levels["营业收入上年同期可比数"] == "营业收入")
    #expect(pairs.rates.isEmpty)
  }

  @Test("the growth is X / B − 1 on the supplied base; the levels' growth and the 口径差 stay as columns")
  func growthOnTheBase() throws {
    let panel = try Self.panel()
    var table = try GrowthTable(panel: panel, indicators: ["营业收入", "利润总额"])
    table.addPublishedRateColumns()
    let june = try #require(panel.row(of: Period.month(6, of: 2024)))
    var growth = SeriesGrowth(firstPeriod: panel.firstPeriod)
    #expect(table.compute(series: 0, into: &growth))
    #expect(growth.value(.cumulativeYoY, row: june).number.map { abs($0 - 5) < 1e-12 } == true)
    let implied = try #require(table.extraColumns.first { $0.column == .levelYoY })
    let gap = try #require(table.extraColumns.first { $0.column == .caliberGap })
    #expect(implied.value(series: 0, row: june).number.map { abs($0 - 7.142857142857143) < 1e-9 } == true)
    #expect(gap.value(series: 0, row: june).number.map { abs($0 - 20) < 1e-9 } == true)
    // 550000 万元 is 55 亿元.
    #expect(table.compute(series: 1, into: &growth))
    #expect(growth.value(.cumulativeYoY, row: june).number.map { abs($0 - 10) < 1e-12 } == true)
  }

  @Test("the paragraph states the comparable growth once per level, the table notes the basis")
  func report() throws {
    let panel = try Self.panel()
    let document = ReportBuilder.document(
      panel: panel, region: "全市", period: Period.month(6, of: 2024), targets: [])
    #expect(document.figures.map(\.code) == ["营业收入", "利润总额"])
    #expect(document.figures.allSatisfy { $0.isComparable })
    let renderer = ReportRenderer(templates: try ReportTemplates(), language: .zh, halfYear: false)
    #expect(try renderer.paragraph(document) == "1-6月份实现营业收入1050.0亿元，同比增长5.0%；实现利润总额60.5亿元，同比增长10.0%。")
    #expect(try renderer.render(document, format: .text).contains("\n注：增速按可比口径计算。\n"))
    let json = try renderer.render(document, format: .json)
    #expect(json.components(separatedBy: "\"comparable_growth\": true").count == 3)
  }

  // 税收收入 with its months' published rates: 本月 10.0 each month of 2023 and 11.0 each month of 2024,
  // 1-6月 60.0 and 66.0, every month's 同比增长 12.0. With every rate, 1-6月's growth is on their basis:
  // Σ X / Σ B̂ − 1 = 66 / (6 × 11 / 1.12) − 1 = 12.0%, and the table notes it. Without April's rate the
  // year-to-date growth is the levels' 66 / 60 − 1 = 10.0%, not comparable: no note, though June's rate
  // is there.
  @Test("the table notes the comparable basis only where the headline is on it")
  func noteFollowsTheHeadline() throws {
    var rows = ["地区,指标,计量单位,期别,本月,本月止累计,同比增长(%)"]
    for year in [2023, 2024] {
      for month in 1...6 {
        let value = year == 2023 ? 10 : 11
        let rate = year == 2024 ? "12.0" : ""
        rows.append("全市,税收收入,万元,\(year)-0\(month),\(value).0,\(value * month).0,\(rate)")
      }
    }
    let complete = try Self.panel(text: rows.joined(separator: "\n") + "\n")
    let withoutApril = try Self.panel(
      text: rows.map { $0.hasPrefix("全市,税收收入,万元,2024-04") ? "全市,税收收入,万元,2024-04,11.0,44.0," : $0 }
        .joined(separator: "\n") + "\n")
    let june = Period.month(6, of: 2024)
    let comparable = ReportBuilder.document(panel: complete, region: "全市", period: june, targets: [])
    let levels = ReportBuilder.document(panel: withoutApril, region: "全市", period: june, targets: [])
    let tax = try #require(comparable.figures.first)
    let levelTax = try #require(levels.figures.first)
    #expect(tax.growth.number.map { abs($0 - 12) < 1e-9 } == true)
    #expect(tax.isComparable)
    #expect(levelTax.growth.number.map { abs($0 - 10) < 1e-9 } == true)
    #expect(!levelTax.isComparable)
  }

  @Test("base_of pairs a base whose name does not say whose it is; base_of on a rate is an error")
  func baseOf() throws {
    let renamed = Self.table.replacingOccurrences(of: "营业收入上年同期可比数", with: "可比基数")
    let indicators = "指标名称,类型,base_of\n营业收入,flow,\n可比基数,flow,营业收入\n利润总额,flow,\n"
    let pairs = PublishedRatePairs(panel: try Self.panel(indicators: indicators, text: renamed))
    #expect(pairs.bases["营业收入"]?.code == "可比基数")
    #expect(PublishedRatePairs(panel: try Self.panel(text: renamed)).bases["营业收入"] == nil)
    let bad = "指标名称,类型,base_of\n营业收入增速,rate,营业收入\n"
    #expect(
      throws: IngestError.malformed(
        SourcePosition(file: "b.csv", line: 2, column: 3),
        reason: "base_of '营业收入': a comparable base is a level (flow, stock or average), not a rate")
    ) { try Array(bad.utf8).withUnsafeBytes { try IndicatorFileReader.read(bytes: $0, name: "b.csv") } }
  }

  // 营业收入 (亿元): 2023 1-6月 600.0 and the year 1200.0; 2024 1-6月 630.0 with 上年同期可比数 612.0, so the
  // comparable growth is 630 / 612 − 1 = 2.941…% (the levels say 5.0%). The last-year pattern projects
  // 1200 × 630 / 600 = 1260.0; on the comparable basis last year's total is 1200 × 612 / 600 = 1224, and
  // the implied growth 1260 / 1224 − 1 = 2.941…% (the levels would say 1260 / 1200 − 1 = 5.0%).
  @Test("a projection's implied growth is on the comparable basis; the base is not projected")
  func projection() throws {
    var lines = ["地区,指标,计量单位,期别,本月止累计"]
    let lastYear = [160.0, 250, 340, 420, 510, 600, 690, 780, 870, 960, 1050, 1200]
    for month in 2...12 { lines.append("全市,营业收入,亿元,2023年1-\(month)月,\(lastYear[month - 1])") }
    for (month, value) in [(2, 170.0), (3, 360), (4, 445), (5, 540), (6, 630)] {
      lines.append("全市,营业收入,亿元,2024年1-\(month)月,\(value)")
    }
    lines.append("全市,营业收入上年同期可比数,亿元,2024年1-6月,612.0")
    let panel = try Self.panel(text: lines.joined(separator: "\n") + "\n")
    let projections = ProjectionBatch.run(panel, period: Period.month(6, of: 2024), targets: [])
    #expect(projections.map(\.indicator) == ["营业收入"])
    let projection = try #require(projections.first)
    #expect(projection.method == .lastYearPattern)
    #expect(projection.projection.map { abs($0 - 1260) < 1e-9 } == true)
    #expect(projection.impliedGrowth.map { abs($0 - (630.0 / 612 - 1)) < 1e-12 } == true)
    #expect(projection.notes.contains { $0.hasPrefix("implied growth on the published comparable basis") })
  }

  // 1-6月 营业收入 (亿元) with their 上年同期可比数 and no rows of last year: 甲镇 110 on 100, 乙镇 230 on 200,
  // 全县 340 on 300. 拉动 (x − b̂) / B̂ × 100: 甲镇 10 / 300 × 100 = 3.333…, 乙镇 30 / 300 × 100 = 10; they
  // add up to 全县's 340 / 300 − 1 = 13.333…%. 贡献率: 10 / 40 = 25%, 30 / 40 = 75%.
  @Test("contributions are measured against the comparable bases")
  func contributions() throws {
    let text = """
      地区,上级地区,指标,计量单位,期别,本月止累计
      全县,,营业收入,亿元,2024年1-6月,340.0
      全县,,营业收入上年同期可比数,亿元,2024年1-6月,300.0
      甲镇,全县,营业收入,亿元,2024年1-6月,110.0
      甲镇,全县,营业收入上年同期可比数,亿元,2024年1-6月,100.0
      乙镇,全县,营业收入,亿元,2024年1-6月,230.0
      乙镇,全县,营业收入上年同期可比数,亿元,2024年1-6月,200.0

      """
    let panel = try Self.panel(text: text)
    var table = try GrowthTable(panel: panel, indicators: ["营业收入"])
    table.addContributionColumns()
    let row = try #require(panel.row(of: Period.month(6, of: 2024)))
    let pull = try #require(table.extraColumns.first { $0.column == .contribution })
    let share = try #require(table.extraColumns.first { $0.column == .contributionShare })
    let ordinal = { (region: String) in table.series.firstIndex { $0.region == region } ?? -1 }
    #expect(pull.value(series: ordinal("甲镇"), row: row).number.map { abs($0 - 10.0 / 3) < 1e-9 } == true)
    #expect(pull.value(series: ordinal("乙镇"), row: row).number.map { abs($0 - 10) < 1e-9 } == true)
    #expect(share.value(series: ordinal("甲镇"), row: row).number.map { abs($0 - 25) < 1e-9 } == true)
    #expect(share.value(series: ordinal("乙镇"), row: row).number.map { abs($0 - 75) < 1e-9 } == true)
  }
}
