extension ARIMAFit {
  /// Forecasts for `horizon` steps with intervals at `levels`. The differenced series is forecast from
  /// the filtered state (x ← T x, ŵ = x[0] + μ) and integrated, yₜ = wₜ + Σ δₖ yₜ₋ₖ with
  /// (1−B)ᵈ(1−Bᵐ)ᴰ = 1 − Σ δₖ Bᵏ; the h-step variance is σ̃² Σ_{j<h} ψⱼ² (σ̃² the `residualVariance`)
  /// with ψ the weights of θ'(B) / (φ'(B)(1−B)ᵈ(1−Bᵐ)ᴰ), and the bounds mean ± z_{(1+level)/2}
  /// √variance (the intervals of R's `forecast.Arima` once the filter has converged).
  public func forecast(horizon: Int, levels: [Double]) -> ForecastPath {
    let r = finalState.count
    let phi = expandedAR
    var x = finalState
    let delta = ARMAPolynomials.differencing(
      d: order.d, seasonalD: order.seasonalD, period: order.period)
    var history = lastObservations
    var mean = [Double]()
    mean.reserveCapacity(horizon)
    for _ in 0..<horizon {
      let w = x[0] + differencedMean
      var y = w
      for (k, coefficient) in delta.enumerated() { y += coefficient * history[history.count - 1 - k] }
      mean.append(y)
      history.append(y)
      var last = 0.0
      for (k, coefficient) in phi.enumerated() where coefficient != 0 { last += coefficient * x[r - 1 - k] }
      x.removeFirst()
      x.append(last)
    }
    let integrated = ARMAPolynomials.multiply(phi, delta)
    var psi = [Double](repeating: 0, count: horizon)
    psi.withUnsafeMutableBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      integrated.withUnsafeBufferPointer { ar in
        expandedMA.withUnsafeBufferPointer { ma in
          ARMAPolynomials.psiWeights(ar: ar, ma: ma, count: horizon, into: base)
        }
      }
    }
    var sum = 0.0
    let se = psi.map { weight in
      sum += weight * weight
      return (residualVariance * sum).squareRoot()
    }
    return RandomWalkForecasts.gaussian(mean: mean, se: se, levels: levels)
  }
}
