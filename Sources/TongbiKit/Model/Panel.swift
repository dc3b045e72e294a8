import LinearAlgebra

/// All series of one ingest as one column-major `[periods × series]` matrix, `NaN` for missing.
///
/// Column `j` holds the values of `keys[j]` for the consecutive months `firstPeriod ..< firstPeriod +
/// periodCount`, as published (monthly or cumulative, see `SeriesKey.form`). Every series is
/// contiguous, so per-series kernels stream through memory and a regression over all series is one
/// LAPACK call with the matrix as right-hand sides.
public struct Panel: Sendable {
  /// Month of row 0.
  public let firstPeriod: Period
  /// The values, `periodCount × keys.count`.
  public let values: Matrix
  /// Key of each column, in order of first appearance in the input.
  public let keys: [SeriesKey]
  /// Decimals the input used for each column (largest seen), the precision for display and checks.
  public let decimals: [Int]
  /// Indicators by code.
  public let indicators: [String: Indicator]
  /// Indicator codes in report order (indicator file order, else order of first appearance).
  public let indicatorOrder: [String]
  /// Regions by name.
  public let regions: [String: Region]
  /// Region names in order of first appearance.
  public let regionOrder: [String]

  /// Creates a panel; `keys`, `decimals` and the matrix columns correspond one to one.
  public init(
    firstPeriod: Period, values: Matrix, keys: [SeriesKey], decimals: [Int],
    indicators: [String: Indicator], indicatorOrder: [String], regions: [String: Region],
    regionOrder: [String]
  ) {
    var index: [SeriesKey: Int] = [:]
    index.reserveCapacity(keys.count)
    for (column, key) in keys.enumerated() { index[key] = column }
    self.init(
      firstPeriod: firstPeriod, values: values, keys: keys, columnIndex: index, decimals: decimals,
      indicators: indicators, indicatorOrder: indicatorOrder, regions: regions, regionOrder: regionOrder)
  }

  /// Creates a panel whose column of each key (`keys[columnIndex[key]] == key`) is already known.
  init(
    firstPeriod: Period, values: Matrix, keys: [SeriesKey], columnIndex: [SeriesKey: Int], decimals: [Int],
    indicators: [String: Indicator], indicatorOrder: [String], regions: [String: Region],
    regionOrder: [String]
  ) {
    precondition(values.columns == keys.count && decimals.count == keys.count, "one key per column")
    self.firstPeriod = firstPeriod
    self.values = values
    self.keys = keys
    self.decimals = decimals
    self.indicators = indicators
    self.indicatorOrder = indicatorOrder
    self.regions = regions
    self.regionOrder = regionOrder
    self.columnIndex = columnIndex
  }

  private let columnIndex: [SeriesKey: Int]

  /// Number of months (rows).
  public var periodCount: Int { values.rows }
  /// Number of series (columns).
  public var seriesCount: Int { values.columns }
  /// The last month of the panel, or `nil` for an empty panel.
  public var lastPeriod: Period? { periodCount > 0 ? firstPeriod + (periodCount - 1) : nil }

  /// Month of row `row`.
  public func period(atRow row: Int) -> Period { firstPeriod + row }

  /// Row of `period`, or `nil` when the panel does not cover it.
  public func row(of period: Period) -> Int? {
    let row = period - firstPeriod
    return (0..<periodCount).contains(row) ? row : nil
  }

  /// Column of `key`, or `nil` when the panel has no such series.
  public func column(of key: SeriesKey) -> Int? { columnIndex[key] }

  /// Value of column `column` at `period`; `NaN` when missing or outside the panel.
  public func value(column: Int, at period: Period) -> Double {
    guard let row = row(of: period) else { return .nan }
    return values[row, column]
  }
}
