import Foundation

/// The ETS filtering recursion of R's `ets` (C routine `etscalc`), on raw buffers so the likelihood
/// loop allocates nothing.
enum ETSKernel {
  /// Guard against division by (almost) zero, as in `etscalc`.
  static let tolerance = 1e-10

  /// Running states: level, trend and the seasonal ring (`seasonal[t mod m]` is the index used at time
  /// t, overwritten by its update).
  struct State {
    var level: Double
    var trend: Double
    let seasonal: UnsafeMutablePointer<Double>
    let m: Int
  }

  /// One-step forecast μₜ = (ℓ + φb) ∘ s, ∘ = + or × by the seasonal type, from `state` at time t with
  /// seasonal position `k`.
  @inline(__always)
  static func oneStep(_ state: State, k: Int, model: ETSModel, phi: Double) -> Double {
    let q = model.hasTrend ? state.level + phi * state.trend : state.level
    switch model.season {
    case .none: return q
    case .additive: return q + state.seasonal[k]
    case .multiplicative: return q * state.seasonal[k]
    }
  }

  /// Updates `state` with observation `y` at seasonal position `k` (recursions in `ETSParameters`).
  @inline(__always)
  static func update(
    _ state: inout State, y: Double, k: Int, model: ETSModel, alpha: Double, beta: Double, gamma: Double,
    phi: Double
  ) {
    let phib = model.hasTrend ? phi * state.trend : 0
    let q = state.level + phib
    let old = model.hasSeason ? state.seasonal[k] : 0
    let p: Double
    switch model.season {
    case .none: p = y
    case .additive: p = y - old
    case .multiplicative: p = abs(old) < tolerance ? 1e10 : y / old
    }
    let level = q + alpha * (p - q)
    if model.hasTrend {
      state.trend = phib + (beta / alpha) * (level - state.level - phib)
    }
    switch model.season {
    case .none: break
    case .additive: state.seasonal[k] = old + gamma * (y - q - old)
    case .multiplicative: state.seasonal[k] = old + gamma * ((abs(q) < tolerance ? 1e10 : y / q) - old)
    }
    state.level = level
  }

  /// The states' step over a missing value: ℓ ← ℓ + φb, b ← φb, the seasonal states unchanged (what
  /// `update` gives with y = μ, without its divisions).
  @inline(__always)
  static func skip(_ state: inout State, model: ETSModel, phi: Double) {
    guard model.hasTrend else { return }
    let phib = phi * state.trend
    state.level += phib
    state.trend = phib
  }

  /// Runs the recursion over `y` and returns R's likelihood criterion
  ///
  ///     L = n · ln Σ εₜ² + 2 Σ ln |μₜ|   (second sum only for multiplicative errors),
  ///
  /// −2 log-likelihood up to a constant, with εₜ = yₜ − μₜ (additive) or (yₜ − μₜ)/μₜ (multiplicative),
  /// Σ εₜ² and the number n of observed values the sums run over. A missing value (NaN) is left out of
  /// the sums and n, and the states step over it as if it had been its forecast μₜ (`skip`; fable's
  /// `ETS` moves the states the same way, but counts missing values in n and Σ ln |μₜ|). Leaves the final
  /// states in `state`; writes εₜ (NaN where yₜ is missing) to `residuals` when given. Returns +∞ when a
  /// multiplicative forecast is (nearly) zero or the states blow up.
  ///
  /// `hasGaps` says whether `y` may hold missing values; without it (the common case) the series is one
  /// stretch and is not searched for them. Each stretch of observed values runs in `stretch`; the missing
  /// values between stretches step the states here.
  static func run(
    _ y: UnsafeBufferPointer<Double>, state: inout State, model: ETSModel, alpha: Double, beta: Double,
    gamma: Double, phi: Double, hasGaps: Bool, residuals: UnsafeMutablePointer<Double>? = nil
  ) -> (criterion: Double, sse: Double, observed: Int) {
    assert(hasGaps || !y.contains(where: \.isNaN), "missing values in a series run without gaps")
    let p = (alpha: alpha, beta: beta, gamma: gamma, phi: phi)
    var sse = 0.0
    var logSum = 0.0
    var missing = 0
    var t = 0
    while t < y.count {
      if y[t].isNaN {
        residuals?[t] = .nan
        skip(&state, model: model, phi: phi)
        missing += 1
        t += 1
        continue
      }
      var end = hasGaps ? t + 1 : y.count
      while end < y.count && !y[end].isNaN { end += 1 }
      let sums = stretch(
        UnsafeBufferPointer(rebasing: y[t..<end]), &state, p, residuals.map { $0 + t }, startK: t % state.m,
        model: model)
      guard sums.sse.isFinite else { return (.infinity, .infinity, 0) }
      sse += sums.sse
      logSum += sums.logSum
      t = end
    }
    let observed = y.count - missing
    guard sse.isFinite, observed > 0 else { return (.infinity, .infinity, observed) }
    let criterion = Double(observed) * log(sse) + 2 * logSum
    return (criterion.isNaN ? .infinity : max(criterion, -1e10), sse, observed)
  }

