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

  /// Runs the recursion over `y` and returns R's likelihood criterion
  ///
  ///     L = n · ln Σ εₜ² + 2 Σ ln |μₜ|   (second sum only for multiplicative errors),
  ///
  /// −2 log-likelihood up to a constant, with εₜ = yₜ − μₜ (additive) or (yₜ − μₜ)/μₜ (multiplicative),
  /// and Σ εₜ². Leaves the final states in `state`; writes εₜ to `residuals` when given. Returns +∞ when
  /// a multiplicative forecast is (nearly) zero or the states blow up.
  @inline(__always)
  static func run(
    _ y: UnsafeBufferPointer<Double>, state: inout State, model: ETSModel, alpha: Double, beta: Double,
    gamma: Double, phi: Double, residuals: UnsafeMutablePointer<Double>? = nil
  ) -> (criterion: Double, sse: Double) {
    var sse = 0.0
    var logSum = 0.0
    var k = 0
    let multiplicative = model.error == .multiplicative
    for t in 0..<y.count {
      let f = oneStep(state, k: k, model: model, phi: phi)
      let e: Double
      if multiplicative {
        if abs(f) < tolerance { return (.infinity, .infinity) }
        e = (y[t] - f) / f
        logSum += log(abs(f))
      } else {
        e = y[t] - f
      }
      residuals?[t] = e
      sse += e * e
      update(&state, y: y[t], k: k, model: model, alpha: alpha, beta: beta, gamma: gamma, phi: phi)
      k += 1
      if k == state.m { k = 0 }
    }
    guard sse.isFinite else { return (.infinity, .infinity) }
    let criterion = Double(y.count) * log(sse) + 2 * logSum
    return (criterion.isNaN ? .infinity : max(criterion, -1e10), sse)
  }
}
