/// One (region, indicator) of a panel as a series to forecast: its monthly values as `MonthlySeries`,
/// or why there is none.
public struct ForecastSubject: Sendable {
  /// Region name.
  public var region: String
  /// Indicator code.
  public var indicator: String
  /// The last gap-free stretch of monthly values (1-2月 combined series on 11 periods a year); `nil`
  /// when the indicator has no monthly values.
  public var series: MonthlySeries?
  /// Why `series` is nil.
  public var problem: String?
  /// What `series` leaves out: the values before a missing month, when there are any.
  public var leftOut: String?
  /// The monthly values bridged across missing months (`MonthlySeries.bridging`, NaN for each), carried
  /// on to a later month whose cumulative value fixes the sum of the missing months before it
  /// (`closingRun`), when that reaches further back or further on than `series`; `nil` otherwise.
  public var bridged: MonthlySeries?
  /// What `bridged` leaves out, as `leftOut`.
  public var bridgedLeftOut: String?
  /// The sums of runs of missing months of `bridged` that the cumulative values fix (flows only).
  public var bridgedTotals: [MissingMonthsTotal] = []
  /// The unit of the values.
  public var unit: Unit = .count
  /// Decimals of the input values, which tables show the forecasts with.
  public var decimals = 0

  /// One subject per (region, indicator) of `panel`, in panel column order. Monthly values come from
  /// `Panel.forms` (cumulative series are differenced within each year); for a 1-2月 combined series the
  /// combined value C(y,2) stands in February, the first of 11 periods a year.
  public static func all(in panel: Panel) -> [ForecastSubject] {
    var seen = Set<[String]>()
    var result: [ForecastSubject] = []
    for key in panel.keys where seen.insert([key.region, key.indicator]).inserted {
      var subject = ForecastSubject(region: key.region, indicator: key.indicator, series: nil, problem: nil)
      subject.unit = panel.indicators[key.indicator]?.unit ?? .count
      subject.decimals = panel.column(of: key).map { panel.decimals[$0] } ?? 0
      guard let forms = panel.forms(region: key.region, indicator: key.indicator),
        let indicator = panel.indicators[key.indicator]
      else {
        subject.problem = "no values"
        result.append(subject)
        continue
      }
      let combined = indicator.january == .withFebruary
      let flow = indicator.kind == .flow
      let monthly = forms.modellingColumn(
        firstPeriod: panel.firstPeriod, combined: combined, flow: flow, rows: forms.monthly.count)
      subject.series = monthly.withUnsafeBufferPointer {
        MonthlySeries.trailing($0, firstPeriod: panel.firstPeriod, combinedJanuary: combined)
      }
      if let series = subject.series {
        subject.leftOut = Self.leftOut(before: series, in: monthly, firstPeriod: panel.firstPeriod)
        var bridged = monthly.withUnsafeBufferPointer {
          MonthlySeries.bridging($0, firstPeriod: panel.firstPeriod, combinedJanuary: combined)
        }
        if flow, let stretch = bridged {
          bridged = Self.closingRun(of: stretch, forms: forms, firstPeriod: panel.firstPeriod) ?? stretch
        }
        if let bridged, bridged.count > series.count {
          subject.bridged = bridged
          subject.bridgedLeftOut = Self.leftOut(before: bridged, in: monthly, firstPeriod: panel.firstPeriod)
          if flow {
            subject.bridgedTotals = MissingMonthsTotal.all(
              in: bridged, forms: forms, firstPeriod: panel.firstPeriod)
          }
        }
      } else {
        subject.problem = "no monthly values"
      }
      result.append(subject)
    }
    return result
  }

  /// `series` (a flow's) carried on with missing months to the latest month of the year they fall in
  /// whose cumulative value fixes their sum (`MonthlySeries.carriedOn`); `nil` when there is no such
  /// month, or when the months added would make more than `MonthlySeries.bridgedMissingShare` of the
  /// series missing.
  static func closingRun(of series: MonthlySeries, forms: SeriesForms, firstPeriod: Period) -> MonthlySeries?
  {
    let next = series.period(at: series.count)
    guard let december = Period(year: next.year, month: 12) else { return nil }
    var end = min(december, firstPeriod + (forms.cumulative.count - 1))
    while end >= next {
      if let carried = series.carriedOn(through: end, forms: forms, firstPeriod: firstPeriod) {
        let missing = carried.count - carried.observedCount
        return Double(missing) <= MonthlySeries.bridgedMissingShare * Double(carried.count) ? carried : nil
      }
      end = end - 1
    }
    return nil
  }

  /// "N earlier values left out: the monthly value of YYYY-MM is unknown; the series is modelled from
  /// YYYY-MM" when `column` (monthly values, row 0 at `firstPeriod`) holds values before `series` (its
  /// last gap-free or bridged stretch), whose month before is missing; `nil` otherwise.
  static func leftOut(before series: MonthlySeries, in column: [Double], firstPeriod: Period) -> String? {
    let start = series.firstPeriod - firstPeriod
    let earlier = column[0..<max(0, start)].count(where: { !$0.isNaN })
    guard earlier > 0 else { return nil }
    return "\(earlier) earlier value\(earlier == 1 ? "" : "s") left out: the monthly value of "
      + "\(series.label(series.period(at: -1))) is unknown; the series is modelled from "
      + series.label(series.firstPeriod)
  }
}
