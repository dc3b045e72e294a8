/// Classical decomposition by moving averages (R's `decompose`).
///
/// Trend: the centred moving average of order m (for even m the 2×m average with weights
/// 1/(2m), 1/m, …, 1/m, 1/(2m)); NaN where the window leaves the series. Detrended: y/trend
/// (multiplicative) or y − trend (additive). Seasonal figure: the mean of the detrended values at
/// each position of the cycle (counted from the first observation), normalised to mean 1
/// (multiplicative) or mean 0 (additive).
package struct ClassicalDecomposition: Sendable {
  /// Whether the decomposition is y = T·S·R or y = T + S + R.
  package enum Kind: Sendable { case additive, multiplicative }

  /// The seasonal figure by position in the cycle, `figure[k]` for observations t ≡ k (mod m).
  package let figure: [Double]
  /// The centred moving average, NaN at the ends.
  package let trend: [Double]

  /// Decomposes `y` with period `m` (≥ 2); `nil` when y has fewer than 2m values.
  package init?(_ y: [Double], period m: Int, kind: Kind) {
    let n = y.count
    guard m >= 2, n >= 2 * m else { return nil }
    var trend = [Double](repeating: .nan, count: n)
    let half = m / 2
    for t in half..<(n - half) {
      var sum = 0.0
      if m % 2 == 0 {
        sum = 0.5 * (y[t - half] + y[t + half])
        for j in (t - half + 1)..<(t + half) { sum += y[j] }
      } else {
        for j in (t - half)...(t + half) { sum += y[j] }
      }
      trend[t] = sum / Double(m)
    }
    var figure = [Double](repeating: 0, count: m)
    var counts = [Int](repeating: 0, count: m)
    for t in 0..<n where !trend[t].isNaN {
      let value = kind == .multiplicative ? y[t] / trend[t] : y[t] - trend[t]
      guard value.isFinite else { continue }
      figure[t % m] += value
      counts[t % m] += 1
    }
    for k in 0..<m { figure[k] = counts[k] > 0 ? figure[k] / Double(counts[k]) : .nan }
    let mean = figure.reduce(0, +) / Double(m)
    self.figure = figure.map { kind == .multiplicative ? $0 / mean : $0 - mean }
    self.trend = trend
  }

  /// The seasonal index of observation t (t = 0 for the first).
  package func seasonal(at t: Int) -> Double { figure[t % figure.count] }
}
