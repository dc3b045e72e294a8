import Foundation
import TestSupport
import Testing

@testable import TongbiKit

@Suite("Report golden paragraphs: bundled dataset and hand-made edge cases")
struct ReportGoldenTests {
  private func renderer(_ language: ReportLanguage = .zh, halfYear: Bool = false) throws -> ReportRenderer {
    ReportRenderer(templates: try ReportTemplates(), language: language, halfYear: halfYear)
  }

  private func townshipDocument(region: String = "清溪镇", month: Int = 6) throws -> ReportDocument {
    var options = IngestOptions()
    options.catalog = IndicatorCatalog(
      declared: try IndicatorFileReader.read(path: datasetPath("township/indicators.csv")))
    let result = try ingest(datasetPath("township/township-monthly.csv"), options: options)
    let targets = try TargetsReader.read(path: datasetPath("township/targets.csv"))
    return ReportBuilder.document(
      panel: result.panel, region: region, period: Period.month(month, of: 2024), targets: targets)
  }

  // Numbers by hand from Datasets/township (Python, Decimal, ROUND_HALF_UP):
  //   c, b = town 1-6月 2024, 2023 → g = (c − b) / b × 100
  //   税收收入 18927.2 / 17404.4 → 8.7 (1-5月: 9.6);  固定资产投资 10.49 / 9.69 → 8.3 (1-5月: 4.3)
  //   规上工业总产值 390687.1 / 365404.6 → 6.9 (1-5月: 6.6);  工业技改投资 1.34 / 1.28 → 4.7 (1-5月: −3.1)
  //   targets.csv 2024: tax +8% over A(2023) 34073.2 → T = 36799.056, 18927.2 / T = 51.4%;
  //   fai 27.5 → 38.1%; output +7% over 737157.1 → 49.5%; 技改 3.8 → 35.3%; 序时进度 50.0
  //   力争 tiers: tax +10% → T = 37480.52, 18927.2 / T = 50.499…% → 50.5; fai 28.5 → 36.807 → 36.8;
  //   output +9% → T = 803501.239, 48.623 → 48.6; 技改 4.1 → 32.68 → 32.7
  @Test("清溪镇 1-6月 2024: the seed-style paragraph, with the 力争 tier")
  func townshipHalfYear() throws {
    let paragraph = try renderer().paragraph(try townshipDocument())
    #expect(
      paragraph
        == "1-6月份完成税收收入18927.2万元，同比增长8.7%，增速比1-5月回落0.9个百分点，完成全年目标任务的51.4%（力争目标的50.5%），超序时进度1.4个百分点；"
        + "完成固定资产投资10.49亿元，同比增长8.3%，增速比1-5月提高4.0个百分点，完成全年目标任务的38.1%（力争目标的36.8%），低于序时进度11.9个百分点；"
        + "完成规上工业总产值390687.1万元，同比增长6.9%，增速比1-5月提高0.3个百分点，完成全年目标任务的49.5%（力争目标的48.6%），低于序时进度0.5个百分点；"
        + "完成工业技改投资1.34亿元，同比增长4.7%，增速由负转正，完成全年目标任务的35.3%（力争目标的32.7%），低于序时进度14.7个百分点。")
  }

  // 东岭村 has one tier only (税收收入 4500 万元): 1-6月 2024 tax 2261.2 / 4500 = 50.249% → 50.2,
  // 50.2 − 50.0 = 0.2 ahead; no 力争 part.
  @Test("one target tier: no 力争 part")
  func singleTier() throws {
    let paragraph = try renderer().paragraph(try townshipDocument(region: "东岭村"))
    #expect(paragraph.contains("完成全年目标任务的50.2%，超序时进度0.2个百分点"))
    #expect(!paragraph.contains("力争"))
  }

  /// The projection of 清溪镇 税收收入 at 1-6月 2024 by last year's pattern (the method the backtest on
  /// 2023 picks): A(2023) × C(2024,6) / C(2023,6) = 34073.2 × 18927.2 / 17404.4 = 37054.4386… → 37054.4;
  /// growth 37054.4386 / 34073.2 − 1 = 8.7495% → 8.7. With only 2022-01 … 2024-06 the probability of meeting
  /// the target comes from a model of those two and a half years (simulated paths, widened): only its place in
  /// the clause is checked here.
  @Test("with projections: 预计全年完成 X，增长 Y% closes the clause")
  func projectionClause() throws {
    var options = IngestOptions()
    options.catalog = IndicatorCatalog(
      declared: try IndicatorFileReader.read(path: datasetPath("township/indicators.csv")))
    let panel = try ingest(datasetPath("township/township-monthly.csv"), options: options).panel
    let targets = try TargetsReader.read(path: datasetPath("township/targets.csv"))
    let period = try #require(Period(year: 2024, month: 6))
    let projections = ProjectionBatch.run(panel, period: period, targets: targets)
    let document = ReportBuilder.document(
      panel: panel, region: "清溪镇", period: period, targets: targets, projections: projections)
    let paragraph = try renderer().paragraph(document)
    #expect(
      paragraph.hasPrefix(
        "1-6月份完成税收收入18927.2万元，同比增长8.7%，增速比1-5月回落0.9个百分点，完成全年目标任务的51.4%（力争目标的50.5%），"
          + "超序时进度1.4个百分点，预计全年完成37054.4万元，增长8.7%，完成目标的概率约"))
    let tail = paragraph.split(separator: "完成目标的概率约", maxSplits: 1).last ?? ""
    let percent = tail.prefix { $0.isNumber }
    #expect(tail.dropFirst(percent.count).hasPrefix("%；"), "\(tail.prefix(8))")
    #expect((1...99).contains(Int(percent) ?? -1), "\(percent)")
  }

  @Test("上半年 when asked, and the English paragraph")
  func halfYearAndEnglish() throws {
    let document = try townshipDocument()
    #expect(try renderer(halfYear: true).paragraph(document).hasPrefix("上半年完成税收收入18927.2万元，同比增长8.7%"))
    #expect(
      try renderer(.en).paragraph(document).hasPrefix(
        "January–June: tax revenue 189.27 million yuan, up 8.7% year on year, growth down 0.9 points from January–May, "
          + "51.4% of the annual target (50.5% of the stretch target), 1.4 points ahead of time progress; "
          + "fixed-asset investment 1,049 million yuan"
      ))
  }

  // 南湾村 工业技改投资 is 0.00 in 2023年1-2月 … 1-6月: 1-6月 2024 grows from a zero base (新增);
  // 1-7月: 0.08 against 0.01 → +700% → 增长7倍; target 0.20 → 0.07 / 0.20 = 35.0% at 1-6月.
  // 税收收入 1-7月 2049.7 / 1974.2 → 3.8; town 21921.3 / 20391.6 → 7.5; gap 低于 3.7.
  @Test("南湾村: zero base 新增 at 1-6月 and 增长 7 倍 at 1-7月, rank and gap within the town")
  func zeroBaseAndTimes() throws {
    let june = try renderer().paragraph(try townshipDocument(region: "南湾村"))
    #expect(june.hasSuffix("完成工业技改投资0.07亿元，新增（上年同期为0），完成全年目标任务的35.0%，低于序时进度15.0个百分点。"))
    let july = try renderer().paragraph(try townshipDocument(region: "南湾村", month: 7))
    #expect(july.hasPrefix("1-7月份完成税收收入2049.7万元，同比增长3.8%，增速比1-6月回落2.2个百分点，低于全镇平均3.7个百分点"))
    #expect(july.contains("增速列全镇第4位，较上月后退1位"))
    #expect(july.contains("完成工业技改投资0.08亿元，同比增长7倍"))
  }

  // 西山村 工业技改投资 2024年1-10月 is redacted (*): the clause says so, no growth.
  @Test("redacted value: the clause says the figure is missing or confidential")
  func redacted() throws {
    let paragraph = try renderer().paragraph(try townshipDocument(region: "西山村", month: 10))
    #expect(paragraph.hasSuffix("；工业技改投资本期数据缺失或保密。"))
  }

  private func figures(
    _ growth: GrowthValue, month: Int = 6, value: String? = "100.0", base: String? = nil,
    previous: Double? = nil
  )
    -> IndicatorFigures
  {
    let period = ReportPeriod(period: Period.month(month, of: 2024), januaryWithFebruary: true)
    return IndicatorFigures(
      code: "profit", nameZh: "利润总额", nameEn: "total profit", unit: .tenThousandYuan, period: period,
      value: value.map { ReportAmount(value: decimal($0), decimals: 1) },
      base: base.map { ReportAmount(value: decimal($0), decimals: 1) }, growth: growth,
      previous: previous.map { PreviousRate(period: period.previousPublished, rate: $0) })
  }

  private func paragraph(_ items: [IndicatorFigures], _ language: ReportLanguage = .zh) throws -> String {
    try renderer(language).paragraph(ReportDocument(region: "x", period: items[0].period, figures: items))
  }

  @Test("hand-made: negative bases, 持平, 倍, combined 1-2月 against last year's full year")
  func handMade() throws {
    #expect(
      try paragraph([
        figures(.undefined(.negativeBase), value: "-30.0", base: "-50.0"),
        figures(.undefined(.negativeBase), value: "12.0", base: "-5.0"),
        figures(.value(-0.04), previous: 1.2),
        figures(.value(150)),
      ]) == "1-6月份完成利润总额-30.0万元，同比减亏20.0万元；完成利润总额12.0万元，同比扭亏为盈；"
        + "完成利润总额100.0万元，与上年同期持平，增速比1-5月回落1.2个百分点；完成利润总额100.0万元，同比增长1.5倍。")
    #expect(
      try paragraph([figures(.value(-2.5), month: 2, previous: -4.0)])
        == "1-2月完成利润总额100.0万元，同比下降2.5%，降幅比上年全年收窄1.5个百分点。")
    #expect(
      try paragraph([figures(.value(-2.5), month: 2, previous: -4.0)], .en)
        == "January–February: total profit 1.00 million yuan, down 2.5% year on year, the decline narrowed by 1.5 points from last year as a whole."
    )
  }

  @Test(
    "figures read from the growth table on a panel with missing months, a redacted cell and a combined 1-2月")
  func adapterMissingMonths() throws {
    let scratch = try ScratchDirectory()
    let path = try scratch.write(
      "gaps.csv",
      """
      地区,指标,计量单位,期别,本月止累计
      甲镇,税收收入,万元,2023年1-2月,100.0
      甲镇,税收收入,万元,2023年1-3月,150.0
      甲镇,税收收入,万元,2023年1-5月,260.0
      甲镇,税收收入,万元,2024年1-2月,110.0
      甲镇,税收收入,万元,2024年1-3月,*
      甲镇,税收收入,万元,2024年1-4月,220.0
      甲镇,税收收入,万元,2024年1-5月,286.0

      """)
    let panel = try ingest(path).panel
    let source = ReportFigures(panel: panel, region: "甲镇", targets: [])
    let code = try #require(panel.indicatorOrder.first)
    let may = Period.month(5, of: 2024)
    let growth = { (month: Int) in
      source.figures(region: "甲镇", indicator: code, at: Period.month(month, of: 2024)).growth
    }
    // 286.0 / 260.0 − 1 = 10%; 1-4月 has no base; 1-3月 is redacted; 1-2月 110.0 / 100.0 − 1 = 10%.
    #expect(growth(5).number.map { abs($0 - 10) < 1e-9 } == true)
    #expect(growth(4) == .undefined(.noBase))
    #expect(growth(3) == .undefined(.missingCurrent))
    #expect(growth(2).number.map { abs($0 - 10) < 1e-9 } == true)
    #expect(growth(1) == .undefined(.combinedPeriod))
    // 1-4月 has no base, so 1-5月 has no previous rate to compare with.
    #expect(source.figures(region: "甲镇", indicator: code, at: may).previous == nil)
    let document = ReportBuilder.document(panel: panel, region: "甲镇", period: may)
    #expect(try renderer().paragraph(document) == "1-5月份完成税收收入286.0万元，同比增长10.0%。")
    let april = ReportBuilder.document(panel: panel, region: "甲镇", period: Period.month(4, of: 2024))
    #expect(try renderer().paragraph(april) == "1-4月份完成税收收入220.0万元，上年同期无可比数据。")
  }
}
