import LinearAlgebra
import Testing

@testable import TongbiKit

/// Against numpy.linalg.lstsq and scipy.stats.t (Fixtures/Forecast/trend_regression_reference.py).
@Suite("Trend regression against numpy")
struct TrendRegressionTests {
  private func check(_ fit: TrendRegressionFit, series: Int, name: String, used: [Int]) throws {
    let reference = try forecastFixture("trend_regression_reference.txt")
    let coefficients = used.map { fit.coefficients[$0, series] }
    expectClose(
      coefficients, reference["\(name).coefficients"] ?? [], relative: 1e-9, absolute: 1e-8, "coefficients")
    expectClose([fit.residualVariance[series]], reference["\(name).sigma2"] ?? [], relative: 1e-9, "σ²")
    let path = try #require(fit.forecast(series: series, horizon: 14, levels: [0.8, 0.95]))
    expectClose(path.mean, reference["\(name).mean"] ?? [], relative: 1e-9, "mean")
    expectClose(path.intervals[0].lower, reference["\(name).lower_80"] ?? [], relative: 1e-9, "lower 80")
    expectClose(path.intervals[1].upper, reference["\(name).upper_95"] ?? [], relative: 1e-9, "upper 95")
  }

  @Test("AirPassengers: 13 coefficients, σ², forecasts and t intervals")
  func airPassengers() throws {
    let y = try sharedSeries("monthly-series/r-datasets-monthly.csv", id: "datasets::AirPassengers")
    let fit = TrendRegression.fit(
      Matrix(rows: y.count, columns: 1, storage: y), firstPeriod: try #require(Period(year: 1949, month: 1)))
    try check(fit, series: 0, name: "airpassengers", used: Array(0...12))
  }

  @Test("1-2月 combined retail sales: February is the base, January forecasts are NaN")
  func combinedRetail() throws {
    let y = try retailSales()
    let fit = TrendRegression.fit(
      Matrix(rows: y.count, columns: 1, storage: y), firstPeriod: try #require(Period(year: 2012, month: 1)))
    try check(fit, series: 0, name: "retail", used: [0, 1] + Array(3...12))
    #expect(fit.coefficients[2, 0] == 0)
  }

  @Test("a batch with a gap and a missing pattern solves each series as alone, to the bit")
  func batchMatchesSingle() throws {
    let air = try sharedSeries("monthly-series/r-datasets-monthly.csv", id: "datasets::AirPassengers")
    let first = try #require(Period(year: 1949, month: 1))
    var gapped = air.map { $0 * 2 + 1 }
    gapped[40] = .nan
    gapped[41] = .nan
    let allMissing = [Double](repeating: .nan, count: air.count)
    let short = [Double](repeating: .nan, count: air.count - 10) + Array(air[0..<10])
    let columns = [air, gapped, air.map { $0 * 3 }, allMissing, short]
    let panel = Matrix(rows: air.count, columns: columns.count, storage: columns.flatMap { $0 })
    let batch = TrendRegression.fit(panel, firstPeriod: first)
    for (index, column) in [0, 1, 2].enumerated() {
      let single = TrendRegression.fit(
        Matrix(rows: air.count, columns: 1, storage: columns[column]), firstPeriod: first)
      // Identical, not merely close: a split panel must give the same forecasts (sharding invariance).
      #expect(
        (0..<13).map { batch.coefficients[$0, column] } == (0..<13).map { single.coefficients[$0, 0] },
        "series \(index)")
      #expect(batch.residualVariance[column] == single.residualVariance[0], "σ² of series \(index)")
    }
    // Tripling y triples β̂ (OLS is linear in y).
    expectClose(
      (0..<13).map { batch.coefficients[$0, 2] }, (0..<13).map { 3 * batch.coefficients[$0, 0] },
      relative: 1e-10, absolute: 1e-9, "3y")
    #expect(batch.forecast(series: 3, horizon: 2, levels: [0.8]) == nil)
    // 10 observations cannot fit 13 regressors + 1 degree of freedom.
    #expect(batch.forecast(series: 4, horizon: 2, levels: [0.8]) == nil)
  }

  @Test("Student t and normal quantiles")
  func quantiles() {
    // scipy.stats.t.ppf(0.975, 5) = 2.5705818356363146, t.ppf(0.9, 131) = 1.2879727826..., norm.ppf(0.975) = 1.959963984540054
    #expect(abs(StudentT.quantile(0.975, degreesOfFreedom: 5) - 2.5705818356363146) < 1e-9)
    #expect(abs(StudentT.quantile(0.025, degreesOfFreedom: 1) + 12.706204736174705) < 1e-7)
    #expect(abs(NormalDistribution.quantile(0.975) - 1.959963984540054) < 1e-12)
  }
}
