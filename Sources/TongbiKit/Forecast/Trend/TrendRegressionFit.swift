import LinearAlgebra

/// Seasonal trend regressions of many series (see `TrendRegression.fit`): coefficients, residual
/// variances and fitted values for each series, and the forecasts they imply.
public struct TrendRegressionFit: Sendable {
  /// The design shared by all series.
  package let design: TrendDesign
  /// Number of panel months the series were observed over.
  public let rows: Int
  /// Coefficients, `design.columnCount × series`, column j for series j. A regressor a series could
  /// not use (the base month's dummy when January is never observed, a month never observed, a
  /// Spring Festival column without separate January or February values) holds 0; an unfitted
  /// series (too few observations) holds NaN throughout.
  public let coefficients: Matrix
  /// Residual variance σ̂² = Σ eᵢ² / (n − p) per series (n observations, p regressors used); NaN when
  /// the series was not fitted.
  public let residualVariance: [Double]
  /// Residual degrees of freedom n − p per series (0 when not fitted).
  public let degreesOfFreedom: [Int]
  /// Fitted values x(r)ᵀβ̂ for every panel month, `rows × series` (also where the series is missing;
  /// NaN when not fitted or the month was never observed).
  public let fitted: Matrix
  /// For each series, the index of its missing-pattern group in `groups` (nil when not fitted).
  let groupOfSeries: [Int?]
  /// The missing-pattern groups.
  let groups: [TrendGroup]

  /// Number of series.
  public var seriesCount: Int { residualVariance.count }

  /// Forecasts of series `series` for the `horizon` months after the last panel month, with
  /// prediction intervals at each level in `levels` (fractions, e.g. 0.8, 0.95):
  ///
  ///     ŷ = x₀ᵀβ̂,   ŷ ± t_{(1+level)/2, n−p} · σ̂ · √(1 + x₀ᵀ(XᵀX)⁻¹x₀),
  ///
  /// Student-t quantiles (exact under independent Gaussian errors). Months the series never showed
  /// in its history (January of a 1-2月 combined series) get NaN. Returns `nil` when the series was
  /// not fitted.
  public func forecast(series: Int, horizon: Int, levels: [Double]) -> ForecastPath? {
    guard let groupIndex = groupOfSeries[series] else { return nil }
    let group = groups[groupIndex]
    let p = group.columns.count
    var mean = [Double](repeating: .nan, count: horizon)
    var lower = [[Double]](repeating: mean, count: levels.count)
    var upper = lower
    let sigma = residualVariance[series].squareRoot()
    let dof = Double(degreesOfFreedom[series])
    let quantiles = levels.map { StudentT.quantile((1 + $0) / 2, degreesOfFreedom: dof) }
    var x = [Double](repeating: 0, count: p)
    for step in 0..<horizon {
      let row = rows + step
      guard group.months.contains((design.firstPeriod + row).month) else { continue }
      var value = 0.0
      for (k, column) in group.columns.enumerated() {
        x[k] = design.value(row: row, column: column)
        value += x[k] * coefficients[column, series]
      }
      var leverage = 0.0
      for i in 0..<p {
        var sum = 0.0
        for j in 0..<p { sum += group.inverseGram[i + j * p] * x[j] }
        leverage += x[i] * sum
      }
      mean[step] = value
      let se = sigma * (1 + max(0, leverage)).squareRoot()
      for (l, q) in quantiles.enumerated() {
        lower[l][step] = value - q * se
        upper[l][step] = value + q * se
      }
    }
    return ForecastPath(
      mean: mean,
      intervals: levels.indices.map {
        ForecastInterval(level: levels[$0], lower: lower[$0], upper: upper[$0])
      })
  }
}

/// Series sharing one pattern of observed months, solved together.
struct TrendGroup: Sendable {
  /// Design columns used (indices into the full design).
  let columns: [Int]
  /// Calendar months present among the observed rows.
  let months: Set<Int>
  /// (XᵀX)⁻¹ over the used columns, column-major p × p (zeros when XᵀX is singular: intervals then
  /// omit the parameter-uncertainty term).
  let inverseGram: [Double]
}
