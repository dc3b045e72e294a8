import Testing

@testable import TongbiKit

/// Charts that fit every screen and say only what they can.
@Suite("Report charts: scaled to the page, one per thing to show, a limit for large panels")
struct ReportChartsTests {
  private let period = ReportPeriod(period: Period.month(6, of: 2024))

  private func figures(_ code: String, kind: ClauseKind = .amount) -> IndicatorFigures {
    IndicatorFigures(
      code: code, nameZh: code, unit: kind == .growthRate ? .percent : .tenThousandYuan, kind: kind,
      period: period,
      value: ReportAmount(value: 5, decimals: 1), growth: .value(5))
  }

  /// May and June of both years, with `growth` as the cumulative growth of each.
  private func history(growth: Double?) -> IndicatorHistory {
    let points = [5, 6].map {
      HistoryPoint(
        period: ReportPeriod(period: Period.month($0, of: 2024)), periodValue: 1, cumulativeGrowth: growth)
    }
    return IndicatorHistory(thisYear: points, lastYear: points)
  }

  @Test("a chart scales to its container: width 100%, its drawing in the view box")
  func responsive() {
    let document = ReportDocument(
      region: "甲", period: period, figures: [figures("tax")], histories: [history(growth: 5)])
    let svg = ReportCharts.charts(document, language: .zh)[0].svg
    #expect(svg.contains("width=\"100%\" viewBox=\"0 0 "))
    #expect(!svg.contains("height=\"") || svg.contains("height: auto"))
  }

  @Test("a growth rate has no growth chart of its own; a chart without a point is left out")
  func oneChartPerThing() {
    let document = ReportDocument(
      region: "甲", period: period,
      figures: [figures("iva", kind: .growthRate), figures("crude"), figures("tax")],
      histories: [history(growth: 6), history(growth: nil), history(growth: 5)])
    let titles = ReportCharts.charts(document, language: .zh).map(\.title)
    #expect(titles == ["iva当月值 (%)", "crude当月值 (万元)", "tax当月值 (万元)", "tax累计同比(%)"])
  }

  // A one-period report form: June this year, no month of last year (上年同期 is a comparable base, not
  // last year's month). One point shows no course: no chart.
  @Test("a chart of one point is left out")
  func onePoint() {
    let june = HistoryPoint(period: period, periodValue: 1, cumulativeGrowth: 5)
    let document = ReportDocument(
      region: "甲", period: period, figures: [figures("tax")],
      histories: [IndicatorHistory(thisYear: [june], lastYear: [])])
    #expect(ReportCharts.charts(document, language: .zh).isEmpty)
  }

  @Test("beyond twelve indicators the rest get a note, not charts")
  func limit() {
    let codes = (1...14).map { "i\($0)" }
    let document = ReportDocument(
      region: "甲", period: period, figures: codes.map { figures($0) },
      histories: codes.map { _ in history(growth: 5) })
    #expect(ReportCharts.charts(document, language: .zh).count == 24)
    #expect(ReportCharts.omittedNote(document, language: .zh) == "其余2个指标的图表从略，详见增长表。")
    let twelve = ReportDocument(
      region: "甲", period: period, figures: Array(document.figures.prefix(12)),
      histories: Array(document.histories.prefix(12)))
    #expect(ReportCharts.omittedNote(twelve, language: .zh) == nil)
  }
}
