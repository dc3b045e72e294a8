import Testing

@testable import TongbiKit

/// The heuristic initial states against R's `initstate` (forecast 8.20,
/// Fixtures/Forecast/ets_initstate_reference.R): classical decomposition of the whole series when
/// n ≥ 3m, trend plus first-harmonic regression when m < n < 3m (the first 30 values of a series).
@Suite("ETS initial states against R's initstate")
struct ETSInitialStatesTests {
  @Test(
    "level, trend and seasonal states agree with R",
    arguments: ["airpassengers", "usaccdeaths", "airpassengers30", "usaccdeaths30"])
  func initialStates(name: String) throws {
    let reference = try forecastFixture("ets_initstate_reference.txt")
    let id = name.hasPrefix("airpassengers") ? "datasets::AirPassengers" : "datasets::USAccDeaths"
    var y = try sharedSeries("monthly-series/r-datasets-monthly.csv", id: id)
    if name.hasSuffix("30") { y = Array(y.prefix(30)) }
    for code in ["ANA", "AAA", "MNM", "MAM"] {
      let model = try #require(ETSModel(code: code))
      let key = "\(name).\(code.dropFirst())"
      let expected = try #require(reference[key], "\(key) missing")
      let initial = try #require(ETSInitialStates.estimate(y, model: model, m: 12), "\(key)")
      // R lists s at positions m − 1, m − 2, …, 1 of the cycle; ours are by position, 0 implied.
      expectClose(
        [initial.level, initial.trend] + initial.seasonal.dropFirst(),
        Array(expected.prefix(2)) + expected.dropFirst(2).reversed(), relative: 1e-9, absolute: 1e-9, key)
    }
  }

  @Test(
    "below 3m values the fast fit estimates the seasonal states: its likelihood reaches R's",
    arguments: ["airpassengers30", "usaccdeaths30"])
  func shortSeriesEstimation(name: String) throws {
    let reference = try forecastFixture("ets_initstate_reference.txt")
    let id = name.hasPrefix("airpassengers") ? "datasets::AirPassengers" : "datasets::USAccDeaths"
    let y = Array(try sharedSeries("monthly-series/r-datasets-monthly.csv", id: id).prefix(30))
    let estimator = ETSEstimator(seasonLength: 12, options: .fast)
    for code in ["ANA", "AAA", "MNM", "MAM"] {
      let model = try #require(ETSModel(code: code))
      let fit = try #require(estimator.fit(y, model: model), "\(name) \(code)")
      let loglik = try #require(reference["\(name).\(code).loglik"]?.first)
      #expect(-0.5 * fit.criterion >= loglik - 1, "\(name) \(code): \(-0.5 * fit.criterion) vs R \(loglik)")
    }
  }

  @Test("seasonal models apply to series longer than one year, as in R")
  func shortSeasonalSeries() throws {
    let y = try sharedSeries("monthly-series/r-datasets-monthly.csv", id: "datasets::AirPassengers")
    let estimator = ETSEstimator(seasonLength: 12, options: .fast)
    let model = try #require(ETSModel(code: "MNM"))
    #expect(estimator.fit(Array(y.prefix(30)), model: model) != nil)
    #expect(estimator.fit(Array(y.prefix(12)), model: model) == nil)
    let fit = try #require(AutoETS.combination(Array(y.prefix(30)), estimator: estimator)).leader
    #expect(fit.model.hasSeason, "AirPassengers' first 30 values: \(fit.model)")
  }
}
