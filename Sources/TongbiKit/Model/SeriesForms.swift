@_spi(ByteLevel) import ByteLevel

/// The monthly (当月) and year-to-date cumulative (1-N月累计) values of one region's indicator over the
/// panel's months, each form taken as published or derived from the other (DESIGN.md):
///
/// - monthly from cumulative: M(y,m) = C(y,m) − C(y,m−1), M(y,1) = C(y,1);
/// - cumulative from monthly: C(y,m) = Σ_{j≤m} M(y,j), unknown when any month is missing;
/// - averages (1-N月平均): C(y,m) = mean of M(y,1..m), M(y,m) = m·C(y,m) − (m−1)·C(y,m−1);
/// - January published with February (1-2月): M(y,1) and M(y,2) are unknown, only C(y,2) is known; a
///   monthly column's February cell holds the combined 1-2月 value, so it becomes C(y,2);
/// - stocks, rates and indices are never cumulated: `cumulative` holds only what was published in
///   cumulative form (a 累计增长 rate), `monthly` what was published monthly.
///
/// Where a form was published its values are kept as they are; a month the data left empty stays
/// unknown (NaN) rather than being filled from the other form, so a disagreement between the two
/// published forms is never resolved silently (the ingest reports it).
///
/// Sums and differences are exact decimals when the values are (whole multiples of one power of ten):
/// 1-11月 of monthly values with one decimal is their exact sum, not the drifted sum of the doubles.
public struct SeriesForms: Sendable {
  /// Monthly values, one per panel month, NaN where unknown.
  public var monthly: [Double]
  /// Cumulative values, one per panel month, NaN where unknown or not defined for the kind.
  public var cumulative: [Double]
  /// How the values of both forms add and subtract exactly: in units of 10⁻ᵈ when every published
  /// value has at most d decimals.
  let units: DecimalUnits

  /// Derives both forms from the published columns (`nil` when that form was not published), whose
  /// values have at most `decimals` decimals (`nil` when not known: the doubles are added as they are).
  package init(
    monthlyColumn: UnsafeBufferPointer<Double>?, cumulativeColumn: UnsafeBufferPointer<Double>?,
    indicator: Indicator, firstPeriod: Period, decimals: Int? = nil
  ) {
    let count = monthlyColumn?.count ?? cumulativeColumn?.count ?? 0
    monthly = monthlyColumn.map(Array.init) ?? Array(repeating: .nan, count: count)
    cumulative = cumulativeColumn.map(Array.init) ?? Array(repeating: .nan, count: count)
    units = DecimalUnits(decimals: decimals, checking: monthly, cumulative)
    guard indicator.kind.cumulates else { return }
    let combined = indicator.january == .withFebruary
    let average = indicator.kind == .average
    if cumulativeColumn == nil {
      cumulative = SeriesForms.cumulate(
        monthly, firstPeriod: firstPeriod, combined: combined, average: average, units: units)
    }
    if combined {
      for row in 0..<count where (firstPeriod + row).month <= 2 { monthly[row] = .nan }
    }
    if monthlyColumn == nil {
      monthly = SeriesForms.difference(
        cumulative, firstPeriod: firstPeriod, combined: combined, average: average, units: units)
    }
  }

  /// C(y,m) from monthly values: running sums (or means) within each calendar year, of their `units`;
  /// unknown from the first missing month to the year's end, and for a year whose start lies before
  /// the panel.
  static func cumulate(
    _ monthly: [Double], firstPeriod: Period, combined: Bool, average: Bool, units: DecimalUnits
  ) -> [Double] {
    var result = Array(repeating: Double.nan, count: monthly.count)
    var sum = 0.0
    var known = firstPeriod.month == 1 || (combined && firstPeriod.month == 2)
    var month = firstPeriod.month
    for row in monthly.indices {
      defer { month = Period.month(after: month) }
      if month == 1 {
        sum = 0
        known = true
      }
      if combined && month == 1 { continue }
      let value = monthly[row]
      if value.isNaN {
        known = false
      } else {
        sum += units.units(combined && average && month == 2 ? 2 * value : value)
      }
      if known { result[row] = average ? sum / (Double(month) * units.power) : units.value(sum) }
    }
    return result
  }

  /// M(y,m) from cumulative values: differences within each calendar year, of their `units`.
  static func difference(
    _ cumulative: [Double], firstPeriod: Period, combined: Bool, average: Bool, units: DecimalUnits
  ) -> [Double] {
    var result = Array(repeating: Double.nan, count: cumulative.count)
    var month = firstPeriod.month
    for row in cumulative.indices {
      defer { month = Period.month(after: month) }
      if combined && month <= 2 { continue }
      let current = cumulative[row]
      if month == 1 {
        result[row] = current
        continue
      }
      guard row > 0 else { continue }
      let previous = units.units(cumulative[row - 1])
      let months = Double(month)
      let now = units.units(current)
      result[row] = units.value(average ? months * now - (months - 1) * previous : now - previous)
    }
    return result
  }
}

extension Panel {
  /// Monthly and cumulative values of `indicator` in `region`, as published or derived; `nil` when the
  /// panel has no such series.
  public func forms(region: String, indicator code: String) -> SeriesForms? {
    guard let indicator = indicators[code] else { return nil }
    let monthlyColumn = column(of: SeriesKey(region: region, indicator: code, form: .monthly))
    let cumulativeColumn = column(of: SeriesKey(region: region, indicator: code, form: .cumulative))
    return forms(monthlyColumn: monthlyColumn, cumulativeColumn: cumulativeColumn, indicator: indicator)
  }

  /// Monthly and cumulative values of `indicator` from the matrix columns of its published forms
  /// (looked up once by the caller), added exactly at the larger of their written decimals; `nil` when
  /// neither form was published.
  func forms(monthlyColumn: Int?, cumulativeColumn: Int?, indicator: Indicator) -> SeriesForms? {
    guard monthlyColumn != nil || cumulativeColumn != nil else { return nil }
    return values.withUnsafeBufferPointer { buffer in
      let slice: (Int?) -> UnsafeBufferPointer<Double>? = { column in
        column.map { UnsafeBufferPointer(rebasing: buffer[$0 * periodCount..<($0 + 1) * periodCount]) }
      }
      let decimals = max(
        monthlyColumn.map { self.decimals[$0] } ?? 0, cumulativeColumn.map { self.decimals[$0] } ?? 0)
      return SeriesForms(
        monthlyColumn: slice(monthlyColumn), cumulativeColumn: slice(cumulativeColumn), indicator: indicator,
        firstPeriod: firstPeriod, decimals: decimals)
    }
  }
}
