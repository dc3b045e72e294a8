import Foundation
import Testing

@testable import TongbiKit

@Suite("Narrative wording: rounding, growth, comparison, targets, ranks, projections, periods")
struct NarrativeWordingTests {
  private let june = ReportPeriod(period: Period.month(6, of: 2024), januaryWithFebruary: true)
  private let december = ReportPeriod(period: Period.month(12, of: 2024), januaryWithFebruary: true)

  private func zh(_ growth: GrowthValue, _ period: ReportPeriod? = nil) -> String {
    GrowthWording.phrase(
      growth, current: nil, base: nil, period: period ?? june, unit: .tenThousandYuan, language: .zh)
  }

  private func en(_ growth: GrowthValue, _ period: ReportPeriod? = nil) -> String {
    GrowthWording.phrase(
      growth, current: nil, base: nil, period: period ?? june, unit: .tenThousandYuan, language: .en)
  }

  /// The phrase for the engine's growth of `current` against `base` (万元, one decimal).
  private func compared(_ current: Double, _ base: Double, _ language: ReportLanguage = .zh) -> String {
    GrowthWording.phrase(
      GrowthFormulas.ratioGrowth(current: current, base: base), current: ReportAmount(current, decimals: 1),
      base: ReportAmount(base, decimals: 1), period: june, unit: .tenThousandYuan, language: language)
  }

  @Test("exact halves round away from zero on the decimal value; never -0.0")
  func rounding() {
    #expect(OfficeRounding.text(decimal("0.25"), places: 1) == "0.3")
    #expect(OfficeRounding.text(decimal("-0.25"), places: 1) == "-0.3")
    #expect(OfficeRounding.text(decimal("-0.04"), places: 1) == "0.0")
    #expect(ShownRate((1002.5 / 1000 - 1) * 100)?.text == "0.3")
    #expect(ShownRate(-0.25)?.text == "-0.3")
    #expect(ShownRate(-0.04)?.text == "0.0")
    #expect(ShownRate(.nan) == nil)
    #expect(OfficeRounding.text(OfficeRounding.decimal(1e-5) ?? 0, places: 5) == "0.00001")
    #expect(OfficeRounding.grouped("6788.388") == "6,788.388")
    #expect(OfficeRounding.grouped("-1234567") == "-1,234,567")
  }

  @Test("growth from exact decimals: 1002.5 against 1000 is 0.3%, not 0.2%")
  func exactGrowth() {
    #expect(compared(1002.5, 1000) == "同比增长0.3%")
  }

  @Test("rates: 增长, 下降, 持平 (0.0, never -0.0), 倍 from +100%")
  func rates() {
    #expect(zh(.value(8.65)) == "同比增长8.7%")
    #expect(zh(.value(-3.14)) == "同比下降3.1%")
    #expect(zh(.value(-0.04)) == "与上年同期持平")
    #expect(zh(.value(0.04)) == "与上年同期持平")
    #expect(zh(.value(150)) == "同比增长1.5倍")
    #expect(zh(.value(100)) == "同比增长1倍")
    #expect(zh(.value(99.96)) == "同比增长1倍")
    #expect(zh(.value(99.94)) == "同比增长99.9%")
    #expect(en(.value(8.65)) == "up 8.7% year on year")
    #expect(en(.value(-0.04)) == "unchanged from the same period last year")
    #expect(en(.value(150)) == "up 150.0% year on year")
  }

  @Test("full year says 比上年, not 同比")
  func fullYear() {
    #expect(zh(.value(5.2), december) == "比上年增长5.2%")
    #expect(zh(.value(0), december) == "与上年持平")
    #expect(en(.value(-5.2), december) == "down 5.2% on the previous year")
  }

  @Test("zero base is 新增, not inf; zero over zero is 持平")
  func zeroBase() {
    #expect(GrowthFormulas.ratioGrowth(current: 5, base: 0) == .undefined(.zeroBase))
    #expect(compared(0, 0) == "与上年同期持平")
    #expect(compared(5, 0) == "新增（上年同期为0）")
    #expect(compared(5, 0, .en) == "new (zero in the same period last year)")
  }

