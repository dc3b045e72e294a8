import Foundation

/// Maximum-likelihood estimation of ETS models (R's `ets` criterion, Nelder–Mead), reusing its buffers
/// across models and series so that the likelihood loop never allocates. Not safe to share between
/// concurrent tasks: use one estimator per task.
public final class ETSEstimator {
  /// Season length m of the series this estimator fits.
  public let seasonLength: Int
  /// Estimation settings.
  public let options: ETSOptions
  private let optimizer: NelderMead
  private let point: UnsafeMutableBufferPointer<Double>
  private let steps: UnsafeMutableBufferPointer<Double>
  private let candidates: UnsafeMutableBufferPointer<Double>
  private let ring: UnsafeMutablePointer<Double>
  private let fixedSeasonal: UnsafeMutablePointer<Double>

  /// Creates an estimator for series with season length `seasonLength` (1 for non-seasonal data).
  public init(seasonLength: Int, options: ETSOptions = ETSOptions()) {
    self.seasonLength = max(1, seasonLength)
    self.options = options
    let capacity = 6 + self.seasonLength
    optimizer = NelderMead(capacity: capacity)
    point = .allocate(capacity: capacity)
    steps = .allocate(capacity: capacity)
    candidates = .allocate(capacity: capacity)
    ring = .allocate(capacity: self.seasonLength)
    fixedSeasonal = .allocate(capacity: self.seasonLength)
  }

  deinit {
    point.deallocate()
    steps.deallocate()
    candidates.deallocate()
    ring.deallocate()
    fixedSeasonal.deallocate()
  }

  /// Fits `model` to `y` by minimising R's criterion n ln Σε² + 2 Σ ln|μ| over the smoothing
  /// parameters and initial states, from R's starting values (`initparam`: α = 10⁻⁴ + 0.2·0.9998/m,
  /// β = 10⁻⁴ + 0.1(α − 10⁻⁴), γ = 10⁻⁴ + 0.05(1 − α − 10⁻⁴), φ = 0.8 + 0.99·0.18) and heuristic states
  /// (R's `initstate`); the Nelder–Mead search is restarted once from its result, and run again from
  /// each start of `options.extraStarts`, keeping the best. The initial seasonal states are estimated
  /// when `options.optimizeSeasonalStates` is set or the series has fewer than 3m values.
  ///
  /// A missing value (NaN) in `y` is left out of the criterion and the states move on with its forecast
  /// (`ETSKernel.run`); n counts the observed values.
  ///
  /// Returns `nil` when the model does not apply: a seasonal model with at most m values or m = 1,
  /// a multiplicative model on data that are not all positive, too few observations for the parameter
  /// count (n ≤ k + 1), or no feasible starting point.
  ///
  /// A `screening` fit is one Nelder–Mead run from R's start alone, with a quarter of the evaluation
  /// budget and a relative tolerance of 10⁻² on the criterion of y/c (c the mean |y| of the first
  /// max(10, 2m) values, so that the point where it stops does not depend on the units of y): a rough
  /// fit to rank models by AICc (`AutoETS`). On M1 monthly, ranking by rough fits chose better models
  /// than ranking by full ones (see `AutoETS`).
  public func fit(_ y: [Double], model: ETSModel, screening: Bool = false) -> ETSFit? {
    fit(y, model: model, screening: screening, options: options)
  }

  /// A full fit of `model` to `y` as `fit(_:model:screening:)` makes it, with `options` in place of the
  /// estimator's own.
  public func fit(_ y: [Double], model: ETSModel, options: ETSOptions) -> ETSFit? {
    fit(y, model: model, screening: false, options: options)
  }

