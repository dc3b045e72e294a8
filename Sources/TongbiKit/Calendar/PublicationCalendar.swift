/// Which months of a series are published, and which published period comes before each: the one
/// owner of the 1-2月 rule (DESIGN.md, January and February).
///
/// When January is published only together with February, January is no published period, the
/// months January and February have no value of their own (no 同比 of the month), March has no
/// previous month (no 环比), and the period before 1-2月 is last year's full year.
public struct PublicationCalendar: Hashable, Sendable {
  /// Whether January is published only together with February (1-2月).
  public var januaryWithFebruary: Bool

  /// A calendar; `januaryWithFebruary` for series published 1-2月.
  public init(januaryWithFebruary: Bool) {
    self.januaryWithFebruary = januaryWithFebruary
  }

  /// Whether calendar month `month` (1...12) is a published period: false for January of a 1-2月
  /// series.
  @inline(__always)
  public func isPublished(month: Int) -> Bool { !(januaryWithFebruary && month == 1) }

  /// Whether month `month` stands for the combined period 1-2月 (February of a 1-2月 series).
  @inline(__always)
  public func isCombinedPeriod(month: Int) -> Bool { januaryWithFebruary && month == 2 }

  /// Whether month `month` has a value of its own (当月): false for January and February of a 1-2月
  /// series.
  @inline(__always)
  public func hasOwnMonth(_ month: Int) -> Bool { !(januaryWithFebruary && month <= 2) }

  /// Whether month `month` and the month before both have values of their own, so that 环比 exists:
  /// false for January to March of a 1-2月 series.
  @inline(__always)
  public func hasMonthOnMonth(_ month: Int) -> Bool { !(januaryWithFebruary && month <= 3) }

  /// Months back from month `month` to the published period before it: 2 from February of a 1-2月
  /// series (back to December), else 1.
  @inline(__always)
  public func stepsToPreviousPublished(fromMonth month: Int) -> Int {
    januaryWithFebruary && month == 2 ? 2 : 1
  }

  /// The published period before `period`: the month before, skipping January of a 1-2月 series (1-2月
  /// is preceded by last year's December, that is 1-12月 for cumulative figures).
  public func previousPublished(before period: Period) -> Period {
    period - stepsToPreviousPublished(fromMonth: period.month)
  }
}
