import Foundation

/// The few figures the narrative needs, computed from `SeriesForms` on exact decimals. It repeats a
/// part of what `Growth` computes (on doubles, rounded for display the same way); the next step is to
/// make it a thin layer over `GrowthTable`, so that both outputs share one computation:
///
/// - cumulative value C(y,m) at the input's precision;
/// - cumulative growth 累计同比 = C(y,m) / C(y−1,m) − 1, classified by `GrowthState.classify` (zero base,
///   negative base, missing values); a January inside a 1-2月 series is `combinedPeriod`;
/// - the rate of the previous published period (1-(m−1)月, or last year's full year before 1-2月).
///
/// Growth is computed on the exact decimal values as published, so 1002.5 against 1000 is 0.25%.
public struct ReportFigures: Sendable {
  /// The panel the figures come from.
  public let panel: Panel

  /// Creates the adapter over `panel`.
  public init(panel: Panel) {
    self.panel = panel
  }

  /// The report period of `indicator` at `period` (cumulative, with the indicator's 1-2月 flag).
  public func reportPeriod(indicator code: String, at period: Period) -> ReportPeriod {
    ReportPeriod(period: period, januaryWithFebruary: panel.indicators[code]?.january == .withFebruary)
  }

  /// C(y,m) of `indicator` in `region` at the input's precision; `nil` when unknown.
  public func cumulative(region: String, indicator code: String, at period: Period) -> ReportAmount? {
    guard let forms = panel.forms(region: region, indicator: code), let row = panel.row(of: period) else {
      return nil
    }
    return ReportAmount(forms.cumulative[row], decimals: decimals(region: region, indicator: code))
  }

  /// 累计同比 at `period`: C(y,m) against C(y−1,m).
  public func cumulativeGrowth(region: String, indicator code: String, at period: Period) -> GrowthState {
    if reportPeriod(indicator: code, at: period).januaryWithFebruary && period.month == 1 {
      return .undefined(.combinedPeriod)
    }
    let current = cumulative(region: region, indicator: code, at: period)
    let base = cumulative(region: region, indicator: code, at: period.previousYear)
    return GrowthState.classify(current: current?.value, base: base?.value)
  }

  /// The figures of `indicator` in `region` at `period`: value, growth and the previous published
  /// period's rate (targets, ranks and gaps are added by `ReportBuilder`).
  public func figures(region: String, indicator code: String, at period: Period) -> IndicatorFigures {
    let reportPeriod = reportPeriod(indicator: code, at: period)
    let indicator = panel.indicators[code]
    var figures = IndicatorFigures(
      code: code, nameZh: indicator?.nameZh ?? code, nameEn: indicator?.nameEn ?? "",
      unit: indicator?.unit ?? .count, period: reportPeriod,
      value: cumulative(region: region, indicator: code, at: period),
      growth: cumulativeGrowth(region: region, indicator: code, at: period))
    let previous = reportPeriod.previousPublished
    if case .rate(let rate) = cumulativeGrowth(region: region, indicator: code, at: previous.period) {
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
