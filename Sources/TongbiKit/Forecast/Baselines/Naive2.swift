/// Naive2 of the M4 competition: the naive method on seasonally adjusted data (90% seasonality test,
/// classical multiplicative decomposition), re-seasonalised: ŷ(h) = xₙ · S(n + h), with x = y/S.
package enum Naive2 {
  /// Forecasts with the naive method's intervals on the adjusted scale, multiplied by the seasonal
  /// index; `nil` when n < 2.
  package static func forecast(_ y: [Double], m: Int, horizon: Int, levels: [Double]) -> ForecastPath? {
    let adjustment = SeasonalAdjustment(y, m: m)
    guard var path = RandomWalkForecasts.naive(adjustment.adjusted, horizon: horizon, levels: levels) else {
      return nil
    }
    for step in 0..<horizon {
      let index = adjustment.index(step: step + 1, count: y.count)
      path.mean[step] *= index
      for l in path.intervals.indices {
        path.intervals[l].lower[step] *= index
        path.intervals[l].upper[step] *= index
      }
    }
    return path
  }
}
