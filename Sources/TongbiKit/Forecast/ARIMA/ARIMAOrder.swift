/// The orders of a seasonal ARIMA(p,d,q)(P,D,Q)[m] model and whether it has a constant: φ(B)Φ(Bᵐ)
/// (1−B)ᵈ(1−Bᵐ)ᴰ (yₜ − μₜ) = θ(B)Θ(Bᵐ) εₜ, where the constant is a mean μ when d + D = 0 and a drift
/// (a linear trend in y) when d + D = 1; with more differences there is none.
public struct ARIMAOrder: Hashable, Sendable, CustomStringConvertible {
  /// Non-seasonal autoregressive order p.
  public var p: Int
  /// Non-seasonal differences d.
  public var d: Int
  /// Non-seasonal moving-average order q.
  public var q: Int
  /// Seasonal autoregressive order P.
  public var seasonalP: Int
  /// Seasonal differences D.
  public var seasonalD: Int
  /// Seasonal moving-average order Q.
  public var seasonalQ: Int
  /// Season length m (1 for a non-seasonal model).
  public var period: Int
  /// Whether the model has a mean (d + D = 0) or drift (d + D = 1).
  public var constant: Bool

  /// Creates an order; a constant is dropped when d + D > 1.
  public init(
    p: Int, d: Int, q: Int, seasonalP: Int = 0, seasonalD: Int = 0, seasonalQ: Int = 0, period: Int = 1,
    constant: Bool = false
  ) {
    self.p = p
    self.d = d
    self.q = q
    self.seasonalP = seasonalP
    self.seasonalD = seasonalD
    self.seasonalQ = seasonalQ
    self.period = period
    self.constant = constant && d + seasonalD <= 1
  }

  /// The number of ARMA coefficients p + q + P + Q.
  public var armaCount: Int { p + q + seasonalP + seasonalQ }

  /// Lags of the expanded autoregressive polynomial φ(B)Φ(Bᵐ): p + mP.
  var expandedAR: Int { p + period * seasonalP }

  /// Lags of the expanded moving-average polynomial θ(B)Θ(Bᵐ): q + mQ.
  var expandedMA: Int { q + period * seasonalQ }

  /// Coefficients estimated besides σ²: p + q + P + Q, and the constant when there is one.
  var coefficientCount: Int { armaCount + (constant ? 1 : 0) }

  /// Values lost to differencing: d + mD.
  var differencingLoss: Int { d + period * seasonalD }

  /// R's notation, e.g. `ARIMA(0,1,1)(0,1,1)[12]`, `ARIMA(1,0,0) with non-zero mean`,
  /// `ARIMA(0,1,1) with drift`.
  public var description: String {
    var text = "ARIMA(\(p),\(d),\(q))"
    if period > 1, seasonalP + seasonalD + seasonalQ > 0 {
      text += "(\(seasonalP),\(seasonalD),\(seasonalQ))[\(period)]"
    }
    if constant { text += d + seasonalD == 0 ? " with non-zero mean" : " with drift" }
    return text
  }
}
