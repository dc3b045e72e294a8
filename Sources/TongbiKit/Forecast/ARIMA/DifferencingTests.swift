/// How many differences `AutoARIMA` takes, in the manner of R's `ndiffs` and `nsdiffs`.
enum DifferencingTests {
  /// The KPSS level-stationarity statistic (Kwiatkowski et al. 1992, R's `urca::ur.kpss(type = "mu")`):
  /// with eₜ = yₜ − ȳ and partial sums Sₜ = Σ_{s≤t} eₛ, η = Σ Sₜ² / (n² s²(l)), where the long-run
  /// variance s²(l) = (1/n) Σ eₜ² + (2/n) Σ_{s=1}^{l} (1 − s/(l+1)) Σ_{t>s} eₜeₜ₋ₛ uses the Bartlett
  /// window with l = ⌊3√n / 13⌋ lags, as `ndiffs` asks for.
  static func kpss(_ y: [Double]) -> Double {
    let n = y.count
    let mean = y.reduce(0, +) / Double(n)
    let e = y.map { $0 - mean }
    var partial = 0.0
    var numerator = 0.0
    for value in e {
      partial += value
      numerator += partial * partial
    }
    let lags = Int(3 * Double(n).squareRoot() / 13)
    var variance = e.reduce(0) { $0 + $1 * $1 } / Double(n)
    if lags > 0 {
      for s in 1...lags {
        var sum = 0.0
        for t in s..<n { sum += e[t] * e[t - s] }
        variance += 2 * (1 - Double(s) / Double(lags + 1)) * sum / Double(n)
      }
    }
    return variance > 0 ? numerator / (Double(n) * Double(n) * variance) : 0
  }

  /// The 5% critical value of the KPSS level statistic (Kwiatkowski et al. 1992, Table 1).
  static let kpssCritical = 0.463

  /// The number of first differences d ≤ `maximum` after which the KPSS test at 5% no longer rejects
  /// stationarity (R's `ndiffs(test = "kpss")`); a constant series needs none.
  static func differences(_ y: [Double], maximum: Int = 2) -> Int {
    var x = y
    var d = 0
    while d < maximum, x.count > 2, !x.isConstant, kpss(x) > kpssCritical {
      x = x.lagDifferences(1)
      d += 1
    }
    return d
  }

  /// The seasonal strength Fₛ = max(0, 1 − Var(R) / Var(S + R)) of the additive classical decomposition
  /// (Wang, Smith & Hyndman 2006); `nil` with fewer than two full seasons.
  static func seasonalStrength(_ y: [Double], period m: Int) -> Double? {
    guard let decomposition = ClassicalDecomposition(y, period: m, kind: .additive) else { return nil }
    var remainder = [Double]()
    var detrended = [Double]()
    for t in y.indices where !decomposition.trend[t].isNaN {
      let seasonal = decomposition.seasonal(at: t)
      detrended.append(y[t] - decomposition.trend[t])
      remainder.append(y[t] - decomposition.trend[t] - seasonal)
    }
    let total = variance(detrended)
    guard total > 0 else { return 0 }
    return max(0, 1 - variance(remainder) / total)
  }

  /// One seasonal difference when the seasonal strength exceeds 0.64 (R's `nsdiffs(test = "seas")`,
  /// with the classical decomposition in place of STL), else none.
  static func seasonalDifferences(_ y: [Double], period m: Int) -> Int {
    guard m > 1, !y.isConstant, let strength = seasonalStrength(y, period: m) else { return 0 }
    return strength > 0.64 ? 1 : 0
  }

  /// The sample variance Σ(x − x̄)² / (n − 1).
  static func variance(_ x: [Double]) -> Double {
    guard x.count > 1 else { return 0 }
    let mean = x.reduce(0, +) / Double(x.count)
    return x.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(x.count - 1)
  }
}
