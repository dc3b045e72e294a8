@_spi(ByteLevel) import ByteLevel

/// The sum of a run of missing months that the cumulative values still fix. With C(y,m) the 1-m月
/// cumulative value, the monthly values of months a…b of one year add up to
///
///     C(y,b) − C(y,a−1),   or C(y,b) when a opens the year,
///
/// though each of them is unknown: a redacted C(y,9) hides M(y,9) = C(y,9) − C(y,8) and
/// M(y,10) = C(y,10) − C(y,9), but not their sum C(y,10) − C(y,8).
public struct MissingMonthsTotal: Sendable, Equatable {
  /// The positions of the run of missing months in its `MonthlySeries`.
  public var positions: Range<Int>
  /// The sum of their values.
  public var total: Double

  /// Creates the total of the months at `positions`.
  public init(positions: Range<Int>, total: Double) {
    self.positions = positions
    self.total = total
  }

  /// The totals the cumulative values of `forms` fix for the runs of missing values of `series`,
  /// whose values are `forms`' modelling column (`SeriesForms.modellingColumn`, row 0 at
  /// `firstPeriod`) from `series.firstPeriod` on. A run is cut into stretches at each month whose C is
  /// known and at each year's end; a stretch has a total when its last month's C is known, and so is the
  /// C of the month before it unless it opens the year (January, or the 1-2月 period of a combined
  /// series): with C(y,9) and C(y,11) redacted, September and October add up to C(y,10) − C(y,8),
  /// November and December to C(y,12) − C(y,10). Flows only (`Indicator.Kind.flow`): the months of an
  /// average (1-N月平均) do not add up to its cumulative value.
  static func all(in series: MonthlySeries, forms: SeriesForms, firstPeriod: Period) -> [MissingMonthsTotal] {
    var result: [MissingMonthsTotal] = []
    var start: Int?
    for index in series.values.indices {
      guard series.values[index].isNaN else {
        start = nil
        continue
      }
      let first = start ?? index
      let period = series.period(at: index)
      let row = period - firstPeriod
      if row >= 0, row < forms.cumulative.count, !forms.cumulative[row].isNaN {
        if let total = forms.cumulativeTotal(
          from: series.period(at: first), through: period, firstPeriod: firstPeriod,
          combined: series.combinedJanuary)
        {
          result.append(MissingMonthsTotal(positions: first..<(index + 1), total: total))
        }
        start = index + 1
      } else {
        start = series.period(at: index + 1).year == period.year ? first : index + 1
      }
    }
    return result
  }

  /// Moves the estimates at `positions` of `values` so that they add up to `total`: scaled by total / Σ
  /// when the total and every estimate are positive (the estimates' seasonal shape is kept), else each
  /// shifted by (total − Σ) / L. Nothing moves, and the result is false, when `positive` (every
  /// observed value of the series is) and the total is not: the cumulative values then contradict the
  /// series (a year-to-date value that falls across the redacted months).
  func impose(on values: inout [Double], positive: Bool) -> Bool {
    guard !positive || total > 0 else { return false }
    let sum = positions.reduce(0) { $0 + values[$1] }
    if total > 0 && positions.allSatisfy({ values[$0] > 0 }) {
      for index in positions { values[index] *= total / sum }
    } else {
      for index in positions { values[index] += (total - sum) / Double(positions.count) }
    }
    return true
  }
}

extension MonthlySeries {
  /// The series carried on with missing months through `end` (a later month of the year its next month
  /// falls in), when the cumulative values of `forms` (row 0 at `firstPeriod`) fix their sum: a redacted
  /// C(y,m−1) at the end of the data hides M(y,m−1) and M(y,m), but not C(y,m) − C(y,m−2); `nil`
  /// otherwise.
  func carriedOn(through end: Period, forms: SeriesForms, firstPeriod: Period) -> MonthlySeries? {
    let next = period(at: count)
    guard
      forms.cumulativeTotal(from: next, through: end, firstPeriod: firstPeriod, combined: combinedJanuary)
        != nil
    else { return nil }
    var added = 0
    while period(at: count + added) <= end { added += 1 }
    return MonthlySeries(
      firstPeriod: self.firstPeriod, values: values + Array(repeating: .nan, count: added),
      combinedJanuary: combinedJanuary)
  }
}

extension SeriesForms {
  /// Σ M over the panel months `first` … `last` (row 0 at `firstPeriod`) as the cumulative values fix
  /// it, exactly as decimals: C(last) − C(first − 1 month), or C(last) when `first` opens its year
  /// (January, or February in a `combined` 1-2月 series); `nil` when the months span two years or a C
  /// needed is unknown (or outside the panel).
  func cumulativeTotal(from first: Period, through last: Period, firstPeriod: Period, combined: Bool)
    -> Double?
  {
    let lastRow = last - firstPeriod
    guard first.year == last.year, first <= last, first >= firstPeriod, lastRow < cumulative.count else {
      return nil
    }
    let closing = cumulative[lastRow]
    guard !closing.isNaN else { return nil }
    if first.month == 1 || (combined && first.month == 2) { return closing }
    let openingRow = first - firstPeriod - 1
    guard openingRow >= 0, !cumulative[openingRow].isNaN else { return nil }
    return units.difference(closing, cumulative[openingRow])
  }
}
