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
    let target = AnnualTarget(region: "r", indicator: "x", year: 2023, base: .level(150), stretch: nil)
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

  @Test("target value: a level as given, a growth target on last year's total, none without a tier")
  func targetValue() {
    let growth = AnnualTarget(
      region: "清溪镇", indicator: "税收收入", year: 2023, base: .growth(8), stretch: .growth(10))
    // T = A(y−1) × (1 + 8/100) = 100 × 1.08 = 108.
    #expect(abs((growth.value(lastYear: 100) ?? 0) - 108) < 1e-12)
    #expect(growth.value(lastYear: nil) == nil)
    let level = AnnualTarget(
      region: "清溪镇", indicator: "固定资产投资", year: 2023, base: .level(25), stretch: .level(26))
    #expect(level.value(lastYear: nil) == 25)
    let stretchOnly = AnnualTarget(region: "甲", indicator: "x", year: 2023, base: nil, stretch: .level(30))
    #expect(stretchOnly.value(lastYear: nil) == 30)
  }

}
