import LinearAlgebra

/// Prediction intervals from simulated sample paths.
package enum SimulatedQuantiles {
  /// The sample quantile of `sorted` (ascending, non-empty) at probability p, R's default type 7:
  /// with h = (n − 1)p, x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎) (0-based order statistics).
  package static func quantile(sorted: [Double], _ p: Double) -> Double {
    guard !sorted.isEmpty else { return .nan }
    let h = Double(sorted.count - 1) * min(max(p, 0), 1)
    let low = Int(h)
    let high = min(low + 1, sorted.count - 1)
    return sorted[low] + (h - Double(low)) * (sorted[high] - sorted[low])
  }

  /// Central intervals [q((1 − level)/2), q((1 + level)/2)] per step of `paths` (`horizon × paths`,
  /// one path per column), at each level; NaN paths are left out.
  ///
  /// The order statistics are found by selection (`OrderStatistics`), not by sorting each step's
  /// values: the same numbers as `quantile(sorted:)` in linear time.
  package static func intervals(_ paths: Matrix, levels: [Double]) -> [ForecastInterval] {
    var lower = [[Double]](repeating: [Double](repeating: .nan, count: paths.rows), count: levels.count)
    var upper = lower
    var values = [Double](repeating: 0, count: paths.columns)
    let probabilities = levels.flatMap { [(1 - $0) / 2, (1 + $0) / 2] }
    for step in 0..<paths.rows {
      var count = 0
      for path in 0..<paths.columns where !paths[step, path].isNaN {
        values[count] = paths[step, path]
        count += 1
      }
      let quantiles = values.withUnsafeMutableBufferPointer { buffer in
        OrderStatistics.quantiles(of: UnsafeMutableBufferPointer(rebasing: buffer[0..<count]), probabilities)
      }
      for l in levels.indices {
        lower[l][step] = quantiles[2 * l]
        upper[l][step] = quantiles[2 * l + 1]
      }
    }
    return levels.indices.map { ForecastInterval(level: levels[$0], lower: lower[$0], upper: upper[$0]) }
  }
}
