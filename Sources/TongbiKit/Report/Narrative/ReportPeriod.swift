/// The period a figure refers to: a month, whether the figure is cumulative (1-m月) or the month
/// itself, and whether January is published together with February.
package struct ReportPeriod: Sendable, Equatable {
  /// The last month covered.
  package var period: Period
  /// Whether the figure is year-to-date (1-m月) rather than the month alone.
  package var isCumulative: Bool
  /// Whether January is published only together with February, so that month 2 reads 1-2月.
  package var januaryWithFebruary: Bool

  /// Creates a report period.
  package init(period: Period, isCumulative: Bool = true, januaryWithFebruary: Bool = false) {
    self.period = period
    self.isCumulative = isCumulative
    self.januaryWithFebruary = januaryWithFebruary
  }

  /// Whether this is the combined 1-2月 period (January published with February).
  package var isCombinedJanuaryFebruary: Bool { isCumulative && januaryWithFebruary && period.month == 2 }

  /// Whether this is a full calendar year (1-12月), worded 全年 with 比上年 instead of 同比.
  package var isFullYear: Bool { isCumulative && period.month == 12 }

  /// The published period just before this one: 1-(m−1)月; for 1-3月 of a combined series 1-2月;
  /// for 1月 or a combined 1-2月, last year's full year (DESIGN.md: 1-2月 compares with 比上年全年).
  package var previousPublished: ReportPeriod {
    let month = period.month
    var previous = period - 1
    if month == 1 || isCombinedJanuaryFebruary { previous = period - month }
    return ReportPeriod(
      period: previous, isCumulative: isCumulative, januaryWithFebruary: januaryWithFebruary)
  }
}
