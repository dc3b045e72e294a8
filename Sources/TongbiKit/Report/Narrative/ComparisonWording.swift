import Foundation

/// The change of growth against the previous published period, on displayed (rounded) rates as
/// offices compute it (DESIGN.md, change in growth).
///
/// With d = shown − previous shown, in percentage points: the rate changing sign gives 增速由负转正 /
/// 增速由正转负; two declines give 降幅比1-5月收窄/扩大 |d| 个百分点 (降幅与1-5月持平 at d = 0); otherwise
/// 增速比1-5月提高/回落 |d| 个百分点 (增速与1-5月持平). A zero rate counts as neither sign.
///
/// Prices (`prices`, the growth of an index) are worded as statistics offices word them: 由降转涨 /
/// 由涨转降, 降幅比1-5月收窄/扩大, 涨幅比1-5月扩大/回落 |d| 个百分点 (涨幅与1-5月持平).
public enum ComparisonWording {
  /// The phrase comparing `current` (percent, unrounded) with `previous`; `nil` when `current` is not
  /// a rate.
  public static func phrase(
    current growth: GrowthState, previous: PreviousRate?, period: ReportPeriod, language: ReportLanguage,
    prices: Bool = false
  ) -> String? {
    guard let shown = growth.displayedRate, let previous else { return nil }
    let before = OfficeDecimal.rounded(previous.rate, places: 1)
    let reference = PeriodWording.reference(to: previous.period, current: period, language: language)
    let change = shown - before
    let points = GrowthWording.oneDecimal(change < 0 ? -change : change)
    if prices {
      return priceChange(
        shown: shown, before: before, reference: reference, points: points, language: language)
    }
    switch language {
    case .zh:
      if shown > 0 && before < 0 { return "增速由负转正" }
      if shown < 0 && before > 0 { return "增速由正转负" }
      if shown < 0 && before < 0 {
        if change.isZero { return "降幅与\(reference)持平" }
        return "降幅比\(reference)\(change > 0 ? "收窄" : "扩大")\(points)个百分点"
      }
      if change.isZero { return "增速与\(reference)持平" }
      return "增速比\(reference)\(change > 0 ? "提高" : "回落")\(points)个百分点"
    case .en:
      if shown > 0 && before < 0 { return "growth turned positive" }
      if shown < 0 && before > 0 { return "growth turned negative" }
      if shown < 0 && before < 0 {
        if change.isZero { return "the decline unchanged from \(reference)" }
        return "the decline \(change > 0 ? "narrowed" : "widened") by \(points) points from \(reference)"
      }
      if change.isZero { return "growth unchanged from \(reference)" }
      return "growth \(change > 0 ? "up" : "down") \(points) points from \(reference)"
    }
  }

  /// The comparison of two price rises (index − 100), as displayed.
  static func priceChange(
    shown: Decimal, before: Decimal, reference: String, points: String, language: ReportLanguage
  ) -> String {
    let change = shown - before
    switch language {
    case .zh:
      if shown > 0 && before < 0 { return "由降转涨" }
      if shown < 0 && before > 0 { return "由涨转降" }
      if shown < 0 && before < 0 {
        if change.isZero { return "降幅与\(reference)持平" }
        return "降幅比\(reference)\(change > 0 ? "收窄" : "扩大")\(points)个百分点"
      }
      if change.isZero { return "涨幅与\(reference)持平" }
      return "涨幅比\(reference)\(change > 0 ? "扩大" : "回落")\(points)个百分点"
    case .en:
      if shown > 0 && before < 0 { return "turned from a fall to a rise" }
      if shown < 0 && before > 0 { return "turned from a rise to a fall" }
      if shown < 0 && before < 0 {
        if change.isZero { return "the fall unchanged from \(reference)" }
        return "the fall \(change > 0 ? "narrowed" : "widened") by \(points) points from \(reference)"
      }
      if change.isZero { return "the rise unchanged from \(reference)" }
      return "the rise \(change > 0 ? "widened" : "narrowed") by \(points) points from \(reference)"
    }
  }
}
