import Foundation

/// The few figures the narrative needs, computed from `SeriesForms` on exact decimals. It repeats a
/// part of what `Growth` computes (on doubles, rounded for display the same way); the next step is to
/// make it a thin layer over `GrowthTable`, so that both outputs share one computation:
///
/// - the stated value: C(y,m) at the input's precision for flows and averages; for stocks, rates and
///   indices (never cumulated) the cumulative form when it was published (a 累计增长 rate), else the
///   monthly value;
/// - growth by clause kind (`ClauseKind`, DESIGN.md kinds): amounts and stocks X / X_base − 1, classified
///   by `GrowthState.classify` (zero base, negative base, missing values); a growth rate is its own
///   value; a rate's change is X − X_base in percentage points; an index's growth is X − 100. A January
///   inside a 1-2月 series is `combinedPeriod`;
/// - the growth of the previous published period (1-(m−1)月, the month before, or last year's full year
///   before 1-2月), except for rates, whose change in points is not compared again.
///
/// Growth is computed on the exact decimal values as published, so 1002.5 against 1000 is 0.25%.
package struct ReportFigures: Sendable {
  /// The panel the figures come from.
  package let panel: Panel
  /// Codes of the indicators whose stated value is cumulative.
  private let cumulativeCodes: Set<String>
  /// Clause kind of every indicator, worked out once (it reads the indicator's names).
  private let kinds: [String: ClauseKind]

  /// Creates the adapter over `panel`.
  package init(panel: Panel) {
    self.panel = panel
    var codes = Set(panel.indicators.values.filter(\.kind.cumulates).map(\.code))
    for key in panel.keys where key.form == .cumulative { codes.insert(key.indicator) }
    cumulativeCodes = codes
    kinds = panel.indicators.mapValues(ClauseKind.of)
  }

  /// The report period of `indicator` at `period`: cumulative (1-m月) or the month, with the
  /// indicator's 1-2月 flag.
  package func reportPeriod(indicator code: String, at period: Period) -> ReportPeriod {
    ReportPeriod(
      period: period, isCumulative: cumulativeCodes.contains(code),
      januaryWithFebruary: panel.indicators[code]?.january == .withFebruary)
  }

  /// How clauses state `indicator` (an unknown code is an amount).
  package func kind(indicator code: String) -> ClauseKind {
    kinds[code] ?? .amount
  }

  /// The stated value of `indicator` in `region` at `period` (see the type's notes) at the input's
  /// precision; `nil` when unknown.
  package func value(region: String, indicator code: String, at period: Period) -> ReportAmount? {
    guard let forms = panel.forms(region: region, indicator: code), let row = panel.row(of: period) else {
      return nil
    }
    let stated = cumulativeCodes.contains(code) ? forms.cumulative[row] : forms.monthly[row]
    return ReportAmount(stated, decimals: decimals(region: region, indicator: code))
  }

  /// Year-on-year growth of the stated value at `period`, by the indicator's clause kind.
  package func growth(region: String, indicator code: String, at period: Period) -> GrowthState {
    let reportPeriod = reportPeriod(indicator: code, at: period)
    if reportPeriod.isCumulative && reportPeriod.januaryWithFebruary && period.month == 1 {
      return .undefined(.combinedPeriod)
    }
    let current = value(region: region, indicator: code, at: period)?.value
    switch kind(indicator: code) {
    case .amount, .stock:
      let base = value(region: region, indicator: code, at: period.previousYear)
      return GrowthState.classify(current: current, base: base?.value)
    case .growthRate:
      return current.map { .rate($0) } ?? .undefined(.missingCurrent)
    case .rate:
      guard let current else { return .undefined(.missingCurrent) }
      guard let base = value(region: region, indicator: code, at: period.previousYear) else {
        return .undefined(.noBase)
      }
      return .rate(current - base.value)
    case .index:
      return current.map { .rate($0 - 100) } ?? .undefined(.missingCurrent)
    }
  }

  /// The figures of `indicator` in `region` at `period`: value, growth and the previous published
  /// period's growth (targets, ranks and gaps are added by `ReportBuilder`).
  package func figures(region: String, indicator code: String, at period: Period) -> IndicatorFigures {
    let reportPeriod = reportPeriod(indicator: code, at: period)
    let indicator = panel.indicators[code]
    let kind = kind(indicator: code)
    var figures = IndicatorFigures(
      code: code, nameZh: indicator?.nameZh ?? code, nameEn: indicator?.nameEn ?? "",
      unit: indicator?.unit ?? .count, kind: kind, period: reportPeriod,
      value: value(region: region, indicator: code, at: period),
      growth: growth(region: region, indicator: code, at: period))
    let previous = reportPeriod.previousPublished
    if kind != .rate, case .rate(let rate) = growth(region: region, indicator: code, at: previous.period) {
      figures.previous = PreviousRate(period: previous, rate: rate)
    }
    return figures
  }

  /// Decimals the input used for the series (cumulative column first).
  func decimals(region: String, indicator code: String) -> Int {
    let cumulative = panel.column(of: SeriesKey(region: region, indicator: code, form: .cumulative))
    let monthly = panel.column(of: SeriesKey(region: region, indicator: code, form: .monthly))
    return (cumulative ?? monthly).map { panel.decimals[$0] } ?? 0
  }
}
