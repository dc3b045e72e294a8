/// Heuristic initial states of R's `ets` (its function `initstate`).
enum ETSInitialStates {
  /// Initial level, trend and seasonal states for `model` on `y` with period m:
  ///
  /// - season: classical decomposition of the first 3m values (additive or multiplicative as the
  ///   model's season); multiplicative indices are floored at 0.01 and rescaled when they sum above
  ///   m; y is seasonally adjusted with them;
  /// - level and trend: on the first min(max(10, 2m), n) adjusted values (m = 1 without season), the
  ///   mean (no trend) or the intercept ℓ₀ and slope b₀ of the least-squares line over t = 1, 2, …
  ///   (additive trend; perturbed by 10⁻³ when |ℓ₀ + b₀| < 10⁻⁸).
  ///
  /// Returns `nil` when a seasonal model has fewer than 3m values.
  static func estimate(_ y: [Double], model: ETSModel, m: Int) -> ETSParameters? {
    let n = y.count
    var seasonal: [Double] = []
    var adjusted = y
    var period = 1
    if model.hasSeason {
      guard n >= 3 * m,
        let decomposition = ClassicalDecomposition(
          Array(y[0..<(3 * m)]), period: m,
          kind: model.season == .multiplicative ? .multiplicative : .additive)
      else { return nil }
      period = m
      seasonal = decomposition.figure
      if model.season == .multiplicative {
        // R keeps s₁…s_{m−1} (positions 1…m−1) floored at 0.01 and sets position 0 to m − their sum.
        for k in 1..<m { seasonal[k] = max(seasonal[k], 0.01) }
        let rest = seasonal[1...].reduce(0, +)
        if rest > Double(m) {
          let total = seasonal[1...].reduce(0) { $0 + $1 + 0.01 }
          for k in 1..<m { seasonal[k] /= total }
        }
        seasonal[0] = max(Double(m) - seasonal[1...].reduce(0, +), 0.01)
        for t in 0..<n { adjusted[t] = y[t] / max(decomposition.figure[t % m], 0.01) }
      } else {
        seasonal[0] = -seasonal[1...].reduce(0, +)
        for t in 0..<n { adjusted[t] = y[t] - decomposition.figure[t % m] }
      }
    }
    let count = min(max(10, 2 * period), n)
    var level = 0.0
    var trend = 0.0
    if model.hasTrend {
      let line = leastSquaresLine(adjusted, count: count)
      level = line.intercept
      trend = line.slope
      if abs(level + trend) < 1e-8 {
        level *= 1 + 1e-3
        trend *= 1 + 1e-3
      }
    } else {
      level = adjusted[0..<count].reduce(0, +) / Double(count)
    }
    return ETSParameters(
      alpha: 0, beta: 0, gamma: 0, phi: 1, level: level, trend: trend, seasonal: seasonal)
  }

  /// Intercept and slope of the least-squares line through (t, y[t−1]), t = 1…count.
  static func leastSquaresLine(_ y: [Double], count: Int) -> (intercept: Double, slope: Double) {
    let n = Double(count)
    let meanT = (n + 1) / 2
    var meanY = 0.0
    for t in 0..<count { meanY += y[t] }
    meanY /= n
    var sxy = 0.0
    var sxx = 0.0
    for t in 0..<count {
      let dt = Double(t + 1) - meanT
      sxy += dt * (y[t] - meanY)
      sxx += dt * dt
    }
    let slope = sxx > 0 ? sxy / sxx : 0
    return (meanY - slope * meanT, slope)
  }
}
