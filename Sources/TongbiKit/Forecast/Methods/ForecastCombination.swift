/// Simple combinations of forecasts.
package enum ForecastCombination {
  /// The equally weighted average of the paths: mean = (1/k) Σ meanᵢ, and each interval bound the
  /// average of the corresponding bounds (a heuristic: the exact interval of an average needs the
  /// covariance of the methods' errors). The paths must have the same horizon and levels.
  package static func average(_ paths: [ForecastPath]) -> ForecastPath {
    guard var result = paths.first else { return ForecastPath(mean: [], intervals: []) }
    let k = Double(paths.count)
    for step in result.mean.indices {
      result.mean[step] = paths.reduce(0) { $0 + $1.mean[step] } / k
      for l in result.intervals.indices {
        result.intervals[l].lower[step] = paths.reduce(0) { $0 + $1.intervals[l].lower[step] } / k
        result.intervals[l].upper[step] = paths.reduce(0) { $0 + $1.intervals[l].upper[step] } / k
      }
    }
    return result
  }
}
