/// The seasonality test of the M4 competition's benchmarks and R's `thetaf`.
package enum SeasonalityTest {
  /// Sample autocorrelation r_k = Σ_{t=1}^{n−k}(yₜ − ȳ)(yₜ₊ₖ − ȳ) / Σ(yₜ − ȳ)², k = 1…maxLag (R's `acf`).
  package static func autocorrelations(_ y: [Double], maxLag: Int) -> [Double] {
    let n = y.count
    let mean = y.reduce(0, +) / Double(n)
    let denominator = y.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    return (1...max(maxLag, 1)).prefix(maxLag).map { k in
      guard k < n, denominator > 0 else { return 0 }
      var sum = 0.0
      for t in 0..<(n - k) { sum += (y[t] - mean) * (y[t + k] - mean) }
      return sum / denominator
    }
  }

  /// Whether y is seasonal with period m at the 90% level: m > 1, y not constant, n > 2m, and
  /// |r_m| / √((1 + 2 Σ_{k=1}^{m−1} r_k²)/n) > Φ⁻¹(0.95) ≈ 1.645.
  package static func isSeasonal(_ y: [Double], m: Int) -> Bool {
    guard m > 1, y.count > 2 * m, !y.isConstant else {
      return false
    }
    let r = autocorrelations(y, maxLag: m)
    var sum = 0.0
    for k in 0..<(m - 1) { sum += r[k] * r[k] }
    let statistic = ((1 + 2 * sum) / Double(y.count)).squareRoot()
    return abs(r[m - 1]) / statistic > NormalDistribution.quantile(0.95)
  }
}
