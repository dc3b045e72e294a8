import Foundation
import Testing

@testable import TongbiKit

/// ETS on series with missing months (NaN inside): the states move on with the forecast in the missing
/// value's place, the likelihood counts the observed values only, and forecasts keep their seasonal
/// positions.
@Suite("ETS with missing values")
struct ETSMissingValuesTests {
  // ETS(M,N,M), m = 2, α = 0.5, γ = 0.2, ℓ₀ = 10, s = (0.8, 1.2) by position; μ = ℓ·s, p = y/s,
  // ℓ ← ℓ + α(p − ℓ), s ← s + γ(y/ℓ₋ − s):
  //   t0 (s0): μ = 8, y = 8, ε = 0;        ℓ = 10, s0 = 0.8
  //   t1 (s1): μ = 12, y missing → 12;     ℓ = 10, s1 = 1.2 (nothing moves)
  //   t2 (s0): μ = 8, y = 9, ε = 1/8;      ℓ = 10 + 0.5 · (11.25 − 10) = 10.625, s0 = 0.8 + 0.2 · 0.1 = 0.82
  //   t3…t6: y = μ (12.75, 8.7125, 12.75, 8.7125), ε = 0, nothing moves.
  // Six observed values: L = 6 ln(1/64) + 2 ln(8 · 8 · 12.75 · 8.7125 · 12.75 · 8.7125) = 2.2056278573,
  // σ² = (1/64) / (6 − 5 + 1) with k = 5 (α, γ, ℓ₀, s₁, σ²). The next months are t7 (s1) and t8 (s0):
  // 12.75 then 8.7125 (counting from the 6 observed values instead of the 7 months would swap them).
  @Test("a missing month: the states move on with its forecast, the likelihood counts observed values")
  func byHand() throws {
    let model = try #require(ETSModel(code: "MNM"))
    let estimator = ETSEstimator(seasonLength: 2)
    let parameters = ETSParameters(
      alpha: 0.5, beta: 0, gamma: 0.2, phi: 1, level: 10, trend: 0, seasonal: [0.8, 1.2])
    let y = [8, .nan, 9, 12.75, 8.7125, 12.75, 8.7125]
    let fit = try #require(estimator.evaluate(y, model: model, parameters: parameters))
    #expect(fit.length == 7 && fit.observationCount == 6)
    #expect(abs(fit.criterion - 2.2056278573) < 1e-9)
    #expect(abs(fit.sigma2 - 1.0 / 128) < 1e-15)
    expectClose(fit.pointForecasts(horizon: 2), [12.75, 8.7125], relative: 1e-12, "MNM")
  }

