/// Smoothing parameters and initial states of an ETS model, in the parameterisation of R's `ets`:
///
///     level:  ℓₜ = q + α (p − q)
///     trend:  bₜ = φb + (β/α)(r − φb)
///     season: sₜ = s_{t−m} + γ (u − s_{t−m})
///
/// with q = ℓ_{t−1} + φb_{t−1} (the level-and-trend prediction), p = yₜ − s_{t−m} or yₜ / s_{t−m}
/// (deseasonalised observation), r = ℓₜ − ℓ_{t−1}, u = yₜ − q or yₜ / q. For additive errors these
/// are the state-space recursions ℓₜ = q + αεₜ, bₜ = φb_{t−1} + βεₜ, sₜ = s_{t−m} + γεₜ.
public struct ETSParameters: Sendable, Equatable {
  /// Level smoothing α.
  public var alpha: Double
  /// Trend smoothing β (0 without trend).
  public var beta: Double
  /// Seasonal smoothing γ (0 without season).
  public var gamma: Double
  /// Damping φ (1 when the trend is not damped).
  public var phi: Double
  /// Initial level ℓ₀.
  public var level: Double
  /// Initial trend b₀ (0 without trend).
  public var trend: Double
  /// Initial seasonal states by position in the cycle: `seasonal[k]` is the index of observations
  /// t ≡ k (mod m), t = 0 for the first observation. Empty without season.
  public var seasonal: [Double]

  /// Creates a parameter set.
  public init(
    alpha: Double, beta: Double, gamma: Double, phi: Double, level: Double, trend: Double, seasonal: [Double]
  ) {
    self.alpha = alpha
    self.beta = beta
    self.gamma = gamma
    self.phi = phi
    self.level = level
    self.trend = trend
    self.seasonal = seasonal
  }
}

/// Bounds on the smoothing parameters: the "usual" region of R's `ets` (lower 10⁻⁴, upper 0.9999,
/// β ≤ α, γ ≤ 1 − α, 0.8 ≤ φ ≤ 0.98) and the simple necessary admissibility conditions of Hyndman
/// et al. (2008, ch. 10).
enum ETSBounds {
  static let lower = 1e-4
  static let upper = 0.9999
  static let phiLower = 0.8
  static let phiUpper = 0.98

  /// Whether (α, β, γ, φ) lies in the usual region and passes the easy admissibility tests; β and γ
  /// are ignored when the model has no trend or no season.
  static func contains(alpha: Double, beta: Double, gamma: Double, phi: Double, model: ETSModel, m: Int)
    -> Bool
  {
    guard alpha >= lower, alpha <= upper else { return false }
    if model.hasTrend {
      guard beta >= lower, beta <= alpha, beta <= upper else { return false }
    }
    if model.trend == .damped {
      guard phi >= phiLower, phi <= phiUpper else { return false }
    }
    if model.hasSeason {
      guard gamma >= lower, gamma <= 1 - alpha, gamma <= upper else { return false }
      let b = model.hasTrend ? beta : 0
      let dm = Double(m)
      guard gamma <= 1 + 1 / phi - alpha else { return false }
      guard alpha >= 1 - 1 / phi - gamma * (1 - dm + phi + phi * dm) / (2 * phi * dm) else { return false }
      guard b >= -(1 - phi) * (gamma / dm + alpha) else { return false }
    }
    return true
  }
}
