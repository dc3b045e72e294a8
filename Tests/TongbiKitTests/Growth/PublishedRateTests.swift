import Foundation
import TestSupport
import Testing

@testable import TongbiKit

/// A published rate is the growth of the level it is published with: paired by name, by position (the
/// ingest names a subject-less 同比增长(%) after the level before it) or by the indicator file's
/// `rate_of`, and then the growth everywhere.
@Suite("Published rates: pairing, the growth table and the paragraph")
struct PublishedRateTests {
  @Test("a rate's name without its growth ending and separator names the level")
  func subjects() {
    let subject = PublishedRatePairs.subject(ofRateNamed:)
    #expect(subject("营业收入同比增长") == "营业收入")
    #expect(subject("营业收入_同比增长(%)") == "营业收入")
    #expect(subject("营业收入比上年同期增长(%)") == "营业收入")
    #expect(subject("利润总额累计增长") == "利润总额")
    #expect(subject("固定资产投资增速") == "固定资产投资")
    #expect(subject("社会消费品零售总额同比增长") == "社会消费品零售总额")
    #expect(subject("城镇调查失业率") == nil)
    #expect(subject("同比增长") == nil)
  }

  /// 1-3月 营业收入: 2023 100.0, 2024 95.0 万元 (levels say −5.0%); the table publishes 4.7% on the
  /// comparable basis. B̂ = 95.0 / 1.047 = 90.7354…, 口径差 = B̂ − 100.0 = −9.2646.
  private func revenuePanel(rateName: String = "营业收入同比增长", indicators: String? = nil) throws -> Panel {
    let scratch = try ScratchDirectory()
    let path = try scratch.write(
      "revenue.csv",
      """
      地区,指标,计量单位,期别,本月止累计
      甲县,营业收入,万元,2023年1-2月,60.0
      甲县,营业收入,万元,2023年1-3月,100.0
      甲县,\(rateName),%,2023年1-3月,2.0
      甲县,营业收入,万元,2024年1-2月,58.0
      甲县,\(rateName),%,2024年1-2月,3.1
      甲县,营业收入,万元,2024年1-3月,95.0
      甲县,\(rateName),%,2024年1-3月,4.7

      """)
    var options = IngestOptions()
    if let indicators {
      options.catalog = IndicatorCatalog(
        declared: try IndicatorFileReader.read(path: try scratch.write("indicators.csv", indicators)))
    }
    return try ingest(path, options: options).panel
  }

  @Test("a 累计 rate is the level's 累计同比; the level-implied growth and the 口径差 stay as columns")
  func cumulativeRate() throws {
    let panel = try revenuePanel()
    let pairs = PublishedRatePairs(panel: panel)
    #expect(pairs.rates["营业收入"] == .init(code: "营业收入同比增长", isCumulative: true))
    var table = try GrowthTable(panel: panel, indicators: ["营业收入"])
    table.addPublishedRateColumns()
    var growth = SeriesGrowth(firstPeriod: panel.firstPeriod)
    #expect(table.compute(series: 0, into: &growth))
    let march = try #require(panel.row(of: Period.month(3, of: 2024)))
    #expect(growth.value(.cumulativeYoY, row: march) == .value(4.7))
    let implied = try #require(table.extraColumns.first { $0.name == "level_yoy_pct" })
    let gap = try #require(table.extraColumns.first { $0.name == "caliber_gap" })
    #expect(implied.value(series: 0, row: march).number.map { abs($0 + 5) < 1e-9 } == true)
    #expect(gap.value(series: 0, row: march).number.map { abs($0 + 9.264565) < 1e-6 } == true)
    // 1-3月 against 1-2月, both published: 4.7 − 3.1 = 1.6 points.
    #expect(growth.value(.changeOfGrowth, row: march).number.map { abs($0 - 1.6) < 1e-9 } == true)
  }