  /// Σ εₜ² and Σ ln |μₜ| (0 for additive errors) over `y`, none missing, from seasonal position
  /// `startK`; +∞ when a multiplicative forecast is (nearly) zero.
  ///
  /// Dispatches once on the model's components to a loop in which they are constants, so the
  /// compiler removes the branches of the other components from the hot loop.
  private static func stretch(
    _ y: UnsafeBufferPointer<Double>, _ state: inout State,
    _ p: (alpha: Double, beta: Double, gamma: Double, phi: Double),
    _ residuals: UnsafeMutablePointer<Double>?, startK: Int, model: ETSModel
  ) -> (sse: Double, logSum: Double) {
    switch (model.error, model.hasTrend, model.season) {
    case (.additive, false, .none):
      return loop(y, &state, p, residuals, startK, ETSModel(error: .additive, trend: .none, season: .none))
    case (.additive, true, .none):
      return loop(
        y, &state, p, residuals, startK, ETSModel(error: .additive, trend: .additive, season: .none))
    case (.additive, false, .additive):
      return loop(
        y, &state, p, residuals, startK, ETSModel(error: .additive, trend: .none, season: .additive))
    case (.additive, true, .additive):
      return loop(
        y, &state, p, residuals, startK, ETSModel(error: .additive, trend: .additive, season: .additive))
    case (.additive, false, .multiplicative):
      return loop(
        y, &state, p, residuals, startK, ETSModel(error: .additive, trend: .none, season: .multiplicative))
    case (.additive, true, .multiplicative):
      return loop(
        y, &state, p, residuals, startK, ETSModel(error: .additive, trend: .additive, season: .multiplicative)
      )
    case (.multiplicative, false, .none):
      return loop(
        y, &state, p, residuals, startK, ETSModel(error: .multiplicative, trend: .none, season: .none))
    case (.multiplicative, true, .none):
      return loop(
        y, &state, p, residuals, startK, ETSModel(error: .multiplicative, trend: .additive, season: .none))
    case (.multiplicative, false, .additive):
      return loop(
        y, &state, p, residuals, startK, ETSModel(error: .multiplicative, trend: .none, season: .additive))
    case (.multiplicative, true, .additive):
      return loop(
        y, &state, p, residuals, startK, ETSModel(error: .multiplicative, trend: .additive, season: .additive)
      )
    case (.multiplicative, false, .multiplicative):
      return loop(
        y, &state, p, residuals, startK,
        ETSModel(error: .multiplicative, trend: .none, season: .multiplicative))
    case (.multiplicative, true, .multiplicative):
      return loop(
        y, &state, p, residuals, startK,
        ETSModel(error: .multiplicative, trend: .additive, season: .multiplicative))
    }
  }

  /// The recursion of `stretch` for a model given as a constant (a damped trend is an additive trend
  /// with φ < 1; φ = 1 otherwise).
  @inline(__always)
  private static func loop(
    _ y: UnsafeBufferPointer<Double>, _ state: inout State,
    _ p: (alpha: Double, beta: Double, gamma: Double, phi: Double),
    _ residuals: UnsafeMutablePointer<Double>?, _ startK: Int, _ model: ETSModel
  ) -> (sse: Double, logSum: Double) {
    var sse = 0.0
    // Σ ln |μₜ| as ln(∏ |μₜ|): the product is kept as significand × 2^binaryExponent, renormalized at
    // each step (bit operations), so one logarithm per stretch replaces one per observation.
    var product = 1.0
    var binaryExponent = 0
    var k = startK
    let multiplicative = model.error == .multiplicative
    for t in 0..<y.count {
      let f = oneStep(state, k: k, model: model, phi: p.phi)
      let e: Double
      if multiplicative {
        // Also refuses an infinite or NaN forecast, whose exponent the product cannot take.
        guard abs(f) >= tolerance && abs(f) < .infinity else { return (.infinity, .infinity) }
        e = (y[t] - f) / f
        product *= abs(f)
        binaryExponent += Int(product.exponent)
        product = product.significand
      } else {
        e = y[t] - f
      }
      residuals?[t] = e
      sse += e * e
      update(&state, y: y[t], k: k, model: model, alpha: p.alpha, beta: p.beta, gamma: p.gamma, phi: p.phi)
      k += 1
      if k == state.m { k = 0 }
    }
    return (sse, multiplicative ? log(product) + Double(binaryExponent) * M_LN2 : 0)
  }
}
