import Testing

@testable import TongbiKit

@Suite("Publication calendar: the one owner of the 1-2月 rule")
struct PublicationCalendarTests {
  private let combined = PublicationCalendar(januaryWithFebruary: true)
  private let alone = PublicationCalendar(januaryWithFebruary: false)

  @Test("a 1-2月 series publishes no January, has no month of its own before March and no 环比 before April")
  func months() {
    #expect((1...12).filter { combined.isPublished(month: $0) } == Array(2...12))
    #expect((1...12).filter { alone.isPublished(month: $0) } == Array(1...12))
    #expect((1...12).filter { !combined.hasOwnMonth($0) } == [1, 2])
    #expect((1...12).filter { !combined.hasMonthOnMonth($0) } == [1, 2, 3])
    #expect((1...12).filter { combined.isCombinedPeriod(month: $0) } == [2])
    #expect((1...12).allSatisfy { alone.hasOwnMonth($0) && alone.hasMonthOnMonth($0) })
  }

  @Test("the previous published period: 1-2月 follows last December, 1-3月 follows 1-2月")
  func previous() {
    #expect(combined.previousPublished(before: Period.month(2, of: 2024)) == Period.month(12, of: 2023))
    #expect(combined.previousPublished(before: Period.month(3, of: 2024)) == Period.month(2, of: 2024))
    #expect(alone.previousPublished(before: Period.month(2, of: 2024)) == Period.month(1, of: 2024))
    #expect(alone.previousPublished(before: Period.month(1, of: 2024)) == Period.month(12, of: 2023))
    let june = ReportPeriod(period: Period.month(6, of: 2024), januaryWithFebruary: true)
    #expect(june.previousPublished.period == Period.month(5, of: 2024))
  }

  // Datasets/public/china-retail-sales-2012-2018.csv publishes 同比增长(%) beside each level:
  // 2015年5月 10.1, 2015年6月 10.6 → the rate itself is the headline, its change +0.5 points;
  // 2012年1-2月 14.7, 2012年3月 15.2 → March against 1-2月, +0.5.
  @Test("a published growth rate is its own headline; its change is against the previous published period")
  func publishedRateHeadline() throws {
    let panel = try ingest(datasetPath("public/china-retail-sales-2012-2018.csv")).panel
    let code = try #require(
      panel.indicatorOrder.first { panel.indicators[$0]?.nameZh == "社会消费品零售总额同比增长" })
    let indicator = try #require(panel.indicators[code])
    #expect(indicator.isGrowthRate)
    let table = try GrowthTable(panel: panel, indicators: [code])
    var growth = SeriesGrowth(firstPeriod: panel.firstPeriod)
    #expect(table.compute(series: 0, into: &growth))
    let june = try #require(panel.row(of: Period.month(6, of: 2015)))
    #expect(growth.headlineValue(row: june) == .value(10.6))
    #expect(growth.value(.changeOfGrowth, row: june).number.map { abs($0 - 0.5) < 1e-9 } == true)
    let march = try #require(panel.row(of: Period.month(3, of: 2012)))
    #expect(growth.value(.changeOfGrowth, row: march).number.map { abs($0 - 0.5) < 1e-9 } == true)
    #expect(growth.headlineValue(row: march - 2) == .undefined(.combinedPeriod))
  }
}
