import Foundation
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

  // Four and a half years (2019-01 … 2023-06) of a seasonal flow, month j of year 2019 + k worth
  // (10 + j) · (1 + 0.05k): the model applies (three full years before 2023), so the projection is the
  // combination, the mean of the seasonal share and the model; with two and a half years (`forms()`) it
  // applies nowhere and the backtest's choice stands.
  @Test("the combination of seasonal share and model where both apply; the backtest's choice elsewhere")
  func combination() throws {
    let (longForms, first) = try seasonalGrowing()
    let period = try #require(Period(year: 2023, month: 6))
    let projection = try #require(
      YearProjector(simulations: 200).project(
        region: "r", indicator: "x", forms: longForms, firstPeriod: first, combined: false, period: period,
        target: nil))
    let share = try #require(projection.estimates[.seasonalShare])
    let model = try #require(projection.estimates[.model])
    #expect(projection.method == .combination)
    #expect(projection.estimates[.combination] == (share + model) / 2)
    #expect(projection.projection == (share + model) / 2)
    // On a series this regular the model is close to the outcome too, so the combination is.
    #expect(abs((projection.projection ?? 0) - 237.6) < 1, "\(model)")
    // The seasonal share by hand: C(y,6) = 1.2 · (11 + … + 16) = 1.2 · 81 = 97.2; each past year's share
    // C(y−k,6)/A(y−k) = 81/198 (A = 11 + … + 22 = 198 before the factor) → 97.2 · 198/81 = 237.6 =
    // A(2023) = 1.2 · 198.
    #expect(abs(share - 237.6) < 1e-9)
    // The combination's own backtest error is reported beside the single methods'.
    #expect(projection.backtestErrors[.combination] != nil)
    #expect(projection.interval != nil)

    let (short, shortFirst) = try forms()
    let fallback = try #require(
      YearProjector(backtestYears: 2, simulations: 0).project(
        region: "r", indicator: "x", forms: short, firstPeriod: shortFirst, combined: false, period: period,
        target: nil))
    #expect(fallback.estimates[.model] == nil && fallback.estimates[.combination] == nil)
    #expect(fallback.method == .lastYearPattern || fallback.method == .seasonalShare)
  }

  /// 2019-01 … 2023-06 of a seasonal, growing series of `kind`: month j of year 2019 + k worth
  /// (10 + j) · (1 + 0.05k). Given as those monthly values, or, with `redacted`, as the cumulative values
  /// C(y,m) with those rows unknown.
  private func seasonalGrowing(kind: IndicatorKind = .flow, redacted: Set<Int>? = nil) throws -> (
    SeriesForms, Period
  ) {
    let first = try #require(Period(year: 2019, month: 1))
    var monthly: [Double] = []
    var cumulative: [Double] = []
    for k in 0..<5 {
      var sum = 0.0
      for month in 1...12 where !(k == 4 && month > 6) {
        let value = Double(10 + month) * (1 + 0.05 * Double(k))
        sum += value
        monthly.append(value)
        cumulative.append(redacted?.contains(cumulative.count) == true ? .nan : sum)
      }
    }
    let indicator = Indicator(
      code: "x", nameZh: "x", unit: .tenThousandYuan, kind: kind, publication: .monthly, allowsNegative: false
    )
    let forms =
      redacted == nil
      ? monthly.withUnsafeBufferPointer {
        SeriesForms(monthlyColumn: $0, cumulativeColumn: nil, indicator: indicator, firstPeriod: first)
      }
      : cumulative.withUnsafeBufferPointer {
        SeriesForms(monthlyColumn: nil, cumulativeColumn: $0, indicator: indicator, firstPeriod: first)
      }
    return (forms, first)
  }

  /// The projection of 2023 from 1-6月 of `seasonalGrowing` with the cumulative rows `redacted` unknown.
  private func juneProjection(redacted: Set<Int>) throws -> YearProjection {
    let (forms, first) = try seasonalGrowing(redacted: redacted)
    for row in redacted { #expect(forms.monthly[row].isNaN && forms.monthly[row + 1].isNaN) }
    let june = try #require(Period(year: 2023, month: 6))
    return try #require(
      YearProjector(simulations: 200).project(
        region: "r", indicator: "x", forms: forms, firstPeriod: first, combined: false, period: june,
        target: nil))
  }

  // C(2023,5) redacted: May and June 2023 have no monthly value, so the monthly series ends in April. The
  // model must add the forecasts of July-December to C(2023,6) = 97.2 — A(2023) = 1.2 · 198 = 237.6 — not
  // those of the six months after April (May-October: 1.2 · (15 + … + 20) = 126 instead of
  // 1.2 · (17 + … + 22) = 140.4, 14.4 short).
  @Test(
    "a redacted month just before (y, m): the model adds the months after m, not the months after the gap")
  func gapBeforeTheMonth() throws {
    #expect(try !seasonalGrowing(redacted: [52]).0.cumulative[53].isNaN)
    let projection = try juneProjection(redacted: [52])
    let model = try #require(projection.estimates[.model])
    #expect(abs(model - 237.6) < 2, "\(model)")
  }

  // C(2022,5) redacted: May and June 2022 have no monthly value. Bridged, the series still spans the four
  // and a half years before 2023-06 (52 of 54 months observed), so the model applies: C(2023,6) = 97.2 plus
  // the forecasts of July-December, 1.2 · (17 + … + 22) = 140.4, is A(2023) = 237.6; and so do the
  // combination and its interval. Started after the gap, the series would hold 12 months: no model.
  @Test("a redacted month a year back is bridged: the model, the combination and an interval")
  func gapInsideTheHistory() throws {
    let projection = try juneProjection(redacted: [40])
    let model = try #require(projection.estimates[.model])
    #expect(abs(model - 237.6) < 2, "\(model)")
    #expect(projection.method == .combination && !projection.shortHistory)
    let interval = try #require(projection.interval)
    #expect(interval.lower < 237.6 && 237.6 < interval.upper, "\(interval)")
  }

  // An average (1-N月平均): the same months as a mean. C(2023,6) = 97.2 / 6 = 16.2 and A(2023) = 237.6 / 12
  // = 19.8: the model is (6 · 16.2 + forecasts of July-December) / 12 ≈ (97.2 + 140.4) / 12 = 19.8, not
  // 16.2 + 140.4.
  @Test("an average indicator's model projection is the mean of the twelve months")
  func average() throws {
    let (forms, first) = try seasonalGrowing(kind: .average)
    #expect(abs(forms.cumulative[53] - 16.2) < 1e-9)
    let june = try #require(Period(year: 2023, month: 6))
    let projection = try #require(
      YearProjector(simulations: 200).project(
        region: "r", indicator: "x", forms: forms, firstPeriod: first, combined: false, average: true,
        period: june, target: nil))
    let model = try #require(projection.estimates[.model])
    #expect(abs(model - 19.8) < 0.2, "\(model)")
    // The seasonal share: C(y−k,6)/A(y−k) = (81/6)/(198/12) → 16.2 · (198/12)/(81/6) = 19.8.
    #expect(abs((projection.estimates[.seasonalShare] ?? 0) - 19.8) < 1e-9)
    let interval = try #require(projection.interval)
    #expect(interval.lower < 19.8 && 19.8 < interval.upper)
  }

  /// Two years and m months of a noisy seasonal flow from 2021-01: month j of year 2021 + k is worth
  /// (10 + j)(1 + 0.05k)(1 + 0.03 sin 7t), t the month's index.
  private func twoYears(through month: Int) throws -> (SeriesForms, [Double]) {
    let first = try #require(Period(year: 2021, month: 1))
    var monthly: [Double] = []
    for k in 0..<3 {
      for j in 1...12 where k < 2 || j <= month {
        let t = Double(monthly.count)
        monthly.append(Double(10 + j) * (1 + 0.05 * Double(k)) * (1 + 0.03 * sin(7 * t)))
      }
    }
    let indicator = Indicator(
      code: "x", nameZh: "x", unit: .tenThousandYuan, kind: .flow, publication: .monthly,
      allowsNegative: false)
    let forms = monthly.withUnsafeBufferPointer {
      SeriesForms(
        monthlyColumn: $0, cumulativeColumn: nil, indicator: indicator,
        firstPeriod: first)
    }
    return (forms, monthly)
  }

  // With two to three years of history the 80% interval is the type-7 quantiles of the totals
  // C + Σ (the ETS combination's 12 − m simulated months), moved onto the projection and widened
  // 1.25 · shortHistorySpreads[m − 1] times around it (never below C): rebuilt here from those parts.
  @Test("short history: the model's paths widened by the month's factor", arguments: [1, 6])
  func shortHistoryWidening(month: Int) throws {
    let (forms, monthly) = try twoYears(through: month)
    let paths = 400
    let first = try #require(Period(year: 2021, month: 1))
    let period = try #require(Period(year: 2023, month: month))
    let projection = try #require(
      YearProjector(simulations: paths).project(
        region: "r", indicator: "x", forms: forms, firstPeriod: first, combined: false, average: false,
        period: period, target: nil))
    #expect(projection.shortHistory)
    let centre = try #require(projection.projection)
    let interval = try #require(projection.interval)
    let combination = try #require(
      AutoETS.combination(monthly, estimator: ETSEstimator(seasonLength: 12, options: .fast)))
    let ytd = monthly.suffix(month).reduce(0, +)
    let simulated = combination.simulate(horizon: 12 - month, paths: paths, seed: 7)
    let totals = (0..<paths).map { path in ytd + simulated.column(path).reduce(0, +) }
    let mean = totals.reduce(0, +) / Double(paths)
    let widening = 1.25 * YearProjector.shortHistorySpreads[month - 1]
    let widened = totals.map { max(ytd, centre + widening * ($0 - mean)) }.sorted()
    let expected = (
      SimulatedQuantiles.quantile(sorted: widened, 0.1), SimulatedQuantiles.quantile(sorted: widened, 0.9)
    )
    #expect(abs(interval.lower - expected.0) <= 1e-9 * centre, "\(interval) against \(expected)")
    #expect(abs(interval.upper - expected.1) <= 1e-9 * centre, "\(interval) against \(expected)")
  }
}
