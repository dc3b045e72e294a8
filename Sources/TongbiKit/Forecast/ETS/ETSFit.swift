import Foundation

/// A fitted ETS model: estimates, information criteria and the final states for forecasting.
public struct ETSFit: Sendable {
  /// The model.
  public let model: ETSModel
  /// Estimated smoothing parameters and initial states.
  public let parameters: ETSParameters
  /// Season length m (1 for non-seasonal models).
  public let seasonLength: Int
  /// Number of values the model was fitted to, missing ones (NaN) included: the seasonal positions of
  /// the forecasts count on from it.
  public let length: Int
  /// Number of observed values n (`length` less the missing ones), which the criterion, σ² and the
  /// information criteria count.
  public let observationCount: Int
  /// Number of estimated parameters k, counted as R's `ets` does: smoothing parameters, initial states
  /// (ℓ₀, b₀, m − 1 seasonal) and σ².
  public let parameterCount: Int
  /// R's likelihood criterion L = n ln Σε² + 2 Σ ln|μ| (the second sum for multiplicative errors);
  /// −2 log-likelihood up to a constant that depends only on n.
  public let criterion: Double
  /// Residual variance σ² = Σ εₜ² / (n − k + 1) (R divides by n minus the parameters other than σ²),
  /// of relative errors for multiplicative-error models.
  public let sigma2: Double
  /// Level after the last value (missing ones included).
  let finalLevel: Double
  /// Trend after the last value.
  let finalTrend: Double
  /// Seasonal ring after the last value: entry k is used at times t ≡ k (mod m).
  let finalSeasonal: [Double]

  /// Akaike's criterion AIC = L + 2k.
  public var aic: Double { criterion + 2 * Double(parameterCount) }
  /// Corrected AIC, AICc = AIC + 2k(k + 1)/(n − k − 1); +∞ when n ≤ k + 1.
  public var aicc: Double {
    let k = Double(parameterCount)
    let n = Double(observationCount)
    return n - k - 1 > 0 ? aic + 2 * k * (k + 1) / (n - k - 1) : .infinity
  }
  /// Bayesian criterion BIC = L + k ln n.
  public var bic: Double { criterion + Double(parameterCount) * log(Double(observationCount)) }
}
