@_spi(ByteLevel) import ByteLevel
import LinearAlgebra

extension ETSFit {
  /// Point forecasts for steps h = 1…H after the last value (N = `length`, missing values included):
  ///
  ///     ŷ(h) = (ℓ_N + φ_h b_N) ∘ s_{N+h−m⌈h/m⌉},   φ_h = φ + φ² + … + φʰ (h when undamped),
  ///
  /// ∘ = + or × by the seasonal type (nothing without season).
  public func pointForecasts(horizon: Int) -> [Double] {
    var result = [Double](repeating: 0, count: horizon)
    var phiSum = 0.0
    var phiPower = 1.0
    for step in 0..<horizon {
      phiPower *= parameters.phi
      phiSum += phiPower
      var value = model.hasTrend ? finalLevel + phiSum * finalTrend : finalLevel
      if model.hasSeason {
        let s = finalSeasonal[(length + step) % seasonLength]
        value = model.season == .additive ? value + s : value * s
      }
      result[step] = value
    }
    return result
  }

  /// Whether the model has the analytic forecast variance of Hyndman et al. (2008) class 1 (additive
  /// error, additive or no trend and season).
  public var hasAnalyticVariance: Bool { model.error == .additive && model.season != .multiplicative }

  /// Forecast variances of class 1 models, v(h) = σ² [1 + Σ_{j=1}^{h−1} c_j²] with
  /// c_j = α + β φ_j + γ·[j ≡ 0 (mod m)], φ_j as in `pointForecasts` (β = 0 without trend, γ = 0
  /// without season); `nil` for other models.
  public func forecastVariances(horizon: Int) -> [Double]? {
    guard hasAnalyticVariance else { return nil }
    var result = [Double](repeating: sigma2, count: horizon)
    var sum = 0.0
    var phiSum = 0.0
    var phiPower = 1.0
    for step in 1..<max(horizon, 1) {
      phiPower *= parameters.phi
      phiSum += phiPower
      var c = parameters.alpha
      if model.hasTrend { c += parameters.beta * phiSum }
      if model.hasSeason && step % seasonLength == 0 { c += parameters.gamma }
      sum += c * c
      result[step] = sigma2 * (1 + sum)
    }
    return result
  }

  /// Forecasts with prediction intervals at each level (fractions): analytic Gaussian intervals
  /// ŷ ± z_{(1+level)/2} √v(h) for class 1 models; otherwise the empirical quantiles (R type 7) of
  /// `simulations` simulated future paths (`simulate`), with the analytic point forecasts; no paths are
  /// simulated when `levels` is empty.
  public func forecast(horizon: Int, levels: [Double], simulations: Int = 2000, seed: UInt64 = 1)
    -> ForecastPath
  {
    let mean = pointForecasts(horizon: horizon)
    if let variances = forecastVariances(horizon: horizon) {
      let intervals = levels.map { level -> ForecastInterval in
        let z = NormalDistribution.quantile((1 + level) / 2)
        return ForecastInterval(
          level: level, lower: zip(mean, variances).map { $0 - z * $1.squareRoot() },
          upper: zip(mean, variances).map { $0 + z * $1.squareRoot() })
      }
      return ForecastPath(mean: mean, intervals: intervals)
    }
    guard !levels.isEmpty else { return ForecastPath(mean: mean, intervals: []) }
    let paths = simulate(horizon: horizon, paths: simulations, seed: seed)
    return ForecastPath(mean: mean, intervals: SimulatedQuantiles.intervals(paths, levels: levels))
  }

  /// `paths` simulated future sample paths, `horizon × paths` column-major (each path contiguous):
  /// εₜ ~ N(0, σ²) independent, yₜ = μₜ + εₜ (additive error) or μₜ(1 + εₜ) (multiplicative), the states
  /// updated with each simulated yₜ.
  public func simulate(horizon: Int, paths: Int, seed: UInt64) -> Matrix {
    var output = Matrix(rows: horizon, columns: paths)
    var random = RandomSource(seed: seed)
    let sigma = sigma2.squareRoot()
    let m = max(seasonLength, 1)
    var ring = [Double](repeating: 0, count: m)
    ring.withUnsafeMutableBufferPointer { ringBuffer in
      guard let base = ringBuffer.baseAddress else { return }
      output.withUnsafeMutableBufferPointer { out in
        for path in 0..<paths {
          for k in 0..<m { base[k] = finalSeasonal.isEmpty ? 0 : finalSeasonal[k] }
          var state = ETSKernel.State(level: finalLevel, trend: finalTrend, seasonal: base, m: m)
          var k = length % m
          for step in 0..<horizon {
            let f = ETSKernel.oneStep(state, k: k, model: model, phi: parameters.phi)
            let e = sigma * random.nextNormal()
            let y = model.error == .additive ? f + e : f * (1 + e)
            out[step + path * horizon] = y
            ETSKernel.update(
              &state, y: y, k: k, model: model, alpha: parameters.alpha, beta: parameters.beta,
              gamma: parameters.gamma, phi: parameters.phi)
            k += 1
            if k == m { k = 0 }
          }
        }
      }
    }
    return output
  }
}
