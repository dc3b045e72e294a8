import Foundation
import Testing

@testable import TongbiKit

/// Akaike-weighted ETS on hand-made fits whose weights, forecasts and mixture quantiles are worked out
/// independently (by hand, or with scipy as noted).
@Suite("ETS combined by Akaike weights")
struct ETSCombinationTests {
  /// A fitted ETS(A,N,N) with final level `level`, residual variance `sigma2`, and criterion
  /// `criterion` (n = 100, k = 3, so AICc = criterion + 6 + 24/96 and the AICc differences are those of
  /// the criteria).
  func localLevel(level: Double, sigma2: Double, criterion: Double) throws -> ETSFit {
    ETSFit(
      model: try #require(ETSModel(code: "ANN")),
      parameters: ETSParameters(alpha: 0.5, beta: 0, gamma: 0, phi: 1, level: level, trend: 0, seasonal: []),
      seasonLength: 1, length: 100, observationCount: 100, parameterCount: 3, criterion: criterion,
      sigma2: sigma2,
      finalLevel: level, finalTrend: 0, finalSeasonal: [])
  }

  /// Local levels 10 (σ² = 1) and 20 (σ² = 4) with criteria 50 and 52: weights 1/(1 + e⁻¹) = 0.731059
  /// and e⁻¹/(1 + e⁻¹) = 0.268941.
  func twoLevels() throws -> ETSCombination {
    try #require(
      ETSCombination(fits: [
        try localLevel(level: 10, sigma2: 1, criterion: 50),
        try localLevel(level: 20, sigma2: 4, criterion: 52),
      ]))
  }

  @Test("weights exp(−Δ/2) normalized, under 1% left out, forecasts Σ wᵢŷᵢ")
  func weights() throws {
    // AICc differences 0, 2, 10: raw weights 1, e⁻¹ = 0.367879, e⁻⁵ = 0.006738, shares 0.727475,
    // 0.267623, 0.004902. The third is under 1% and left out: renormalized 1/(1 + e⁻¹) = 0.731059 and
    // e⁻¹/(1 + e⁻¹) = 0.268941. Forecast 0.731059 · 10 + 0.268941 · 20 = 12.689414.
    let fits = [
      try localLevel(level: 30, sigma2: 1, criterion: 60),
      try localLevel(level: 20, sigma2: 4, criterion: 52),
      try localLevel(level: 10, sigma2: 1, criterion: 50),
    ]
    let combination = try #require(ETSCombination(fits: fits))
    #expect(combination.members.map(\.finalLevel) == [10, 20])
    expectClose(combination.weights, [0.7310585786, 0.2689414214], relative: 1e-9, "weights")
    expectClose(
      combination.pointForecasts(horizon: 3), [12.6894142137, 12.6894142137, 12.6894142137],
      relative: 1e-9, "forecasts")
    #expect(combination.description == "ETS(A,N,N) 0.73 + ETS(A,N,N) 0.27")
    #expect(ETSCombination(fits: []) == nil)
    // 150 fits of equal AICc: each would weigh 1/150, under 1%; the first of the smallest is kept alone.
    let tied = try (0..<150).map { try localLevel(level: Double($0), sigma2: 1, criterion: 50) }
    let alone = try #require(ETSCombination(fits: tied))
    #expect(alone.members.map(\.finalLevel) == [0] && alone.weights == [1])
  }

  @Test("one member: its own forecast and intervals, its own name")
  func single() throws {
    let fit = try localLevel(level: 10, sigma2: 4, criterion: 50)
    let combination = try #require(
      ETSCombination(fits: [fit, try localLevel(level: 5, sigma2: 1, criterion: 70)]))
    #expect(combination.members.count == 1 && combination.weights == [1])
    #expect(combination.description == "ETS(A,N,N)")
    #expect(
      combination.forecast(horizon: 4, levels: [0.8, 0.95]) == fit.forecast(horizon: 4, levels: [0.8, 0.95]))
  }

  @Test("replacingLeader: the new fit takes the leader's place and weight, the others stay")
  func replacingLeader() throws {
    // Weights 0.731059 and 0.268941 (`twoLevels`); the replacement, level 40, keeps 0.731059: forecast
    // 0.731059 · 40 + 0.268941 · 20 = 34.621172.
    let replaced = try twoLevels().replacingLeader(with: try localLevel(level: 40, sigma2: 1, criterion: 45))
    #expect(replaced.members.map(\.finalLevel) == [40, 20])
    expectClose(replaced.weights, [0.7310585786, 0.2689414214], relative: 1e-9, "weights")
    expectClose(replaced.pointForecasts(horizon: 1), [34.6211715732], relative: 1e-9, "forecast")
  }

  @Test("paths shared by largest remainders")
  func shares() {
    // 0.731059 · 2000 = 1462.117, 0.268941 · 2000 = 537.883: 1462 and 537, the last path to the larger
    // remainder (0.883). Thirds of 10: 3.33 each, the spare path to the first.
    #expect(ETSCombination.shares([0.7310585786, 0.2689414214], of: 2000) == [1462, 538])
    #expect(ETSCombination.shares([1.0 / 3, 1.0 / 3, 1.0 / 3], of: 10) == [4, 3, 3])
    #expect(ETSCombination.shares([0.5, 0.5], of: 0) == [0, 0])
  }

  @Test("intervals are the mixture's quantiles")
  func mixtureQuantiles() throws {
    // One step ahead the members are N(10, 1) and N(20, 2²), weighted 0.731059 and 0.268941 (as above).
    // The mixture's quantiles, by scipy (brentq on w₁Φ((x−10)/1) + w₂Φ((x−20)/2) − p):
    // 2.5%: 8.177598, 10%: 8.905135, 90%: 20.654030, 97.5%: 22.645527. With 200,000 paths the
    // simulated quantiles' standard errors are about 0.004 (10%) to 0.02 (97.5%).
    let combination = try twoLevels()
    let path = combination.forecast(horizon: 1, levels: [0.8, 0.95], simulations: 200_000)
    #expect(abs(path.intervals[0].lower[0] - 8.905135) < 0.02)
    #expect(abs(path.intervals[0].upper[0] - 20.654030) < 0.06)
    #expect(abs(path.intervals[1].lower[0] - 8.177598) < 0.05)
    #expect(abs(path.intervals[1].upper[0] - 22.645527) < 0.1)
    #expect(combination.forecast(horizon: 1, levels: []).intervals.isEmpty)
  }

  @Test("refitted: the same models and weights on other data")
  func refitted() throws {
    let y = try sharedSeries("monthly-series/m1-monthly-train.csv", id: "MRM2")
    let estimator = ETSEstimator(seasonLength: 12, options: .fast)
    let combination = try #require(AutoETS.combination(y, estimator: estimator))
    let training = Array(y.dropLast(12))
    let refitted = try #require(combination.refitted(to: training, estimator: estimator))
    #expect(refitted.members.map(\.model) == combination.members.map(\.model))
    #expect(refitted.members.allSatisfy { $0.observationCount == training.count })
    // Refitting to too little data for any model gives nothing rather than an empty combination.
    #expect(combination.refitted(to: Array(y.prefix(3)), estimator: estimator) == nil)
  }

  // ETS(A,N,N), ETS(A,A,N) and ETS(A,N,A) with criteria 0, 2 ln 2 and 2 ln 2 (same n and k) weigh
  // 1 : 1/2 : 1/2, i.e. 0.5, 0.25, 0.25. Refitted to 12 values, the seasonal model (which needs more than
  // m = 12) drops out and the other two keep their ratio: 0.5/0.75 = 2/3 and 0.25/0.75 = 1/3.
  @Test("refitted: a member that cannot be refitted drops out, the others' weights renormalized")
  func refittedWithoutOne() throws {
    func fit(_ code: String, criterion: Double) throws -> ETSFit {
      ETSFit(
        model: try #require(ETSModel(code: code)),
        parameters: ETSParameters(alpha: 0.5, beta: 0, gamma: 0, phi: 1, level: 1, trend: 0, seasonal: []),
        seasonLength: 12, length: 100, observationCount: 100, parameterCount: 3, criterion: criterion,
        sigma2: 1, finalLevel: 1, finalTrend: 0, finalSeasonal: [])
    }
    let combination = try #require(
      ETSCombination(fits: [
        try fit("ANN", criterion: 0), try fit("AAN", criterion: 2 * log(2.0)),
        try fit("ANA", criterion: 2 * log(2.0)),
      ]))
    expectClose(combination.weights, [0.5, 0.25, 0.25], relative: 1e-12, "weights")
    let y = try sharedSeries("monthly-series/m1-monthly-train.csv", id: "MRM2")
    let refitted = try #require(
      combination.refitted(to: Array(y.prefix(12)), estimator: ETSEstimator(seasonLength: 12, options: .fast))
    )
    #expect(refitted.members.map(\.model.description) == ["ETS(A,N,N)", "ETS(A,A,N)"])
    expectClose(refitted.weights, [2.0 / 3, 1.0 / 3], relative: 1e-12, "renormalized weights")
  }
}
