import Testing

@testable import TongbiKit

@Suite("Full-year projection")
struct YearProjectionTests {
  /// Three years of cumulative values of a flow published monthly from January, 2021-01 … 2023-06:
  /// every month of 2021 is 10, of 2022 is 11, and 2023 runs at 12.
  private func forms() throws -> (SeriesForms, Period) {
    let first = try #require(Period(year: 2021, month: 1))
    var monthly: [Double] = []
    for year in 0..<3 {
      for month in 0..<12 where !(year == 2 && month >= 6) { monthly.append(Double(10 + year)) }
    }
    let indicator = Indicator(
      code: "x", nameZh: "x", unit: .tenThousandYuan, kind: .flow, publication: .monthly,
      allowsNegative: false)
    let forms = monthly.withUnsafeBufferPointer {
      SeriesForms(monthlyColumn: $0, cumulativeColumn: nil, indicator: indicator, firstPeriod: first)
    }
    return (forms, first)
  }

  @Test("last-year pattern, seasonal share, implied growth, growth needed and target met")
  func formulas() throws {
    let (forms, first) = try forms()
    let period = try #require(Period(year: 2023, month: 6))
    let target = AnnualTarget(region: "r", indicator: "x", year: 2023, level: 150, growth: nil)
    let projection = try #require(
      YearProjector(backtestYears: 2, simulations: 200).project(
        region: "r", indicator: "x", forms: forms, firstPeriod: first, combined: false, period: period,
        target: target))
    // C(2023,6) = 72; A(2022) = 132, C(2022,6) = 66 → last-year pattern 132·72/66 = 144.
    #expect(projection.yearToDate == 72)
    #expect(abs((projection.estimates[.lastYearPattern] ?? 0) - 144) < 1e-9)
    // Shares C(y−k,6)/A(y−k) = 0.5 for 2022 and 2021 → 72/0.5 = 144.
    #expect(abs((projection.estimates[.seasonalShare] ?? 0) - 144) < 1e-9)
    // Growth needed: (150 − 72)/(132 − 66) − 1 = 78/66 − 1 = 0.181818…
    #expect(abs((projection.growthNeeded ?? 0) - 0.18181818181818182) < 1e-12)
    #expect(!projection.targetAlreadyMet)
    // The backtest can use 2022 only (2021 has no 2020 for the last-year pattern).
    #expect(projection.backtestYears == [2022])
  }

  @Test("targets file: a level or a growth, first tier only")
  func targets() {
    let text = "地区,指标,年度,目标值,目标增速(%),力争目标值,力争目标增速(%)\n清溪镇,税收收入,2023,,8,,10\n清溪镇,固定资产投资,2023,25.0,,26.0,\n"
    let parsed = TargetsFile.parse(text)
    #expect(parsed.count == 2)
    #expect(parsed[0].growth == 0.08 && parsed[0].level == nil)
    #expect(parsed[0].value(lastYear: 100) == 108)
    #expect(parsed[1].level == 25)
  }
}
