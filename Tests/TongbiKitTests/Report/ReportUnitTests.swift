import Foundation
import TestSupport
import Testing

@testable import TongbiKit

@Suite("Report display units: --unit over the indicator file over the data, exact, English millions")
struct ReportUnitTests {
  private func township(indicators: String? = nil) throws -> ReportDocument {
    var options = IngestOptions()
    options.catalog = IndicatorCatalog(
      declared: try IndicatorFileReader.read(path: indicators ?? datasetPath("township/indicators.csv")))
    let panel = try ingest(datasetPath("township/township-monthly.csv"), options: options).panel
    return ReportBuilder.document(panel: panel, region: "清溪镇", period: Period.month(6, of: 2024))
  }

  private func paragraph(
    _ document: ReportDocument, unit: String? = nil, language: ReportLanguage = .zh
  ) throws -> String {
    try ReportRenderer(templates: try ReportTemplates(), language: language, unit: unit.map(UnitParser.parse))
      .paragraph(document)
  }

  // 清溪镇 1-6月 2024 as published: 税收收入 18927.2 万元, 固定资产投资 10.49 亿元, 规上工业总产值
  // 390687.1 万元. In 亿元 (÷10⁴ exactly: 1.89272, 10.49, 39.06871), at 亿元's usual two decimals, half
  // away from zero: 1.89, 10.49 (already 亿元, as published), 39.07. In 元 (×10⁴ or ×10⁸): 189272000,
  // 1049000000, 3906871000. Growth rates do not change (8.7, 8.3, 6.9).
  @Test("--unit 亿元 and --unit 元 convert every amount exactly, shown at the unit's usual decimals; rates stay")
  func requestedUnit() throws {
    let document = try township()
    let hundredMillion = try paragraph(document, unit: "亿元")
    #expect(hundredMillion.hasPrefix("1-6月份完成税收收入1.89亿元，同比增长8.7%"))
    #expect(hundredMillion.contains("完成固定资产投资10.49亿元，同比增长8.3%"))
    #expect(hundredMillion.contains("完成规上工业总产值39.07亿元，同比增长6.9%"))
    let yuan = try paragraph(document, unit: "元")
    #expect(yuan.hasPrefix("1-6月份完成税收收入189272000元，同比增长8.7%"))
    #expect(yuan.contains("完成固定资产投资1049000000元，同比增长8.3%"))
    #expect(yuan.contains("完成规上工业总产值3906871000元，同比增长6.9%"))
  }

  // English shows money in million yuan (18927.2 万元 = 189.272 million, shown 189.27) unless --unit
  // names a unit: then 1.89272 亿元 reads "1.89 100 million yuan".
  @Test("English: millions by default, the requested unit when asked")
  func english() throws {
    let document = try township()
    #expect(
      try paragraph(document, language: .en).hasPrefix(
        "January–June: tax revenue 189.27 million yuan, up 8.7%"))
    #expect(
      try paragraph(document, unit: "亿元", language: .en).hasPrefix(
        "January–June: tax revenue 1.89 100 million yuan, up 8.7%"))
  }

  // --decimals sets every amount's decimals: 18927.2 万元 → 18927 (0), 18927.20 (2); 10.49 亿元 → 10 (0).
  @Test("--decimals sets the decimals of every amount, rounding half away from zero")
  func decimals() throws {
    let document = try township()
    let shown = { (decimals: Int) throws -> String in
      try ReportRenderer(templates: try ReportTemplates(), decimals: decimals).paragraph(document)
    }
    #expect(try shown(0).hasPrefix("1-6月份完成税收收入18927万元，同比增长8.7%"))
    #expect(try shown(0).contains("完成固定资产投资10亿元"))
    #expect(try shown(2).hasPrefix("1-6月份完成税收收入18927.20万元，同比增长8.7%"))
  }

  @Test("an indicator file's unit is the display unit, and --unit overrides it")
  func indicatorFileUnit() throws {
    let scratch = try ScratchDirectory()
    let original = try String(contentsOfFile: datasetPath("township/indicators.csv"), encoding: .utf8)
    let edited = original.replacingOccurrences(
      of: "tax,税收收入,tax revenue,万元", with: "tax,税收收入,tax revenue,亿元")
    #expect(edited != original)
    let document = try township(indicators: try scratch.write("indicators.csv", edited))
    #expect(try paragraph(document).hasPrefix("1-6月份完成税收收入1.89272亿元，同比增长8.7%"))
    #expect(try paragraph(document, unit: "万元").hasPrefix("1-6月份完成税收收入18927.2万元，同比增长8.7%"))
  }

  // A loss of −30.0 万元 against −50.0 万元 is 减亏 20.0 万元 = 200000 元; the projection 210.0 万元 =
  // 2100000 元; the chart value 12.5 万元 = 125000 元; the rate 5.2% stays a rate.
  @Test("losses, projections and chart values convert with the value; percent never converts")
  func everyAmount() {
    let period = ReportPeriod(period: Period.month(6, of: 2024))
    let profit = IndicatorFigures(
      code: "profit", nameZh: "利润总额", unit: .tenThousandYuan, period: period,
      value: ReportAmount(value: -30, decimals: 1), base: ReportAmount(value: -50, decimals: 1),
      growth: .undefined(.negativeBase),
      projection: ProjectionFigures(fullYear: ReportAmount(value: 210, decimals: 1)))
    let rate = IndicatorFigures(
      code: "jobless", nameZh: "城镇调查失业率", unit: .percent, kind: .rate, period: period,
      value: ReportAmount(value: decimal("5.2"), decimals: 1), growth: .value(0))
    let point = HistoryPoint(period: period, periodValue: 12.5, cumulativeGrowth: nil)
    let document = ReportDocument(
      region: "甲县", period: period, figures: [profit, rate],
      histories: Array(repeating: IndicatorHistory(thisYear: [point], lastYear: [point]), count: 2))
    let shown = ReportDisplayUnits.converted(document, requested: .yuan, language: .zh)
    #expect(shown.figures[0].unit == .yuan)
    #expect(shown.figures[0].value == ReportAmount(value: -300_000, decimals: 0))
    #expect(shown.figures[0].base == ReportAmount(value: -500_000, decimals: 0))
    #expect(shown.figures[0].projection?.fullYear == ReportAmount(value: 2_100_000, decimals: 0))
    #expect(shown.histories[0].thisYear[0].periodValue == 125_000)
    #expect(shown.figures[1] == rate)
    #expect(shown.histories[1].thisYear[0].periodValue == 12.5)
    let clause = ClauseParts(shown.figures[0], language: .zh)
    #expect(clause.value == "-300000" && clause.growth == "同比减亏200000元")
  }
}
