import Foundation
import LinearAlgebra

/// Automatic ETS as a combination (Kolassa 2011, "Combining exponential smoothing forecasts using
/// Akaike weights"): the candidate models' forecasts averaged with their Akaike weights
///
///     wᵢ = exp(−½ Δᵢ) / Σⱼ exp(−½ Δⱼ),   Δᵢ = AICcᵢ − min AICc,
///
/// members with a weight under `minimumWeight` left out and the rest renormalized. The point forecast
/// is Σ wᵢ ŷᵢ(h); intervals are quantiles of the mixture, simulated with each member's share of the
/// paths.
public struct ETSCombination: Sendable, CustomStringConvertible {
  /// The models kept, by decreasing weight.
  public let members: [ETSFit]
  /// Their weights (positive, summing to 1), in the order of `members`.
  public let weights: [Double]

  /// Members with less than this share of the total weight are left out (the rest renormalized).
  public static let minimumWeight = 0.01

  /// The combination of `fits` by Akaike weights of their AICc (the smallest AICc always kept, however
  /// many fits share the weight); `nil` when none has a finite AICc.
  public init?(fits: [ETSFit]) {
    let finite = fits.filter { $0.aicc.isFinite }.sorted { $0.aicc < $1.aicc }
    guard let best = finite.first?.aicc else { return nil }
    let raw = finite.map { exp(-0.5 * ($0.aicc - best)) }
    let total = raw.reduce(0, +)
    let kept = raw.indices.filter { $0 == 0 || raw[$0] / total >= Self.minimumWeight }
    self.init(members: kept.map { finite[$0] }, weights: kept.map { raw[$0] })
  }

  /// `members` with `weights` divided by their sum.
  private init(members: [ETSFit], weights: [Double]) {
    let total = weights.reduce(0, +)
    self.members = members
    self.weights = weights.map { $0 / total }
  }

  /// The same combination with `fit` in the leader's place and weight.
  public func replacingLeader(with fit: ETSFit) -> ETSCombination {
    ETSCombination(members: [fit] + members.dropFirst(), weights: weights)
  }

  /// The member with the largest weight (the smallest AICc, or the undamped model that replaced it).
  public var leader: ETSFit { members[0] }

  /// The members and their weights to two decimals, e.g. `ETS(M,Ad,M) 0.71 + ETS(A,Ad,A) 0.29`; the
  /// model alone when it is the only member.
  public var description: String {
    guard members.count > 1 else { return leader.model.description }
    return zip(members, weights).map { "\($0.model) \(String(format: "%.2f", $1))" }
      .joined(separator: " + ")
  }

  /// The same models with the same weights, each refitted to `y` by a screening fit (an undamped leader
  /// too: refitting it in full scored the same in `auto`'s holdout, Benchmarks/RESULTS.md); `nil` when
  /// none can be. A member that cannot be refitted is left out and the others' weights renormalized.
  public func refitted(to y: [Double], estimator: ETSEstimator) -> ETSCombination? {
    var fits: [ETSFit] = []
    var kept: [Double] = []
    for (fit, weight) in zip(members, weights) {
      guard let refit = estimator.fit(y, model: fit.model, screening: true) else { continue }
      fits.append(refit)
      kept.append(weight)
    }
    guard !fits.isEmpty else { return nil }
    return ETSCombination(members: fits, weights: kept)
  }

  /// The same members with the same estimates (σ² included) and weights, each run over `y`
  /// (`ETSEstimator.evaluate`) instead of the series it was fitted to: its states at the end of `y` are
  /// those its forecasts and simulations start from. Values of `y` the fit did not see (filled months)
  /// move the states but are not observations, so σ² stays the fit's. `nil` when a member cannot be run
  /// over `y` (a zero multiplicative forecast).
  public func conditioned(on y: [Double], estimator: ETSEstimator) -> ETSCombination? {
    var fits: [ETSFit] = []
    for fit in members {
      guard let run = estimator.evaluate(y, model: fit.model, parameters: fit.parameters) else { return nil }
      fits.append(
        ETSFit(
          model: fit.model, parameters: fit.parameters, seasonLength: fit.seasonLength, length: run.length,
          observationCount: fit.observationCount, parameterCount: fit.parameterCount,
          criterion: fit.criterion, sigma2: fit.sigma2, finalLevel: run.finalLevel,
          finalTrend: run.finalTrend, finalSeasonal: run.finalSeasonal))
    }
    return ETSCombination(members: fits, weights: weights)
  }