  @Test("negative base: 减亏, 亏损扩大, 扭亏为盈, 由盈转亏")
  func losses() {
    #expect(compared(-30, -50) == "同比减亏20.0万元")
    #expect(compared(-80, -50) == "亏损同比扩大30.0万元")
    #expect(compared(10, -50) == "同比扭亏为盈")
    #expect(compared(-10, 50) == "同比由盈转亏")
    #expect(compared(-50, -50) == "亏损与上年同期持平")
    #expect(compared(-30, -50, .en) == "loss narrowed by 20.0 10,000 yuan year on year")
    #expect(compared(10, -50, .en) == "turned from a loss to a profit year on year")
  }

  @Test("undefined growth is worded with its reason")
  func undefined() {
    #expect(GrowthFormulas.ratioGrowth(current: .nan, base: 5) == .undefined(.missingCurrent))
    #expect(GrowthFormulas.ratioGrowth(current: 5, base: .nan) == .undefined(.noBase))
    #expect(zh(.undefined(.noBase)) == "上年同期无可比数据")
    #expect(zh(.undefined(.missingCurrent)) == "本期数据缺失或保密")
  }

  private func compare(
    _ now: String, _ before: String, previous: ReportPeriod? = nil, language: ReportLanguage = .zh
  )
    -> String?
  {
    let previousPeriod =
      previous ?? ReportPeriod(period: Period.month(5, of: 2024), januaryWithFebruary: true)
    return ComparisonWording.phrase(
      current: .value(Double(now) ?? .nan),
      previous: PreviousRate(period: previousPeriod, rate: Double(before) ?? .nan),
      period: previous == nil
        ? june : ReportPeriod(period: Period.month(2, of: 2024), januaryWithFebruary: true),
      language: language)
  }

