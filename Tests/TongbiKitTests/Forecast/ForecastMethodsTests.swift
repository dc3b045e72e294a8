import Testing

@_spi(ByteLevel) @testable import ByteLevel
@testable import TongbiKit

@Suite("Forecast methods, metrics and series layout")
struct ForecastMethodsTests {
  @Test("sMAPE, MASE and coverage by hand")
  func metrics() {
    // sMAPE: 200·|100−110|/210 = 9.5238…, 200·|50−40|/90 = 22.222…; mean 15.873015873…
    #expect(abs(AccuracyMetrics.smape(actual: [100, 50], forecast: [110, 40]) - 15.873015873015873) < 1e-12)
    // Scale (m = 2): |3−1|, |4−2|, |6−3| → mean 7/3; errors 1 and 2 → mean 1.5; MASE = 1.5/(7/3) = 0.642857…
    let scale = AccuracyMetrics.maseScale(training: [1, 2, 3, 4, 6], m: 2)
    #expect(abs(scale - 7.0 / 3) < 1e-12)
    // A missing value drops the pairs it is in: |3−1| and |6−3| → 2.5.
    #expect(AccuracyMetrics.maseScale(training: [1, .nan, 3, 4, 6], m: 2) == 2.5)
    #expect(
      abs(AccuracyMetrics.mase(actual: [10, 20], forecast: [11, 18], scale: scale) - 0.6428571428571429)
        < 1e-12)
    #expect(AccuracyMetrics.coverage(actual: [1, 5, 9], lower: [0, 6, 8], upper: [2, 7, 10]) == 2.0 / 3)
  }

  @Test("a combined 1-2月 series runs on 11 periods: 1-2月 follows December, January never appears")
  func combinedCalendar() throws {
    let first = try #require(Period(year: 2022, month: 2))
    let series = MonthlySeries(
      firstPeriod: first, values: Array(repeating: 1, count: 12), combinedJanuary: true)
    #expect(series.seasonLength == 11)
    #expect(series.period(at: 10).description == "2022-12")
    #expect(series.period(at: 11).description == "2023-02")
    #expect(series.futurePeriods(2).map(\.description) == ["2023-03", "2023-04"])
    let calendar = series.calendarValues()
    #expect(calendar.count == 13 && calendar[11].isNaN && calendar[12] == 1)
  }

  @Test("trailing stretch: from the series' own last value back to the previous gap")
  func trailingStretch() throws {
    let first = try #require(Period(year: 2020, month: 1))
    let column: [Double] = [1, .nan, 2, 3, 4, .nan, .nan]
    let series = try #require(
      column.withUnsafeBufferPointer {
        MonthlySeries.trailing($0, firstPeriod: first, combinedJanuary: false)
      })
    #expect(series.values == [2, 3, 4])
    #expect(series.firstPeriod.description == "2020-03")
  }

  // Back from the last value (trailing gaps dropped), a stretch may begin at a value with at most one
  // period in six missing and no run of m: [1, NaN, 2, 3, 4] has 1 of 5 missing, over the share, so it
  // begins at 2; twelve values, one missing, five more: 1 of 18, the whole series; a run of 12 missing
  // ends it; a run of 11 is bridged once the stretch spans 66 periods (60 + 11 + 12 = 83 here).
  @Test("bridged series: short gaps kept as NaN, at most one period in six missing, a season's gap ends it")
  func bridgedStretch() throws {
    let first = try #require(Period(year: 2020, month: 1))
    func bridged(_ column: [Double], combined: Bool = false) throws -> MonthlySeries {
      try #require(
        column.withUnsafeBufferPointer {
          MonthlySeries.bridging($0, firstPeriod: first, combinedJanuary: combined)
        })
    }
    let short = try bridged([1, .nan, 2, 3, 4, .nan, .nan])
    #expect(short.values == [2, 3, 4] && short.firstPeriod.description == "2020-03")
    let ones = [Double](repeating: 1, count: 12)
    let whole = try bridged(ones + [.nan] + [2, 2, 2, 2, 2])
    #expect(whole.count == 18 && whole.observedCount == 17 && whole.values[12].isNaN)
    #expect(whole.firstPeriod == first)
    let cut = try bridged(ones + [Double](repeating: .nan, count: 12) + ones)
    #expect(cut.values == ones && cut.firstPeriod.description == "2022-01")
    let sixty = [Double](repeating: 1, count: 60)
    let eleven = try bridged(sixty + [Double](repeating: .nan, count: 11) + ones)
    #expect(eleven.count == 83 && eleven.observedCount == 72 && eleven.firstPeriod == first)
    // A combined 1-2月 series: Januaries are no periods, not missing ones (2020-01 and 2021-01 here).
    var combined = [Double](repeating: 3, count: 24)
    combined[0] = .nan
    combined[12] = .nan
    let eleventh = try bridged(combined, combined: true)
    #expect(eleventh.count == 22 && eleventh.observedCount == 22)
    // A missing 2020-06 inside a combined series is one missing period of 22; a run of 11 periods (2020-02
    // … 2020-12 of a combined series: a whole season) ends the series there.
    var june = combined
    june[5] = .nan
    let withJune = try bridged(june, combined: true)
    #expect(withJune.count == 22 && withJune.observedCount == 21 && withJune.values[4].isNaN)
    var season = [Double](repeating: .nan, count: 12) + [Double](repeating: 3, count: 24)
    season[0] = 1
    let afterSeason = try bridged(season, combined: true)
    #expect(afterSeason.firstPeriod.description == "2021-02" && afterSeason.observedCount == 22)
    #expect(
      [Double](repeating: .nan, count: 3).withUnsafeBufferPointer {
        MonthlySeries.bridging($0, firstPeriod: first, combinedJanuary: false)
      } == nil)
  }

  // Values before the last gap-free stretch: how many, which monthly value is unknown and where the
  // series starts, with 1-2月 labelled as such (2021-02 is the combined period of a combined series).
  @Test("the note on values a missing month leaves out")
  func leftOutNote() throws {
    let first = try #require(Period(year: 2020, month: 1))
    var column = [Double](repeating: 5, count: 30)
    column[13] = .nan
    let series = try #require(
      column.withUnsafeBufferPointer { MonthlySeries.trailing($0, firstPeriod: first, combinedJanuary: true) }
    )
    // Rows 0 (2020-01) and 12 (2021-01) are Januaries, never published: 11 earlier values, 2020-02 … 2020-12.
    column[0] = .nan
    column[12] = .nan
    #expect(
      ForecastSubject.leftOut(before: series, in: column, firstPeriod: first)
        == "11 earlier values left out: the monthly value of 2021-01/02 is unknown; the series is modelled "
        + "from 2021-03")
    var one = [Double](repeating: 5, count: 6)
    one[1] = .nan
    let tail = try #require(
      one.withUnsafeBufferPointer { MonthlySeries.trailing($0, firstPeriod: first, combinedJanuary: false) })
    #expect(
      ForecastSubject.leftOut(before: tail, in: one, firstPeriod: first)
        == "1 earlier value left out: the monthly value of 2020-02 is unknown; the series is modelled from "
        + "2020-03")
    #expect(ForecastSubject.leftOut(before: tail, in: Array(one[2...]), firstPeriod: first + 2) == nil)
  }

  @Test("a series too short for ETS falls back and says so; two values still give a naive forecast")
  func fallback() throws {
    let forecaster = Forecaster(levels: [0.8])
    let first = try #require(Period(year: 2024, month: 1))
    let short = MonthlySeries(firstPeriod: first, values: [5, 6, 7], combinedJanuary: false)
    let result = try #require(forecaster.forecast(short, horizon: 3, method: .ets))
    #expect(result.method == "naive")
    #expect(result.note?.contains("ets could not be fitted to these 3 values (too few") == true)
    #expect(result.path.mean == [7, 7, 7])
    let one = MonthlySeries(firstPeriod: first, values: [5], combinedJanuary: false)
    #expect(forecaster.forecast(one, horizon: 3, method: .auto) == nil)
  }

  @Test("seasonal naive, drift and naive by hand")
  func randomWalks() throws {
    // y = 1, 2, 4, 7 (m = 2): seasonal naive repeats 4, 7; differences at lag 2: 3, 5 → σ = √17.
    let y: [Double] = [1, 2, 4, 7]
    let snaive = try #require(RandomWalkForecasts.seasonalNaive(y, m: 2, horizon: 3, levels: [0.95]))
    #expect(snaive.mean == [4, 7, 4])
    let z = NormalDistribution.quantile(0.975)
    #expect(abs(snaive.intervals[0].upper[2] - (4 + z * 17.0.squareRoot() * 2.0.squareRoot())) < 1e-12)
    // Drift b = (7 − 1)/3 = 2: 9, 11.
    let drift = try #require(RandomWalkForecasts.drift(y, horizon: 2, levels: [0.8]))
    #expect(drift.mean == [9, 11])
  }

  @Test("80% and 95% analytic ETS(A,N,N) intervals cover about 80% and 95% of simulated futures")
  func coverageBySimulation() throws {
    // Simulate 400 series from a local level model (α = 0.3, σ = 1), fit ETS(A,N,N) on 60 values,
    // check the next value against the 1-step intervals. Binomial s.e. of 400 draws at 0.8 is 0.02.
    var random = RandomSource(seed: 42)
    let estimator = ETSEstimator(seasonLength: 1)
    let model = try #require(ETSModel(code: "ANN"))
    var inside80 = 0
    var inside95 = 0
    let trials = 400
    for _ in 0..<trials {
      var level = 100.0
      var y: [Double] = []
      for _ in 0..<61 {
        let e = random.nextNormal()
        y.append(level + e)
        level += 0.3 * e
      }
      let fit = try #require(estimator.fit(Array(y.prefix(60)), model: model))
      let path = fit.forecast(horizon: 1, levels: [0.8, 0.95])
      if y[60] >= path.intervals[0].lower[0] && y[60] <= path.intervals[0].upper[0] { inside80 += 1 }
      if y[60] >= path.intervals[1].lower[0] && y[60] <= path.intervals[1].upper[0] { inside95 += 1 }
    }
    #expect(abs(Double(inside80) / Double(trials) - 0.8) < 0.06)
    #expect(abs(Double(inside95) / Double(trials) - 0.95) < 0.04)
  }
}
