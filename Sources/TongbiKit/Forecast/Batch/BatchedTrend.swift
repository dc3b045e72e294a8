import LinearAlgebra

/// Trend regression of many series at once: series with the same first period and calendar length
/// share one `values` matrix, and `TrendRegression.fit` factors each missing-month pattern's design
/// once for all of them (the results equal one-at-a-time fits to the bit).
enum BatchedTrend {
  /// The trend forecast of every series of `series` that can be fitted, by index; a series left out
  /// (too short) goes through `Forecaster` and its fallbacks.
  static func forecasts(_ series: [MonthlySeries?], horizon: Int, levels: [Double]) -> [Int: ForecastPath] {
    var groups: [[Int]: [(index: Int, series: MonthlySeries)]] = [:]
    var order: [[Int]] = []
    for (index, item) in series.enumerated() {
      guard let item else { continue }
      let key = [item.firstPeriod.ordinal, item.calendarLength]
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append((index, item))
    }
    var result: [Int: ForecastPath] = [:]
    for key in order {
      guard let members = groups[key], let first = members.first?.series else { continue }
      var storage: [Double] = []
      storage.reserveCapacity(key[1] * members.count)
      for member in members { storage.append(contentsOf: member.series.calendarValues()) }
      let fit = TrendRegression.fit(
        Matrix(rows: key[1], columns: members.count, storage: storage), firstPeriod: first.firstPeriod)
      for (column, member) in members.enumerated() {
        result[member.index] = Forecaster.trendPath(
          fit, column: column, of: member.series, horizon: horizon, levels: levels)
      }
    }
    return result
  }
}
