import Foundation

/// A fitted seasonal ARIMA model: its coefficients, innovation variance and criteria, and what its
/// forecasts need (the filtered state of the differenced series and the last observations).
public struct ARIMAFit: Sendable {
  /// The orders fitted.
  public let order: ARIMAOrder
  /// φ₁…φₚ (R's `ar`).
  public let ar: [Double]
  /// θ₁…θ_q (R's `ma`).
  public let ma: [Double]
  /// Φ₁…Φ_P (R's `sar`).
  public let seasonalAR: [Double]
  /// Θ₁…Θ_Q (R's `sma`).
  public let seasonalMA: [Double]
  /// The mean μ of the differenced series: R's `intercept` when d + D = 0; with d + D = 1 the series
  /// rises μ per season (D = 1) or per period (d = 1).
  public let differencedMean: Double
  /// Innovation variance: the maximum-likelihood σ² = Σvₜ²/Fₜ ÷ n for an exact fit, Σeₜ² ÷ (n − p') for
  /// a conditional one (R's `sigma2` for `ML` and `CSS`).
  public let sigma2: Double
  /// Log-likelihood −½ (n log(2πσ²) + n + Σ log Fₜ) (the conditional one for a CSS fit).
  public let logLikelihood: Double
  /// Observations used after differencing, n = N − d − mD.
  public let observations: Int
  /// Whether the fit maximised the exact likelihood (else the conditional sum of squares).
  public let exact: Bool
  /// The state x_{N+1|N} of the differenced series minus its mean (Akaike's representation).
  let finalState: [Double]
  /// The last d + mD observations, oldest first, from which forecasts are integrated.
  let lastObservations: [Double]

  /// φ'₁…φ'ₚ₊ₘₚ of φ(B)Φ(Bᵐ) = 1 − Σ φ'ₖ Bᵏ (`ARMAPolynomials.expand`).
  var expandedAR: [Double] { Self.expand(.autoregressive, ar, seasonalAR, period: order.period) }

  /// θ'₁…θ'_{q+mQ} of θ(B)Θ(Bᵐ) = 1 + Σ θ'ₖ Bᵏ.
  var expandedMA: [Double] { Self.expand(.movingAverage, ma, seasonalMA, period: order.period) }

  private static func expand(
    _ kind: ARMAPolynomials.Kind, _ coefficients: [Double], _ seasonal: [Double], period: Int
  )
    -> [Double]
  {
    var out = [Double](repeating: 0, count: coefficients.count + period * seasonal.count)
    coefficients.withUnsafeBufferPointer { c in
      seasonal.withUnsafeBufferPointer { s in
        out.withUnsafeMutableBufferPointer { o in
          guard let base = o.baseAddress else { return }
          ARMAPolynomials.expand(kind, c, s, period: period, into: base)
        }
      }
    }
    return out
  }

  /// R's `drift` or `intercept` coefficient: μ for a mean, μ per period for drift (μ/m with D = 1);
  /// `nil` without a constant.
  public var constant: Double? {
    guard order.constant else { return nil }
    return order.seasonalD == 1 ? differencedMean / Double(order.period) : differencedMean
  }

  /// The innovation variance the forecasts' intervals use: Σvₜ²/Fₜ ÷ (n − p − q − P − Q − constant),
  /// the degrees-of-freedom correction of R's `forecast::Arima`.
  public var residualVariance: Double {
    let freedom = observations - order.coefficientCount
    return freedom > 0 ? sigma2 * Double(observations) / Double(freedom) : sigma2
  }

  /// Number of estimated parameters, σ² included: p + q + P + Q + constant + 1.
  public var parameterCount: Int { order.coefficientCount + 1 }

  /// AIC = −2 log L + 2k.
  public var aic: Double { -2 * logLikelihood + 2 * Double(parameterCount) }

  /// AICc = AIC + 2k(k + 1)/(n − k − 1); +∞ when n ≤ k + 1.
  public var aicc: Double {
    let k = Double(parameterCount)
    let n = Double(observations)
    return n - k - 1 > 0 ? aic + 2 * k * (k + 1) / (n - k - 1) : .infinity
  }

  /// The same fit for the data multiplied by `scale` (fitted on y / scale): the mean, state and last
  /// observations times `scale`, σ² times scale², log L − n log(scale) (the density of y = scale·x).
  func scaled(by scale: Double) -> ARIMAFit {
    guard scale != 1 else { return self }
    return ARIMAFit(
      order: order, ar: ar, ma: ma, seasonalAR: seasonalAR, seasonalMA: seasonalMA,
      differencedMean: differencedMean * scale, sigma2: sigma2 * scale * scale,
      logLikelihood: logLikelihood - Double(observations) * log(scale), observations: observations,
      exact: exact, finalState: finalState.map { $0 * scale },
      lastObservations: lastObservations.map { $0 * scale })
  }
}
