/// The period a figure refers to: a month, whether the figure is cumulative (1-m月) or the month
/// itself, and the series' publication calendar (January alone or with February).
package struct ReportPeriod: Sendable, Equatable {
  /// The last month covered.
  package var period: Period
  /// Whether the figure is year-to-date (1-m月) rather than the month alone.
  package var isCumulative: Bool
  /// Which months the series publishes.
  package var calendar: PublicationCalendar

  /// Creates a report period.
  package init(period: Period, isCumulative: Bool = true, januaryWithFebruary: Bool = false) {
    self.period = period
    self.isCumulative = isCumulative
    self.calendar = PublicationCalendar(januaryWithFebruary: januaryWithFebruary)
  }

  /// Whether January is published only together with February, so that month 2 reads 1-2月.
  package var januaryWithFebruary: Bool { calendar.januaryWithFebruary }

  /// Whether this is the combined 1-2月 period (January published with February).
  package var isCombinedJanuaryFebruary: Bool {
    isCumulative && calendar.isCombinedPeriod(month: period.month)
  }

  /// Whether this is a full calendar year (1-12月), worded 全年 with 比上年 instead of 同比.
  package var isFullYear: Bool { isCumulative && period.month == 12 }

  /// The published period just before this one, by the calendar: 1-(m−1)月; 1-2月 before 1-3月 of a
  /// combined series; last year's full year before 1月 or a combined 1-2月 (DESIGN.md: 1-2月 compares
  /// with 比上年全年).
  package var previousPublished: ReportPeriod {
    ReportPeriod(
      period: calendar.previousPublished(before: period), isCumulative: isCumulative,
      januaryWithFebruary: januaryWithFebruary)
  }
}
