/// The year-on-year phrase of a rate or an index (DESIGN.md: a rate's change is a difference in
/// percentage points, an index's growth is index − 100), displayed to one decimal, half away from zero.
///
/// Rate: 比上年同期提高/下降 X 个百分点, 与上年同期持平 (full year: 比上年…, 与上年持平). Index:
/// 同比上涨/下降 X%, 与上年同期持平 (full year: 比上年上涨…). Undefined values are worded by `GrowthWording`.
package enum RateWording {
  /// The phrase for the change `growth` of a rate (`.rate` holds the difference in points).
  package static func pointChange(_ growth: GrowthValue, period: ReportPeriod, language: ReportLanguage)
    -> String
  {
    change(growth, period: period, language: language, inPoints: true)
  }

  /// The phrase for the growth index − 100 of an index (`.rate` holds it in percent).
  package static func indexChange(_ growth: GrowthValue, period: ReportPeriod, language: ReportLanguage)
    -> String
  {
    change(growth, period: period, language: language, inPoints: false)
  }

  /// A change in points (比上年同期提高 X 个百分点) or in percent (同比上涨 X%).
  static func change(_ growth: GrowthValue, period: ReportPeriod, language: ReportLanguage, inPoints: Bool)
    -> String
  {
    guard let shown = ShownRate(growth) else {
      return GrowthWording.phrase(
        growth, current: nil, base: nil, period: period, unit: .percent, language: language)
    }
    let size = shown.magnitude.text
    let fullYear = period.isFullYear
    switch language {
    case .zh:
      if shown.isZero { return fullYear ? "与上年持平" : "与上年同期持平" }
      let compared = fullYear ? "比上年" : inPoints ? "比上年同期" : "同比"
      let verb = shown.tenths < 0 ? "下降" : inPoints ? "提高" : "上涨"
      return compared + verb + size + (inPoints ? "个百分点" : "%")
    case .en:
      if shown.isZero {
        return fullYear ? "unchanged from last year" : "unchanged from the same period last year"
      }
      let compared = fullYear ? "on the previous year" : "year on year"
      return "\(shown.tenths > 0 ? "up" : "down") \(size)\(inPoints ? " points" : "%") \(compared)"
    }
  }
}