  /// `y`, the series the members were fitted to, with each run of missing values (NaN) replaced by the
  /// combination's forecasts of it from the values before it, Σ wᵢ ŷᵢ(h): each member is run with its
  /// estimates over the values up to the run (`ETSEstimator.evaluate`) and forecast through it. `nil` when
  /// a member cannot be run up to a run of missing values (none observed before it, or a zero
  /// multiplicative forecast).
  public func filling(_ y: [Double], estimator: ETSEstimator) -> [Double]? {
    var result = y
    var start = 0
    while start < y.count {
      guard y[start].isNaN else {
        start += 1
        continue
      }
      var end = start + 1
      while end < y.count && y[end].isNaN { end += 1 }
      for index in start..<end { result[index] = 0 }
      for (fit, weight) in zip(members, weights) {
        guard
          let before = estimator.evaluate(Array(y[0..<start]), model: fit.model, parameters: fit.parameters)
        else { return nil }
        for (step, value) in before.pointForecasts(horizon: end - start).enumerated() {
          result[start + step] += weight * value
        }
      }
      start = end
    }
    return result
  }

  /// Point forecasts Σ wᵢ ŷᵢ(h) for h = 1…H.
  public func pointForecasts(horizon: Int) -> [Double] {
    var result = [Double](repeating: 0, count: horizon)
    for (fit, weight) in zip(members, weights) {
      for (step, value) in fit.pointForecasts(horizon: horizon).enumerated() {
        result[step] += weight * value
      }
    }
    return result
  }

  /// Forecasts with intervals at `levels`: one member's own (`ETSFit.forecast`); otherwise R-type-7
  /// quantiles of `simulations` paths of the mixture (`simulate`; a path that turns NaN, as a
  /// multiplicative model's can when a simulated level reaches zero, is left out). No paths without
  /// levels.
  public func forecast(horizon: Int, levels: [Double], simulations: Int = 2000, seed: UInt64 = 1)
    -> ForecastPath
  {
    if members.count == 1 {
      return leader.forecast(horizon: horizon, levels: levels, simulations: simulations, seed: seed)
    }
    let mean = pointForecasts(horizon: horizon)
    guard !levels.isEmpty else { return ForecastPath(mean: mean, intervals: []) }
    let paths = simulate(horizon: horizon, paths: simulations, seed: seed)
    return ForecastPath(mean: mean, intervals: SimulatedQuantiles.intervals(paths, levels: levels))
  }

  /// `paths` sample paths of the mixture, `horizon × paths` column-major: member i simulates
  /// (`ETSFit.simulate`, seed + i) its share of them, wᵢ · paths rounded by largest remainders so
  /// that the shares add up to `paths`.
  public func simulate(horizon: Int, paths: Int, seed: UInt64) -> Matrix {
    let counts = Self.shares(weights, of: paths)
    var storage: [Double] = []
    storage.reserveCapacity(horizon * paths)
    for (index, fit) in members.enumerated() where counts[index] > 0 {
      storage += fit.simulate(horizon: horizon, paths: counts[index], seed: seed &+ UInt64(index)).storage
    }
    return Matrix(rows: horizon, columns: paths, storage: storage)
  }

  /// ⌊wᵢ · total⌋ each, the remaining units to the largest fractional parts (ties to the earlier
  /// member): non-negative counts summing to `total`.
  static func shares(_ weights: [Double], of total: Int) -> [Int] {
    let exact = weights.map { $0 * Double(total) }
    var counts = exact.map { Int($0.rounded(.down)) }
    let order = exact.indices.sorted {
      let a = exact[$0] - exact[$0].rounded(.down)
      let b = exact[$1] - exact[$1].rounded(.down)
      return a != b ? a > b : $0 < $1
    }
    var left = total - counts.reduce(0, +)
    for index in order where left > 0 {
      counts[index] += 1
      left -= 1
    }
    return counts
  }
}