  private func fit(_ y: [Double], model: ETSModel, screening: Bool, options: ETSOptions) -> ETSFit? {
    let m = seasonLength
    let n = y.count(where: { !$0.isNaN })
    if model.hasSeason && m < 2 { return nil }
    if model.isMultiplicative && y.contains(where: { $0 <= 0 }) { return nil }
    guard var initial = ETSInitialStates.estimate(y, model: model, m: m) else { return nil }
    let stateCount = 1 + (model.hasTrend ? 1 : 0) + (model.hasSeason ? m - 1 : 0)
    let smoothingCount =
      1 + (model.hasTrend ? 1 : 0) + (model.hasSeason ? 1 : 0) + (model.trend == .damped ? 1 : 0)
    let parameterCount = smoothingCount + stateCount + 1
    guard n > parameterCount + 1 else { return nil }
    var scale = 0.0
    var head = 0
    for value in y.prefix(max(10, 2 * m)) where !value.isNaN {
      scale += abs(value)
      head += 1
    }
    scale = scale > 0 ? scale / Double(head) : 1
    if model.hasSeason {
      for k in 0..<m { fixedSeasonal[k] = initial.seasonal[k] }
    }
    return y.withUnsafeBufferPointer { buffer -> ETSFit? in
      var objective = ETSObjective(
        y: buffer, model: model, m: m, scale: scale,
        optimizeSeasonal: (options.optimizeSeasonalStates || y.count < 3 * m) && model.hasSeason,
        fixedSeasonal: fixedSeasonal, ring: ring, offset: screening ? 2 * Double(n) * log(scale) : 0,
        hasGaps: n < y.count)
      let dimension = objective.dimension
      let x = UnsafeMutableBufferPointer(rebasing: point[0..<dimension])
      let step = UnsafeMutableBufferPointer(rebasing: steps[0..<dimension])
      var bestValue = Double.infinity
      let starts = startingPoints(model, extraStarts: screening ? [] : options.extraStarts)
      let tolerance = screening ? max(options.tolerance, 1e-2) : options.tolerance
      let budget = screening ? options.maximumEvaluations / 4 : options.maximumEvaluations
      for (index, start) in starts.enumerated() {
        let candidate = UnsafeMutableBufferPointer(rebasing: candidates[0..<dimension])
        startingPoint(
          model: model, alpha: start.alpha, gammaShare: start.gammaShare, initial: initial, scale: scale,
          objective: objective, x: candidate, steps: step)
        var value = optimizer.minimize(
          &objective, x: candidate, steps: UnsafeBufferPointer(step), tolerance: tolerance,
          maximumEvaluations: budget
        ).value
        if value.isFinite && !screening {
          value =
            optimizer.minimize(
              &objective, x: candidate, steps: UnsafeBufferPointer(step), tolerance: options.tolerance,
              maximumEvaluations: options.maximumEvaluations / 2
            ).value
        }
        if value < bestValue || index == 0 {
          bestValue = value
          for j in 0..<dimension { x[j] = candidate[j] }
        }
      }
      guard bestValue.isFinite else { return nil }
      var state = ETSKernel.State(level: 0, trend: 0, seasonal: ring, m: model.hasSeason ? m : 1)
      guard let p = objective.load(UnsafeBufferPointer(x), into: &state) else { return nil }
      initial.alpha = p.alpha
      initial.beta = p.beta
      initial.gamma = p.gamma
      initial.phi = p.phi
      initial.level = state.level
      initial.trend = state.trend
      if model.hasSeason {
        for k in 0..<m { initial.seasonal[k] = ring[k] }
      }
      let result = ETSKernel.run(
        buffer, state: &state, model: model, alpha: p.alpha, beta: p.beta, gamma: p.gamma, phi: p.phi,
        hasGaps: n < y.count)
      guard result.criterion.isFinite else { return nil }
      return ETSFit(
        model: model, parameters: initial, seasonLength: model.hasSeason ? m : 1, length: y.count,
        observationCount: n,
        parameterCount: parameterCount, criterion: result.criterion,
        sigma2: result.sse / Double(n - parameterCount + 1),
        finalLevel: state.level, finalTrend: state.trend,
        finalSeasonal: model.hasSeason ? Array(UnsafeBufferPointer(start: ring, count: m)) : [])
    }
  }

  /// Starting (α, share of γ's range): R's (10⁻⁴ + 0.2·0.9998/m, 0.05), then `extraStarts` (for a
  /// non-seasonal model only those with distinct α).
  private func startingPoints(_ model: ETSModel, extraStarts: [ETSStart]) -> [ETSStart] {
    var starts = [
      ETSStart(
        alpha: ETSBounds.lower + 0.2 * (ETSBounds.upper - ETSBounds.lower) / Double(seasonLength),
        gammaShare: 0.05)
    ]
    for start in extraStarts
    where model.hasSeason || !starts.contains(where: { $0.alpha == start.alpha }) {
      starts.append(start)
    }
    return starts
  }

  /// Writes R's starting values (with α = `alpha`, γ at `gammaShare` of its range) into `x` and the
  /// initial simplex steps into `steps`.
  private func startingPoint(
    model: ETSModel, alpha: Double, gammaShare: Double, initial: ETSParameters, scale: Double,
    objective: ETSObjective,
    x: UnsafeMutableBufferPointer<Double>, steps: UnsafeMutableBufferPointer<Double>
  ) {
    let lower = ETSBounds.lower
    let upper = ETSBounds.upper
    var i = 0
    x[i] = ETSObjective.logit(alpha, low: lower, high: upper)
    steps[i] = 1
    i += 1
    if model.hasTrend {
      let beta = lower + 0.1 * (min(upper, alpha) - lower)
      x[i] = ETSObjective.logit(beta, low: lower, high: alpha)
      steps[i] = 1
      i += 1
    }
    if model.hasSeason {
      let gamma = lower + gammaShare * (min(upper, 1 - alpha) - lower)
      x[i] = ETSObjective.logit(gamma, low: lower, high: min(upper, 1 - alpha))
      steps[i] = 1
      i += 1
    }
    if model.trend == .damped {
      let phi = ETSBounds.phiLower + 0.99 * (ETSBounds.phiUpper - ETSBounds.phiLower)
      x[i] = ETSObjective.logit(phi, low: ETSBounds.phiLower, high: ETSBounds.phiUpper)
      steps[i] = -1
      i += 1
    }
    x[i] = initial.level / scale
    steps[i] = 0.1 * max(abs(x[i]), 0.1)
    i += 1
    if model.hasTrend {
      x[i] = initial.trend / scale
      steps[i] = max(0.1 * abs(x[i]), 0.01)
      i += 1
    }
    if objective.optimizeSeasonal {
      let multiplicative = model.season == .multiplicative
      for k in 1..<seasonLength {
        x[i] = multiplicative ? initial.seasonal[k] : initial.seasonal[k] / scale
        steps[i] = multiplicative ? 0.02 : max(0.1 * abs(x[i]), 0.01)
        i += 1
      }
    }
  }
}
