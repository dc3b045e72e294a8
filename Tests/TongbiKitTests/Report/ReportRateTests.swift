import Foundation
import TestSupport
import Testing

@testable import TongbiKit

@Suite("Report wording of rates, indices and stocks (DESIGN.md kinds)")
struct ReportRateTests {
  private func paragraph(_ document: ReportDocument, _ language: ReportLanguage = .zh) throws -> String {
    try ReportRenderer(templates: try ReportTemplates(), language: language).paragraph(document)
  }

  @Test("kinds from the indicator: a rate named 增速/同比/增长 is a growth rate, and what it measures")
  func kinds() {
    let rate = { (name: String) in IndicatorInference.indicator(named: name, unit: .percent, form: .monthly) }
    #expect(ClauseKind.of(rate("规上工业增加值增速")) == .growthRate)
    #expect(ClauseKind.of(rate("城镇调查失业率")) == .rate)
    #expect(ClauseKind.subject(of: "规上工业增加值增速") == "规上工业增加值")
    #expect(ClauseKind.subject(of: "工业增加值累计增长(%)") == "工业增加值")
    #expect(ClauseKind.subject(of: "增速") == "增速")
    #expect(ClauseKind.subject(of: "industrial value-added growth") == "industrial value-added")
  }

  // By hand from the rows below (June 2024 against May 2024 and June 2023):
  //   失业率 5.2 − 5.4 = −0.2 points year on year (no comparison with May for a rate);
  //   CPI 102.1 → +2.1%, May 101.8 → +1.8%, 2.1 − 1.8 = 0.3 → 涨幅比上月扩大0.3个百分点;
  //   增速 6.5 is the growth, May 6.2 → 增速比上月提高0.3个百分点;
  //   存款余额 52.3 / 50.0 − 1 = 4.6%; 52.3 亿元 = 5230 million yuan.
  @Test("monthly rate, index, growth rate and stock from a panel: official sentences, zh and en")
  func fromPanel() throws {
    let scratch = try ScratchDirectory()
    let path = try scratch.write(
      "rates.csv",
      """
      地区,指标,计量单位,期别,本月
      甲县,城镇调查失业率,%,2023年6月,5.4
      甲县,城镇调查失业率,%,2024年5月,5.0
      甲县,城镇调查失业率,%,2024年6月,5.2
      甲县,居民消费价格指数,上年同月=100,2024年5月,101.8
      甲县,居民消费价格指数,上年同月=100,2024年6月,102.1
      甲县,规上工业增加值增速,%,2024年5月,6.2
      甲县,规上工业增加值增速,%,2024年6月,6.5
      甲县,各项存款余额,亿元,2023年6月,50.0
      甲县,各项存款余额,亿元,2024年6月,52.3

      """)
    let panel = try ingest(path).panel
    let document = ReportBuilder.document(panel: panel, region: "甲县", period: Period.month(6, of: 2024))
    #expect(document.figures.map(\.kind) == [.rate, .index, .growthRate, .stock])
    #expect(
      try paragraph(document)
        == "6月份城镇调查失业率为5.2%，比上年同期下降0.2个百分点；居民消费价格指数为102.1，同比上涨2.1%，涨幅比上月扩大0.3个百分点；"
        + "规上工业增加值同比增长6.5%，增速比上月提高0.3个百分点；6月末各项存款余额52.3亿元，同比增长4.6%。")
    #expect(
      try paragraph(document, .en)
        == "June: 城镇调查失业率 5.2%, down 0.2 points year on year; 居民消费价格指数 102.1, up 2.1% year on year, "
        + "the rise widened by 0.3 points from the previous month; 规上工业增加值 up 6.5% year on year, growth up 0.3 "
        + "points from the previous month; End of June: 各项存款余额 5,230 million yuan, up 4.6% year on year.")
  }

  // Datasets/public/nbs-export-industrial-value-added-growth.csv, 2020年4月: 工业增加值同比增长 3.9 (3月 −1.1:
  // the rate turns positive); 累计增长 −4.9 (1-3月 −8.4: −4.9 − (−8.4) = 3.5, the decline narrows);
  // 煤炭开采和洗选业 同比 3.7 (3月 9.1: 5.4 lower). The monthly clause after the cumulative one names its month.
  @Test("NBS export of published growth rates: monthly and cumulative rates, each with its period")
  func nbsRates() throws {
    let panel = try ingest(datasetPath("public/nbs-export-industrial-value-added-growth.csv")).panel
    let document = ReportBuilder.document(
      panel: panel, region: panel.regionOrder[0], period: Period.month(4, of: 2020))
    #expect(
      try paragraph(document).hasPrefix(
        "4月份工业增加值同比增长3.9%，增速由负转正；1-4月份工业增加值同比下降4.9%，降幅比1-3月收窄3.5个百分点；"
          + "4月份煤炭开采和洗选业增加值同比增长3.7%，增速比上月回落5.4个百分点；"))
  }

  // A stock is dated at the end of its month (年末 in December), a flow by its cumulative span; the
  // paragraph opens with the first clause's words, so a leading stock does not repeat a period:
  // 存款余额 60.0 / 50.0 − 1 = 20.0%; 税收收入 growth 5.0 over the full year → 比上年增长5.0%.
  @Test("stocks: 年末 / 6月末 before the balance, and a paragraph that opens with a stock")
  func stockDating() throws {
    let december = Period.month(12, of: 2024)
    let deposits = IndicatorFigures(
      code: "deposits", nameZh: "各项存款余额", unit: .hundredMillionYuan, kind: .stock,
      period: ReportPeriod(period: december, isCumulative: false),
      value: ReportAmount(value: 60, decimals: 1), growth: .value(20))
    let tax = IndicatorFigures(
      code: "tax", nameZh: "税收收入", unit: .tenThousandYuan, period: ReportPeriod(period: december),
      value: ReportAmount(value: 100, decimals: 1), growth: .value(5))
    let document = ReportDocument(
      region: "甲县", period: ReportPeriod(period: december), figures: [deposits, tax])
    #expect(try paragraph(document) == "年末各项存款余额60.0亿元，同比增长20.0%；全年完成税收收入100.0万元，比上年增长5.0%。")
    #expect(try paragraph(document, .en).hasPrefix("End of year: 各项存款余额 "))
    let june = ReportPeriod(period: Period.month(6, of: 2024), isCumulative: false)
    #expect(PeriodWording.endOfMonth(june, language: .zh) == "6月末")
    #expect(PeriodWording.endOfMonth(june, language: .en) == "End of June")
  }

  @Test("index comparisons: 由涨转降, 降幅收窄, 涨幅回落; rate changes in points, full year 比上年")
  func wording() {
    let june = ReportPeriod(period: Period.month(6, of: 2024), isCumulative: false)
    let december = ReportPeriod(period: Period.month(12, of: 2024))
    let compare = { (now: String, before: String) in
      ComparisonWording.phrase(
        current: .value(Double(now) ?? .nan),
        previous: PreviousRate(period: june.previousPublished, rate: Double(before) ?? .nan), period: june,
        language: .zh, prices: true)
    }
    #expect(compare("-0.3", "0.2") == "由涨转降")
    #expect(compare("0.4", "-0.1") == "由降转涨")
    #expect(compare("-0.3", "-0.8") == "降幅比上月收窄0.5个百分点")
    #expect(compare("1.5", "2.0") == "涨幅比上月回落0.5个百分点")
    #expect(
      RateWording.indexChange(.value(-0.3), period: june, language: .zh) == "同比下降0.3%")
    #expect(RateWording.indexChange(.value(0), period: june, language: .zh) == "与上年同期持平")
    #expect(
      RateWording.pointChange(.value(0.25), period: december, language: .zh)
        == "比上年提高0.3个百分点")
    #expect(
      RateWording.pointChange(.value(-0.04), period: june, language: .zh) == "与上年同期持平")
    #expect(RateWording.pointChange(.undefined(.noBase), period: june, language: .zh) == "上年同期无可比数据")
  }
}
