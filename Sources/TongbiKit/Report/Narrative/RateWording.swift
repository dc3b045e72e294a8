import Foundation

/// The year-on-year phrase of a rate or an index (DESIGN.md: a rate's change is a difference in
/// percentage points, an index's growth is index − 100), displayed to one decimal, half away from zero.
///
/// Rate: 比上年同期提高/下降 X 个百分点, 与上年同期持平 (full year: 比上年…, 与上年持平). Index:
/// 同比上涨/下降 X%, 与上年同期持平 (full year: 比上年上涨…). Undefined values are worded by `GrowthWording`.
public enum RateWording {
  /// The phrase for the change `growth` of a rate (`.rate` holds the difference in points).
  public static func pointChange(_ growth: GrowthState, period: ReportPeriod, language: ReportLanguage)
    -> String
  {
    guard let shown = growth.displayedRate else {
      return undefined(growth, period: period, language: language)
    }
    let points = GrowthWording.oneDecimal(shown < 0 ? -shown : shown)
    switch language {
    case .zh:
      let compared = period.isFullYear ? "比上年" : "比上年同期"
      if shown.isZero { return period.isFullYear ? "与上年持平" : "与上年同期持平" }
      return "\(compared)\(shown > 0 ? "提高" : "下降")\(points)个百分点"
    case .en:
      let compared = period.isFullYear ? "on the previous year" : "year on year"
      if shown.isZero {
        return period.isFullYear ? "unchanged from last year" : "unchanged from the same period last year"
      }
      return "\(shown > 0 ? "up" : "down") \(points) points \(compared)"
    }
  }

  /// The phrase for the growth index − 100 of an index (`.rate` holds it in percent).
  public static func indexChange(_ growth: GrowthState, period: ReportPeriod, language: ReportLanguage)
    -> String
  {
    guard let shown = growth.displayedRate else {
      return undefined(growth, period: period, language: language)
    }
    let percent = GrowthWording.oneDecimal(shown < 0 ? -shown : shown)
    switch language {
    case .zh:
      let compared = period.isFullYear ? "比上年" : "同比"
      if shown.isZero { return period.isFullYear ? "与上年持平" : "与上年同期持平" }
      return "\(compared)\(shown > 0 ? "上涨" : "下降")\(percent)%"
    case .en:
      let compared = period.isFullYear ? "on the previous year" : "year on year"
      if shown.isZero {
        return period.isFullYear ? "unchanged from last year" : "unchanged from the same period last year"
      }
      return "\(shown > 0 ? "up" : "down") \(percent)% \(compared)"
    }
  }

  /// Undefined growth, worded as for amounts (the reason, never inf or NaN).
  static func undefined(_ growth: GrowthState, period: ReportPeriod, language: ReportLanguage) -> String {
    GrowthWording.phrase(growth, period: period, unit: .percent, decimals: 1, language: language)
  }
}