  @Test("change against the previous published period, on displayed rates")
  func comparison() {
    #expect(compare("8.7", "9.6") == "增速比1-5月回落0.9个百分点")
    #expect(compare("6.94", "6.64") == "增速比1-5月提高0.3个百分点")
    #expect(compare("4.7", "-3.1") == "增速由负转正")
    #expect(compare("-4.7", "3.1") == "增速由正转负")
    #expect(compare("-2.0", "-3.1") == "降幅比1-5月收窄1.1个百分点")
    #expect(compare("-4.0", "-3.1") == "降幅比1-5月扩大0.9个百分点")
    #expect(compare("5.04", "4.96") == "增速与1-5月持平")
    let lastYear = ReportPeriod(period: Period.month(12, of: 2023), januaryWithFebruary: true)
    #expect(compare("8.0", "6.0", previous: lastYear) == "增速比上年全年提高2.0个百分点")
    #expect(
      compare("8.0", "6.0", previous: lastYear, language: .en)
        == "growth up 2.0 points from last year as a whole")
    #expect(compare("8.7", "9.6", language: .en) == "growth down 0.9 points from January–May")
    #expect(
      ComparisonWording.phrase(current: .undefined(.zeroBase), previous: nil, period: june, language: .zh)
        == nil)
  }

  @Test("target completion against 序时进度, on displayed values")
  func target() {
    // 51.44 → 51.4, 51.4 − 50.0 = 1.4 ahead; 38.06 → 38.1, 50.0 − 38.1 = 11.9 behind; 49.96 → 50.0, level.
    let ahead = TargetFigures(completion: 51.44, timeProgress: 50)
    let behind = TargetFigures(completion: 38.06, timeProgress: 50)
    let level = TargetFigures(completion: 49.96, timeProgress: 50)
    #expect(TargetWording.completion(ahead.completion) == "51.4")
    #expect(TargetWording.schedule(ahead, language: .zh) == "超序时进度1.4个百分点")
    #expect(TargetWording.schedule(behind, language: .zh) == "低于序时进度11.9个百分点")
    #expect(TargetWording.schedule(level, language: .zh) == "与序时进度持平")
    #expect(TargetWording.schedule(ahead, language: .en) == "1.4 points ahead of time progress")
    #expect(TargetWording.schedule(behind, language: .en) == "11.9 points behind time progress")
  }

  @Test("gap to the parent's average and rank within the parent")
  func parent() {
    let scope = ParentScope.of(parentNamed: "清溪镇")
    // The growth table's gap_to_parent_pp: 3.8 − 7.5 = −3.7, 9.0 − 7.5 = 1.5 on displayed rates.
    let below = ParentGap(points: -3.7, scope: scope)
    let above = ParentGap(points: 1.5, scope: scope)
    #expect(ParentWording.gap(below, language: .zh) == "低于全镇平均3.7个百分点")
    #expect(ParentWording.gap(above, language: .zh) == "高于全镇平均1.5个百分点")
    #expect(ParentWording.gap(ParentGap(points: 0, scope: scope), language: .zh) == "与全镇平均持平")
    #expect(ParentWording.gap(above, language: .en) == "1.5 points above the average of the town")
    #expect(ParentScope.of(parentNamed: "某某县") == ParentScope(zh: "全县", en: "the county"))
    let county = ParentScope.of(parentNamed: "城关区")
    #expect(
      ParentWording.rank(RankFigures(rank: 2, previousRank: 5, scope: county), language: .zh)
        == "增速列全区第2位，较上月前移3位")
    #expect(
      ParentWording.rank(RankFigures(rank: 4, previousRank: 3, scope: scope), language: .zh)
        == "增速列全镇第4位，较上月后退1位")
    #expect(
      ParentWording.rank(RankFigures(rank: 1, previousRank: nil, scope: scope), language: .zh) == "增速列全镇第1位")
    #expect(
      ParentWording.rank(RankFigures(rank: 2, previousRank: 5, scope: county), language: .en)
        == "growth ranks 2nd in the district, up 3 places from the previous period")
  }

  @Test("projection: 预计全年完成 X，增长 Y%，完成目标的概率约 Z%")
  func projection() {
    let projection = ProjectionFigures(
      fullYear: ReportAmount(value: decimal("36812.4"), decimals: 1),
      growth: 8.96,
      probability: 72.5)
    #expect(
      ProjectionWording.phrase(projection, unit: .tenThousandYuan, language: .zh)
        == "预计全年完成36812.4万元，增长9.0%，完成目标的概率约73%")
    #expect(
      ProjectionWording.phrase(projection, unit: .tenThousandYuan, language: .en)
        == "projected full year 36,812.4 10,000 yuan, up 9.0%, probability of meeting the target about 73%")
  }

  @Test("period words: 1-6月份, 1-2月, 上半年 when asked, 全年; English")
  func periods() {
    let february = ReportPeriod(period: Period.month(2, of: 2024), januaryWithFebruary: true)
    #expect(PeriodWording.words(june, language: .zh) == "1-6月份")
    #expect(PeriodWording.words(june, language: .zh, halfYear: true) == "上半年")
    #expect(PeriodWording.words(february, language: .zh) == "1-2月")
    #expect(PeriodWording.words(december, language: .zh) == "全年")
    #expect(PeriodWording.words(june, language: .en) == "January–June")
    #expect(PeriodWording.words(june, language: .en, halfYear: true) == "First half")
    #expect(PeriodWording.label(june, language: .zh) == "2024年1-6月")
    #expect(february.previousPublished.period == Period.month(12, of: 2023))
    #expect(
      ReportPeriod(period: Period.month(3, of: 2024), januaryWithFebruary: true).previousPublished.period
        == Period.month(2, of: 2024))
  }

  @Test("amounts are written in the unit they come in; English names money units in words")
  func amounts() {
    let tax = ReportAmount(value: decimal("18927.2"), decimals: 1)
    let million = Unit(base: "元", exponent: 6, symbol: "百万元")
    #expect(AmountWording.text(tax, unit: .tenThousandYuan, language: .zh) == "18927.2万元")
    #expect(AmountWording.text(tax, unit: .tenThousandYuan, language: .en) == "18,927.2 10,000 yuan")
    #expect(AmountWording.text(tax, unit: million, language: .en) == "18,927.2 million yuan")
    #expect(AmountWording.text(tax, unit: .hundredMillionYuan, language: .en) == "18,927.2 100 million yuan")
    #expect(AmountWording.text(tax, unit: .tenThousandDollars, language: .en) == "18,927.2 10,000 US dollars")
    #expect(AmountWording.text(tax, unit: .percent, language: .en) == "18,927.2%")
    #expect(AmountWording.text(tax, unit: UnitParser.parse("吨"), language: .en) == "18,927.2 吨")
  }
}