  // The reference: the same series with each missing value replaced by the one-step forecast of the
  // values before it (the forecast of the fit to that prefix) must end in the same states with the same
  // Σε²; its criterion counts those values too: L_filled = L + (N − n) ln Σε² + 2 Σ_missing ln|μₜ| for
  // multiplicative errors (μₜ the filled values), without the last sum for additive ones.
  @Test(
    "each model: a missing value gives what its forecast in its place gives",
    arguments: ETSModel.candidates(
      seasonal: true, positive: true) + [
        ETSModel(error: .multiplicative, trend: .additive, season: .multiplicative)
      ])
  func againstFilledSeries(model: ETSModel) throws {
    let complete = try sharedSeries("monthly-series/r-datasets-monthly.csv", id: "datasets::AirPassengers")
    let missing = [40, 41, 90]
    var y = complete
    for t in missing { y[t] = .nan }
    let estimator = ETSEstimator(seasonLength: 12)
    let parameters = try #require(ETSInitialStates.estimate(complete, model: model, m: 12))
    var fitted = parameters
    fitted.alpha = 0.3
    fitted.beta = model.hasTrend ? 0.02 : 0
    fitted.gamma = model.hasSeason ? 0.1 : 0
    fitted.phi = model.trend == .damped ? 0.95 : 1
    let withGaps = try #require(estimator.evaluate(y, model: model, parameters: fitted))
    var filled = y
    var filledLogs = 0.0
    for t in missing {
      let prefix = try #require(estimator.evaluate(Array(filled[0..<t]), model: model, parameters: fitted))
      filled[t] = prefix.pointForecasts(horizon: 1)[0]
      filledLogs += log(abs(filled[t]))
    }
    let reference = try #require(estimator.evaluate(filled, model: model, parameters: fitted))
    #expect(withGaps.observationCount == complete.count - 3 && withGaps.length == complete.count)
    expectClose(
      withGaps.pointForecasts(horizon: 24), reference.pointForecasts(horizon: 24), relative: 1e-10,
      absolute: 1e-10, "\(model)")
    let sse = reference.sigma2 * Double(reference.observationCount - reference.parameterCount + 1)
    let extra = 3 * log(sse) + (model.error == .multiplicative ? 2 * filledLogs : 0)
    #expect(
      abs(withGaps.criterion + extra - reference.criterion) < 1e-8 * abs(reference.criterion), "\(model)")
  }

  // Fitted and combined with three months missing, the forecasts stay close to those of the complete
  // series: AirPassengers' next year within 3% month by month (the gaps cost three of 144 values).
  @Test("a series with gaps is fitted and combined; its forecasts stay near the complete series'")
  func combination() throws {
    let complete = try sharedSeries("monthly-series/r-datasets-monthly.csv", id: "datasets::AirPassengers")
    var y = complete
    for t in [40, 41, 90] { y[t] = .nan }
    let estimator = ETSEstimator(seasonLength: 12)
    let gappy = try #require(AutoETS.combination(y, estimator: estimator))
    let full = try #require(AutoETS.combination(complete, estimator: estimator))
    #expect(gappy.members.allSatisfy { $0.observationCount == 141 && $0.length == 144 })
    for (a, b) in zip(gappy.pointForecasts(horizon: 12), full.pointForecasts(horizon: 12)) {
      #expect(abs(a / b - 1) < 0.03, "\(a) against \(b)")
    }
    let paths = gappy.simulate(horizon: 12, paths: 100, seed: 1)
    #expect(paths.storage.allSatisfy { $0.isFinite })
  }

  // Two ETS(A,N,N) members from ℓ₀ = 10 over 10, 12, 11, 13: α = 0.5 gives ℓ = 10, 11, 11, 12 and
  // forecasts 12, α = 1 gives ℓ = 13 and forecasts 13. Weighted 0.75 and 0.25 (criteria 0 and 2 ln 3, so
  // Akaike weights 1 : 1/3), the two missing values become 0.75 · 12 + 0.25 · 13 = 12.25.
  @Test("a run of missing values filled with the combination's forecasts from the values before it")
  func filling() throws {
    let model = try #require(ETSModel(code: "ANN"))
    func member(alpha: Double, criterion: Double) -> ETSFit {
      ETSFit(
        model: model,
        parameters: ETSParameters(alpha: alpha, beta: 0, gamma: 0, phi: 1, level: 10, trend: 0, seasonal: []),
        seasonLength: 1, length: 8, observationCount: 6, parameterCount: 3, criterion: criterion, sigma2: 1,
        finalLevel: 0, finalTrend: 0, finalSeasonal: [])
    }
    let combination = try #require(
      ETSCombination(fits: [member(alpha: 0.5, criterion: 0), member(alpha: 1, criterion: 2 * log(3.0))]))
    expectClose(combination.weights, [0.75, 0.25], relative: 1e-12, "weights")
    let y: [Double] = [10, 12, 11, 13, .nan, .nan, 12, 13]
    let filled = try #require(combination.filling(y, estimator: ETSEstimator(seasonLength: 1)))
    expectClose(filled, [10, 12, 11, 13, 12.25, 12.25, 12, 13], relative: 1e-12, "filled")
    #expect(combination.filling([.nan, 1, 2], estimator: ETSEstimator(seasonLength: 1)) == nil)
  }

  /// ETS(A,A,N) with α = 0.5, β = 0.1, ℓ₀ = 10, b₀ = 1 and σ² = 1, fitted to `length` values (n = 100, so
  /// that its AICc is finite); its final states are not used.
  static func trendFit(length: Int) throws -> ETSFit {
    ETSFit(
      model: try #require(ETSModel(code: "AAN")),
      parameters: ETSParameters(alpha: 0.5, beta: 0.1, gamma: 0, phi: 1, level: 10, trend: 1, seasonal: []),
      seasonLength: 1, length: length, observationCount: 100, parameterCount: 5, criterion: 0, sigma2: 1,
      finalLevel: 0, finalTrend: 0, finalSeasonal: [])
  }

  // ETS(A,A,N), α = 0.5, β = 0.1, ℓ₀ = 10, b₀ = 1 (ℓ ← q + α(y − q), q = ℓ + b; b ← b + (β/α)(ℓ' − ℓ − b)) over
  // 11, 13, –, 14, –, –: t0 ℓ = 11, b = 1; t1 ℓ = 12 + 0.5 = 12.5, b = 1 + 0.2 · 0.5 = 1.1; the first gap is
  // 12.5 + 1.1 = 13.6, the states step to ℓ = 13.6; t3 q = 14.7, ℓ = 14.35, b = 1.1 + 0.2 · (−0.35) = 1.03;
  // the run at the end is 14.35 + 1.03 = 15.38 and 14.35 + 2.06 = 16.41, each step of a run its own.
  @Test("runs filled step by step, from the values before each run, up to the end of the series")
  func fillingTrendRuns() throws {
    let combination = try #require(ETSCombination(fits: [try Self.trendFit(length: 6)]))
    let filled = try #require(
      combination.filling([11, 13, .nan, 14, .nan, .nan], estimator: ETSEstimator(seasonLength: 1)))
    expectClose(filled, [11, 13, 13.6, 14, 15.38, 16.41], relative: 1e-12, "filled")
  }

  // The same ETS(A,A,N) run over 11, 13, 13.6, 14 (the gap given its own forecast) ends as it did across the
  // gap, ℓ = 14.35, b = 1.03, forecasts 15.38 and 16.41. Over 11, 13, 14.6, 14: t2 q = 13.6, ℓ = 13.6 + 0.5 ·
  // 1 = 14.1, b = 1.1 + 0.2 · 0.5 = 1.2; t3 q = 15.3, ℓ = 15.3 − 0.5 · 1.3 = 14.65, b = 1.2 − 0.2 · 0.65 = 1.07;
  // forecasts 15.72 and 16.79. The estimates, σ² and weights are the fit's; the length is the new series'.
  @Test("a combination conditioned on filled values: its members' estimates run over them, by hand")
  func conditioned() throws {
    let fit = try Self.trendFit(length: 4)
    let combination = try #require(ETSCombination(fits: [fit]))
    let estimator = ETSEstimator(seasonLength: 1)
    let own = try #require(combination.conditioned(on: [11, 13, 13.6, 14], estimator: estimator))
    expectClose(own.pointForecasts(horizon: 2), [15.38, 16.41], relative: 1e-12, "own forecast")
    let moved = try #require(combination.conditioned(on: [11, 13, 14.6, 14], estimator: estimator))
    expectClose(moved.pointForecasts(horizon: 2), [15.72, 16.79], relative: 1e-12, "moved")
    #expect(moved.weights == [1] && moved.leader.parameters == fit.parameters)
    #expect(moved.leader.sigma2 == 1 && moved.leader.length == 4 && moved.leader.observationCount == 100)
  }

  // Without season: linear interpolation between observed neighbours, the nearest value at the ends:
  // 2, 2, 4, 6, 8, 8. With m = 2: the mean of the observed values at t ± 2 where there are any (t2: 8 at
  // t4; t3: 2 at t1), else as without season (t0: 2, t5: 8): 2, 2, 8, 2, 8, 8.
  @Test("the heuristic initial states see missing values filled, by the same season where it is observed")
  func heuristicFilling() throws {
    let y: [Double] = [.nan, 2, .nan, .nan, 8, .nan]
    #expect(ETSInitialStates.filled(y, m: 1) == [2, 2, 4, 6, 8, 8])
    #expect(ETSInitialStates.filled(y, m: 2) == [2, 2, 8, 2, 8, 8])
    #expect(ETSInitialStates.filled([1, 2, 3], m: 2) == [1, 2, 3])
    #expect(ETSInitialStates.filled([.nan, .nan], m: 1) == nil)
  }

  // Two months missing at the start: the fit starts from the states before them, counts 142 observed
  // values of 144, and forecasts the next year within 3% of the fit to the 142 values alone.
  @Test("missing values at the start of a series")
  func leadingGap() throws {
    let complete = try sharedSeries("monthly-series/r-datasets-monthly.csv", id: "datasets::AirPassengers")
    let estimator = ETSEstimator(seasonLength: 12)
    let model = try #require(ETSModel(code: "MAdM"))
    let gappy = try #require(
      estimator.fit([.nan, .nan] + complete.dropFirst(2), model: model, screening: true))
    let plain = try #require(estimator.fit(Array(complete.dropFirst(2)), model: model, screening: true))
    #expect(gappy.length == 144 && gappy.observationCount == 142 && plain.observationCount == 142)
    for (a, b) in zip(gappy.pointForecasts(horizon: 12), plain.pointForecasts(horizon: 12)) {
      #expect(abs(a / b - 1) < 0.03, "\(a) against \(b)")
    }
  }
}
