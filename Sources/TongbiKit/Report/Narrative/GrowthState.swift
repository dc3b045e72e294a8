import Foundation

/// The year-on-year growth of a figure as a report words it (DESIGN.md, wording): a rate, growth
/// from a zero base, a comparison of losses, or undefined with its reason. Never `inf` or `NaN`.
package enum GrowthState: Sendable, Equatable {
  /// Growth in percent, g = (current / base − 1) × 100, unrounded; the base was positive.
  case rate(Decimal)
  /// The base is zero and the current value is not: 新增.
  case zeroBase
  /// The base or the current value is negative (losses): 减亏, 亏损扩大, 扭亏为盈 or 由盈转亏,
  /// decided from the two values.
  case losses(current: Decimal, base: Decimal)
  /// No growth can be given, for this reason.
  case undefined(GrowthUndefinedReason)

  /// Classifies a comparison of `current` with `base` (both exact decimals, `nil` when missing):
  /// a positive base with a non-negative current value gives a rate; zero over zero is 持平 (rate 0);
  /// a zero base otherwise is 新增; a negative base or a negative current value is a loss comparison.
  package static func classify(current: Decimal?, base: Decimal?) -> GrowthState {
    guard let current else { return .undefined(.missingCurrent) }
    guard let base else { return .undefined(.noBase) }
    if base.isZero { return current.isZero ? .rate(0) : .zeroBase }
    if base < 0 || current < 0 { return .losses(current: current, base: base) }
    return .rate((current - base) / base * 100)
  }

  /// The rate in percent rounded to one decimal as displayed, `nil` unless this is a rate.
  package var displayedRate: Decimal? {
    if case .rate(let rate) = self { return OfficeDecimal.rounded(rate, places: 1) }
    return nil
  }
}

/// Why a growth figure is undefined.
package enum GrowthUndefinedReason: String, Sendable, Equatable, CaseIterable {
  /// The value of the same period last year is missing (not published, redacted, before the data).
  case noBase = "no-base"
  /// The current value is missing (not published, redacted, or a month missing from a cumulation).
  case missingCurrent = "missing-current"
  /// The month lies inside a period published only as 1-2月.
  case combinedPeriod = "combined-period"
}
