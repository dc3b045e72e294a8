import Testing

@testable import TongbiKit

@Suite("Growth: levels against published rates")
struct PublishedComparisonTests {
  /// 2013年1-2月 37809.8 against 2012年1-2月 33668.6: (37809.8 − 33668.6) / 33668.6 = 12.30%; the
  /// published 12.3%. 2013年3月 17641.2 against 15650.2: 12.72%, published 12.6% (gap 0.12 points).
  @Test("retail sales: computed 同比 beside the official rate, with the gap")
  func retail() throws {
    let result = try ingest(datasetPath("public/china-retail-sales-2012-2018.csv"))
    let comparison = PublishedRateComparison(panel: result.panel)
    let rows = comparison.rows.filter { $0.indicator == "社会消费品零售总额" }
    #expect(rows.count == 70)
    let combined = try #require(rows.first { $0.period == month(2013, 2) })
    #expect(combined.combined)
    let computed = try #require(combined.computed.number)
    let combinedExpected: Double = (37809.8 - 33668.6) / 33668.6 * 100
    #expect(abs(computed - combinedExpected) < 1e-9)
    #expect(combined.published == 12.3)
    let march = try #require(rows.first { $0.period == month(2013, 3) })
    let gap = try #require(march.gap.number)
    let expected: Double = (17641.2 - 15650.2) / 15650.2 * 100 - 12.6
    #expect(abs(gap - expected) < 1e-9)
    #expect(rows.first?.computed == .undefined(.noBase))
  }
}
