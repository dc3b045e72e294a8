@_spi(ByteLevel) import ByteLevel

/// Which formula each quantity uses for an indicator kind (DESIGN.md): ratios for flows, stocks and
/// averages, differences in points for rates, index − 100 for indices; stocks have no cumulative
/// form; months inside a combined 1-2月 period have no monthly growth.
struct GrowthRules {
  let kind: IndicatorKind
  let calendar: PublicationCalendar
  let hasCumulative: Bool
  /// How the series' values subtract exactly (increments, a rate's changes in points); power 1 for
  /// averages, whose means are not decimals.
  let units: DecimalUnits

  /// 同比 of the month at `row` (calendar month `month`).
  @inline(__always)
  func monthlyYoY(_ values: UnsafeBufferPointer<Double>, row: Int, month: Int) -> GrowthValue {
    if !calendar.hasOwnMonth(month) { return .undefined(.combinedPeriod) }
    return yearOnYear(values, row: row)
  }

  /// 累计同比 at `row`.
  @inline(__always)
  func cumulativeYoY(_ values: UnsafeBufferPointer<Double>, row: Int, month: Int) -> GrowthValue {
    guard hasCumulative, kind != .stock else { return .undefined(.notApplicable) }
    if !calendar.isPublished(month: month) { return .undefined(.combinedPeriod) }
    return yearOnYear(values, row: row)
  }

  /// 环比 at `row`: against the previous month, December → January across years.
  @inline(__always)
  func monthOnMonth(_ values: UnsafeBufferPointer<Double>, row: Int, month: Int) -> GrowthValue {
    if kind == .index { return .undefined(.notApplicable) }
    if !calendar.hasMonthOnMonth(month) { return .undefined(.combinedPeriod) }
    let base = row >= 1 ? values[row - 1] : .nan
    return kind == .rate
      ? pointChange(current: values[row], base: base)
      : GrowthFormulas.ratioGrowth(current: values[row], base: base)
  }

  /// Increment against the same period of last year: cumulative where it exists, else monthly; the
  /// exact difference of the two decimals where the levels are decimals (`units`).
  @inline(__always)
  func increment(monthly: UnsafeBufferPointer<Double>, cumulative: UnsafeBufferPointer<Double>, row: Int)
    -> GrowthValue
  {
    if kind == .rate || kind == .index { return .undefined(.notApplicable) }
    let values = kind == .stock || !hasCumulative ? monthly : cumulative
    let current = values[row]
    let base = row >= 12 ? values[row - 12] : .nan
    let increment = GrowthFormulas.increment(current: current, base: base)
    return increment.number == nil ? increment : .value(units.difference(current, base))
  }

  /// Two-year average growth from levels against the same period two years earlier.
  @inline(__always)
  func twoYearAverage(
    monthly: UnsafeBufferPointer<Double>, cumulative: UnsafeBufferPointer<Double>, row: Int
  ) -> GrowthValue {
    if kind == .rate || kind == .index { return .undefined(.notApplicable) }
    let values = kind == .stock || !hasCumulative ? monthly : cumulative
    return GrowthFormulas.twoYearAverage(
      level: values[row], levelTwoYearsAgo: row >= 24 ? values[row - 24] : .nan)
  }

  /// A rate's change in points, the exact difference of the two decimals where the rates are decimals
  /// (13.8 − 14.1 is −0.3, not −0.29999999999999893).
  @inline(__always)
  private func pointChange(current: Double, base: Double) -> GrowthValue {
    let change = GrowthFormulas.pointChange(current: current, base: base)
    return change.number == nil ? change : .value(units.difference(current, base))
  }

  @inline(__always)
  private func yearOnYear(_ values: UnsafeBufferPointer<Double>, row: Int) -> GrowthValue {
    let base = row >= 12 ? values[row - 12] : .nan
    switch kind {
    case .rate: return pointChange(current: values[row], base: base)
    case .index: return GrowthFormulas.indexGrowth(index: values[row])
    case .flow, .stock, .average: return GrowthFormulas.ratioGrowth(current: values[row], base: base)
    }
  }
}
