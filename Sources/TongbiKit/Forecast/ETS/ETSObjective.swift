import Foundation

/// R's likelihood criterion of one ETS model as a function of the free parameters, for Nelder–Mead.
///
/// The vector is (u_α, u_β?, u_γ?, u_φ?, ℓ₀/c, b₀/c?, s₁…s_{m−1}?) with c a scale of the data (states
/// are scaled so that every coordinate is of order one), β only with a trend, γ only with a season, φ
/// only when damped, the seasonal states only when they are optimised (additive ones also divided by
/// c). The smoothing parameters are mapped onto R's "usual" region with the logistic function σ:
/// α = a + (A − a)σ(u_α), β = a + (α − a)σ(u_β), γ = a + (min(A, 1 − α) − a)σ(u_γ),
/// φ = 0.8 + 0.18σ(u_φ), a = 10⁻⁴, A = 0.9999, so the search space is unbounded for them and the
/// coupled constraints β ≤ α, γ ≤ 1 − α (on which a plain simplex stalls) always hold.
/// s₀ is implied: −Σ sₖ (additive) or m − Σ sₖ (multiplicative). Points outside `ETSBounds`, or with a
/// non-positive multiplicative seasonal state, are infeasible (+∞).
struct ETSObjective: NelderMeadObjective {
  let y: UnsafeBufferPointer<Double>
  let model: ETSModel
  let m: Int
  let scale: Double
  let optimizeSeasonal: Bool
  /// Initial seasonal states when they are not optimised (m values).
  let fixedSeasonal: UnsafePointer<Double>
  /// Working seasonal ring (m values, at least 1).
  let ring: UnsafeMutablePointer<Double>
  /// Subtracted from the criterion: 2n ln c for a screening fit, so that its value is the criterion of
  /// y/c and the relative stopping tolerance does not depend on the units of the data; 0 otherwise.
  let offset: Double
  /// Whether `y` holds missing values (NaN; see `ETSKernel.run`).
  let hasGaps: Bool
  /// Fixed φ when the model is not damped.
  let phiFixed = 1.0

  /// Number of free parameters.
  var dimension: Int {
    var count = 2
    if model.hasTrend { count += 2 }
    if model.hasSeason { count += 1 }
    if model.trend == .damped { count += 1 }
    if model.hasSeason && optimizeSeasonal { count += m - 1 }
    return count
  }

  /// Decodes the vector into parameters and loads the initial states into `state`; `false` when
  /// infeasible.
  @inline(__always)
  func load(_ x: UnsafeBufferPointer<Double>, into state: inout ETSKernel.State)
    -> (alpha: Double, beta: Double, gamma: Double, phi: Double)?
  {
    var i = 0
    let a = ETSBounds.lower
    let upper = ETSBounds.upper
    let alpha = a + (upper - a) * Self.logistic(x[i])
    i += 1
    var beta = 0.0
    var gamma = 0.0
    var phi = 1.0
    if model.hasTrend {
      beta = a + (alpha - a) * Self.logistic(x[i])
      i += 1
    }
    if model.hasSeason {
      gamma = a + (min(upper, 1 - alpha) - a) * Self.logistic(x[i])
      i += 1
    }
    if model.trend == .damped {
      phi = ETSBounds.phiLower + (ETSBounds.phiUpper - ETSBounds.phiLower) * Self.logistic(x[i])
      i += 1
    }
    guard ETSBounds.contains(alpha: alpha, beta: beta, gamma: gamma, phi: phi, model: model, m: m) else {
      return nil
    }
    state.level = x[i] * scale
    i += 1
    if model.hasTrend {
      state.trend = x[i] * scale
      i += 1
    }
    if model.hasSeason {
      let multiplicative = model.season == .multiplicative
      if optimizeSeasonal {
        var sum = 0.0
        for k in 1..<m {
          let s = multiplicative ? x[i] : x[i] * scale
          i += 1
          if multiplicative && s <= 0 { return nil }
          ring[k] = s
          sum += s
        }
        ring[0] = multiplicative ? Double(m) - sum : -sum
        if multiplicative && ring[0] <= 0 { return nil }
      } else {
        for k in 0..<m { ring[k] = fixedSeasonal[k] }
      }
    }
    return (alpha, beta, gamma, phi)
  }

  /// σ(u) = 1/(1 + e^(−u)).
  @inline(__always)
  static func logistic(_ u: Double) -> Double { 1 / (1 + exp(-u)) }

  /// The u with σ(u) = (v − low)/(high − low), clamped to ±10 at the ends.
  static func logit(_ v: Double, low: Double, high: Double) -> Double {
    guard high > low else { return 0 }
    let p = min(max((v - low) / (high - low), 4.5e-5), 1 - 4.5e-5)
    return log(p / (1 - p))
  }

  mutating func value(_ x: UnsafeBufferPointer<Double>) -> Double {
    var state = ETSKernel.State(level: 0, trend: 0, seasonal: ring, m: model.hasSeason ? m : 1)
    guard let p = load(x, into: &state) else { return .infinity }
    return ETSKernel.run(
      y, state: &state, model: model, alpha: p.alpha, beta: p.beta, gamma: p.gamma, phi: p.phi,
      hasGaps: hasGaps
    ).criterion - offset
  }
}