  @Test("the paragraph states the published rate once, as the level's growth, with 实现 for revenue")
  func paragraphStatesThePublishedRate() throws {
    let panel = try revenuePanel()
    let document = ReportBuilder.document(panel: panel, region: "甲县", period: Period.month(3, of: 2024))
    let renderer = ReportRenderer(templates: try ReportTemplates(), language: .zh, halfYear: false)
    #expect(try renderer.paragraph(document) == "1-3月份实现营业收入95.0万元，同比增长4.7%，增速比1-2月提高1.6个百分点。")
  }

  @Test("the indicator file's rate_of pairs a rate whose name does not say whose growth it is")
  func rateOf() throws {
    let indicators = "指标名称,类型,rate_of\n营业收入,flow,\n可比增幅,rate,营业收入\n"
    let panel = try revenuePanel(rateName: "可比增幅", indicators: indicators)
    #expect(PublishedRatePairs(panel: panel).levels["可比增幅"] == "营业收入")
    let unpaired = try revenuePanel(rateName: "可比增幅")
    #expect(PublishedRatePairs(panel: unpaired).levels.isEmpty)
    let bad = "指标名称,类型,rate_of\n营业收入,flow,税收收入\n"
    #expect(
      throws: IngestError.malformed(
        SourcePosition(file: "b.csv", line: 2, column: 3),
        reason: "rate_of '税收收入': only a rate can be the growth of a level (a comparable base takes base_of)")
    ) { try Array(bad.utf8).withUnsafeBytes { try IndicatorFileReader.read(bytes: $0, name: "b.csv") } }
  }

  @Test("the comparison of published rates with the levels keeps to the period asked (--period)")
  func comparisonPeriod() throws {
    let panel = try ingest(datasetPath("public/china-retail-sales-2012-2018.csv")).panel
    let may = Period.month(5, of: 2018)
    let rows = PublishedRateComparison(panel: panel, period: may).rows
    // Two levels, each with its rate: 社会消费品零售总额 and 限额以上单位消费品零售额; 8.5 and 5.5 as published.
    #expect(rows.map(\.period) == [may, may])
    #expect(rows.map(\.published) == [8.5, 5.5])
  }

  // Datasets/public/china-retail-sales-2012-2018.csv publishes each month's 同比增长(%) beside the level
  // (the ingest pairs it by position). By hand from the file (Σ X / Σ B̂ − 1, B̂ = X / (1 + g/100)):
  //   2017年1-2月: the published 9.5 (57959.7 against its comparable base);
  //   2017年1-6月: 1-2月 57959.7/1.095, 3月 27863.7/1.109, 4月 27278.5/1.107, 5月 29459.2/1.107,
  //     6月 29807.6/1.110 → Σ X 172368.7, Σ B̂ 156163.56… → 10.377 → 10.4; 6月 alone 11.0 as published;
  //   2018年1-5月: Σ X 149176.4 over Σ B̂ 136266.52… → 9.474 → 9.5, where the levels alone (149176.4 against
  //     2017's 142561.1) give 4.6; 5月 alone 8.5.
  @Test("retail sales: the paragraph states the official rates, three periods checked by hand")
  func retailSales() throws {
    let panel = try ingest(datasetPath("public/china-retail-sales-2012-2018.csv")).panel
    let renderer = ReportRenderer(templates: try ReportTemplates(), language: .zh, halfYear: false)
    let paragraph = { (month: Int, year: Int) throws -> String in
      let document = ReportBuilder.document(panel: panel, region: "", period: Period.month(month, of: year))
      return String(try renderer.paragraph(document).split(separator: "；")[0])
    }
    #expect(try paragraph(2, 2017) == "1-2月完成社会消费品零售总额57959.7亿元，同比增长9.5%，增速比上年全年回落0.9个百分点")
    #expect(
      try paragraph(6, 2017)
        == "1-6月份完成社会消费品零售总额172368.7亿元，同比增长10.4%，增速比1-5月提高0.2个百分点，其中6月份同比增长11.0%")
    #expect(
      try paragraph(5, 2018)
        == "1-5月份完成社会消费品零售总额149176.4亿元，同比增长9.5%，增速比1-4月回落0.2个百分点，其中5月份同比增长8.5%")
  }
}
