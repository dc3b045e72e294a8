import Foundation

/// The growth phrase of a clause (DESIGN.md, wording), in Chinese or English.
///
/// Rates are displayed to one decimal, half away from zero. Chinese: 同比增长 8.7% / 同比下降 3.1% /
/// 与上年同期持平 (displayed 0.0, never −0.0) / 同比增长 1.5 倍 from +100% (X = g / 100, to one decimal,
/// a whole number without ".0") / 新增（上年同期为0）/ 同比减亏 X万元 / 亏损同比扩大 X万元 / 同比扭亏为盈 /
/// 同比由盈转亏. Full-year figures say 比上年 instead of 同比 (与上年持平).
package enum GrowthWording {
  /// The phrase for `growth` of a figure in `period`, amounts in `unit` with `decimals` decimals.
  package static func phrase(
    _ growth: GrowthState, period: ReportPeriod, unit: Unit, decimals: Int, language: ReportLanguage
  ) -> String {
    let fullYear = period.isFullYear
    switch language {
    case .zh: return chinese(growth, fullYear: fullYear, unit: unit, decimals: decimals)
    case .en: return english(growth, fullYear: fullYear, unit: unit, decimals: decimals)
    }
  }

  /// Text of a rate or a point change at one decimal: "8.7", "0.0".
  package static func oneDecimal(_ value: Decimal) -> String { OfficeDecimal.text(value, places: 1) }

  /// X of 增长 X 倍: g / 100 at one decimal, without a trailing ".0" (150 → "1.5", 200 → "2").
  package static func times(_ rate: Decimal) -> String {
    let text = OfficeDecimal.text(OfficeDecimal.rounded(rate, places: 1) / 100, places: 1)
    return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
  }

  static func chinese(_ growth: GrowthState, fullYear: Bool, unit: Unit, decimals: Int) -> String {
    let compared = fullYear ? "比上年" : "同比"
    let sameTime = fullYear ? "上年" : "上年同期"
    switch growth {
    case .rate(let rate):
      let shown = OfficeDecimal.rounded(rate, places: 1)
      if shown.isZero { return "与\(sameTime)持平" }
      if shown >= 100 { return "\(compared)增长\(times(rate))倍" }
      return shown > 0 ? "\(compared)增长\(oneDecimal(shown))%" : "\(compared)下降\(oneDecimal(-shown))%"
    case .zeroBase:
      return "新增（\(sameTime)为0）"
    case .losses(let current, let base):
      let amount = { (value: Decimal) in
        AmountWording.text(ReportAmount(value: value, decimals: decimals), unit: unit, language: .zh)
      }
      if base > 0 { return "\(compared)由盈转亏" }
      if current > 0 { return "\(compared)扭亏为盈" }
      if current == base { return "亏损与\(sameTime)持平" }
      return current > base
        ? "\(compared)减亏\(amount(current - base))" : "亏损\(compared)扩大\(amount(base - current))"
    case .undefined(let reason):
      switch reason {
      case .noBase: return "\(sameTime)无可比数据"
      case .missingCurrent: return "本期数据缺失或保密"
      case .combinedPeriod: return "1-2月合并发布，无单月数据"
      }
    }
  }

  static func english(_ growth: GrowthState, fullYear: Bool, unit: Unit, decimals: Int) -> String {
    let compared = fullYear ? "on the previous year" : "year on year"
    let sameTime = fullYear ? "last year" : "the same period last year"
    switch growth {
    case .rate(let rate):
      let shown = OfficeDecimal.rounded(rate, places: 1)
      if shown.isZero { return "unchanged from \(sameTime)" }
      if shown >= 100 { return "up \(times(rate)) times \(compared)" }
      return shown > 0 ? "up \(oneDecimal(shown))% \(compared)" : "down \(oneDecimal(-shown))% \(compared)"
    case .zeroBase:
      return "new (zero in \(sameTime))"
    case .losses(let current, let base):
      let amount = { (value: Decimal) in
        AmountWording.text(ReportAmount(value: value, decimals: decimals), unit: unit, language: .en)
      }
      if base > 0 { return "turned from a profit to a loss \(compared)" }
      if current > 0 { return "turned from a loss to a profit \(compared)" }
      if current == base { return "loss unchanged from \(sameTime)" }
      return current > base
        ? "loss narrowed by \(amount(current - base)) \(compared)"
        : "loss widened by \(amount(base - current)) \(compared)"
    case .undefined(let reason):
      switch reason {
      case .noBase: return "no comparable figure for \(sameTime)"
      case .missingCurrent: return "no figure for the period (missing or confidential)"
      case .combinedPeriod: return "January and February are published together"
      }
    }
  }
}
