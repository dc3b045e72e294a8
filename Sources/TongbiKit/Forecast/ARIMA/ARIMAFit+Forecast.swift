extension ARIMAFit {
  /// Forecasts for `horizon` steps with intervals at `levels`. The differenced series is forecast from
  /// the filtered state (x ← T x, ŵ = x[0] + μ) and integrated, yₜ = wₜ + Σ δₖ yₜ₋ₖ with
  /// (1−B)ᵈ(1−Bᵐ)ᴰ = 1 − Σ δₖ Bᵏ; the h-step variance is σ̃² Σ_{j<h} ψⱼ² (σ̃² the `residualVariance`) with ψ the weights of
  /// θ'(B) / (φ'(B)(1−B)ᵈ(1−Bᵐ)ᴰ), and the bounds mean ± z_{(1+level)/2} √variance (the intervals of R's
  /// `forecast.Arima` once the filter has converged).
  public func forecast(horizon: Int, levels: [Double]) -> ForecastPath {
    let r = finalState.count
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
      for (k, phi) in expandedAR.enumerated() where phi != 0 { last += phi * x[r - 1 - k] }
      x.removeFirst()
      x.append(last)
    }
    let integrated = Self.multiply(expandedAR, delta)
    var psi = [Double](repeating: 0, count: horizon)
    psi.withUnsafeMutableBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      integrated.withUnsafeBufferPointer { ar in
        expandedMA.withUnsafeBufferPointer { ma in
          ARMAPolynomials.psiWeights(ar: ar, ma: ma, count: horizon, into: base)
        }
      }
    }
    var variance = [Double](repeating: 0, count: horizon)
    var sum = 0.0
    for h in 0..<horizon {
      sum += psi[h] * psi[h]
      variance[h] = residualVariance * sum
    }
    let intervals = levels.map { level in
      let z = NormalDistribution.quantile(0.5 + level / 2)
      return ForecastInterval(
        level: level,
        lower: zip(mean, variance).map { $0 - z * $1.squareRoot() },
        upper: zip(mean, variance).map { $0 + z * $1.squareRoot() })
    }
    return ForecastPath(mean: mean, intervals: intervals)
  }

  /// The AR coefficients of (1 − Σ aₖBᵏ)(1 − Σ bₖBᵏ) = 1 − Σ cₖBᵏ: cₖ = aₖ + bₖ − Σ aᵢbₖ₋ᵢ.
  static func multiply(_ a: [Double], _ b: [Double]) -> [Double] {
    var c = [Double](repeating: 0, count: a.count + b.count)
    for (i, value) in a.enumerated() { c[i] += value }
    for (j, value) in b.enumerated() { c[j] += value }
    for (i, ai) in a.enumerated() {
      for (j, bj) in b.enumerated() { c[i + j + 1] -= ai * bj }
    }
    return c
  }
}
