/// The naive, seasonal naive and drift methods with R `forecast`'s Gaussian intervals ŷ ± z·se(h).
package enum RandomWalkForecasts {
  /// Naive: ŷ(h) = yₙ, se(h) = σ√h with σ² = mean of (yₜ − yₜ₋₁)²; `nil` when n < 2.
  package static func naive(_ y: [Double], horizon: Int, levels: [Double]) -> ForecastPath? {
    guard y.count >= 2, let last = y.last else { return nil }
    let sigma = rootMeanSquare(y.lagDifferences(1))
    return gaussian(
      mean: Array(repeating: last, count: horizon),
      se: (1...max(horizon, 1)).prefix(horizon).map { sigma * Double($0).squareRoot() }, levels: levels)
  }

  /// Seasonal naive: ŷ(h) = y_{n+h−m⌈h/m⌉}, se(h) = σ√(⌊(h−1)/m⌋ + 1) with σ² = mean of
  /// (yₜ − yₜ₋ₘ)²; `nil` when n < m + 1.
  package static func seasonalNaive(_ y: [Double], m: Int, horizon: Int, levels: [Double]) -> ForecastPath? {
    guard m >= 1, y.count > m else { return nil }
    let sigma = rootMeanSquare(y.lagDifferences(m))
    let n = y.count
    let mean = (0..<horizon).map { y[n - m + $0 % m] }
    let se = (0..<horizon).map { sigma * Double($0 / m + 1).squareRoot() }
    return gaussian(mean: mean, se: se, levels: levels)
  }

  /// Drift: ŷ(h) = yₙ + h·b with b = (yₙ − y₁)/(n − 1), se(h) = σ√(h(1 + h/(n − 1))) with
  /// σ² = Σ(Δyₜ − b)²/(n − 2); `nil` when n < 3.
  package static func drift(_ y: [Double], horizon: Int, levels: [Double]) -> ForecastPath? {
    let n = y.count
    guard n >= 3, let last = y.last else { return nil }
    let differences = y.lagDifferences(1)
    let slope = (last - y[0]) / Double(n - 1)
    let sigma = (differences.reduce(0) { $0 + ($1 - slope) * ($1 - slope) } / Double(n - 2)).squareRoot()
    let mean = (0..<horizon).map { last + Double($0 + 1) * slope }
    let se = (0..<horizon).map { step -> Double in
      let h = Double(step + 1)
      return sigma * (h * (1 + h / Double(n - 1))).squareRoot()
    }
    return gaussian(mean: mean, se: se, levels: levels)
  }

  /// √(mean of x²); 0 for an empty array.
  static func rootMeanSquare(_ x: [Double]) -> Double {
    x.isEmpty ? 0 : (x.reduce(0) { $0 + $1 * $1 } / Double(x.count)).squareRoot()
  }

  /// Intervals mean ± z_{(1+level)/2}·se at each level.
  static func gaussian(mean: [Double], se: [Double], levels: [Double]) -> ForecastPath {
    ForecastPath(
      mean: mean,
      intervals: levels.map { level in
        let z = NormalDistribution.quantile((1 + level) / 2)
        return ForecastInterval(
          level: level, lower: zip(mean, se).map { $0 - z * $1 }, upper: zip(mean, se).map { $0 + z * $1 })
      })
  }
}
