import Foundation

/// The Theta method of Assimakopoulos & Nikolopoulos (M3 winner) in the form of R's `forecast::thetaf`
/// (Hyndman & Billah 2003: SES with drift equal to half the slope of the linear trend).
package enum Theta {
  /// Forecasts of `y` (season length m):
  ///
  /// 1. when `SeasonalityTest.isSeasonal` (90%), divide by classical multiplicative seasonal indices;
  /// 2. fit SES, i.e. ETS(A,N,N) with α and ℓ₀ estimated, giving ℓₙ, α and σ²;
  /// 3. ŷ(h) = ℓₙ + (b/2)((h − 1) + (1 − (1 − α)ⁿ)/α), b the least-squares slope of y on t = 0…n−1;
  /// 4. multiply by the seasonal index of the step; intervals ŷ ± z·σ√(1 + (h − 1)α²) (as R, the
  ///    half-width is not re-seasonalised).
  ///
  /// `nil` when SES cannot be fitted (n ≤ 4).
  package static func forecast(
    _ y: [Double], m: Int, horizon: Int, levels: [Double], estimator: ETSEstimator
  ) -> ForecastPath? {
    let adjustment = SeasonalAdjustment(y, m: m)
    let x = adjustment.adjusted
    guard let ses = estimator.fit(x, model: ETSModel(error: .additive, trend: .none, season: .none)) else {
      return nil
    }
    let n = x.count
    let slope = ETSInitialStates.leastSquaresLine(x, count: n).slope / 2
    let alpha = max(1e-10, ses.parameters.alpha)
    let base = ses.pointForecasts(horizon: horizon)
    let correction = (1 - pow(1 - alpha, Double(n))) / alpha
    var mean = [Double](repeating: 0, count: horizon)
    var se = [Double](repeating: 0, count: horizon)
    let sigma = ses.sigma2.squareRoot()
    for step in 0..<horizon {
      mean[step] =
        (base[step] + slope * (Double(step) + correction)) * adjustment.index(step: step + 1, count: n)
      se[step] = sigma * (Double(step) * alpha * alpha + 1).squareRoot()
    }
    return RandomWalkForecasts.gaussian(mean: mean, se: se, levels: levels)
  }
}
