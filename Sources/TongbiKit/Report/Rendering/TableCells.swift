import Foundation

/// Short cell texts of report tables: a growth rate as a number ("8.7"), or a word where there is no
/// rate (新增, 减亏, 扭亏为盈, —); "—" for anything absent.
package enum TableCells {
  /// The dash shown for an absent value.
  package static let dash = "—"

  /// Growth as a table shows it, `current` and `base` being the levels compared (amounts only).
  package static func growth(_ growth: GrowthValue, current: Double?, base: Double?, language: ReportLanguage)
    -> String
  {
    let words = { (zh: String, en: String) in language == .zh ? zh : en }
    switch GrowthOutcome(growth, current: current, base: base) {
    case .rate(let shown): return shown.text
    case .unchanged: return ShownRate(tenths: 0).text
    case .new: return words("新增", "new")
    case .profitToLoss: return words("由盈转亏", "profit to loss")
    case .lossToProfit: return words("扭亏为盈", "loss to profit")
    case .lossUnchanged, .lossNarrowed: return words("减亏", "loss narrowed")
    case .lossWidened: return words("亏损扩大", "loss widened")
    case .undefined: return dash
    }
  }

  /// The growth of a figure as a table shows it.
  package static func growth(_ figures: IndicatorFigures, language: ReportLanguage) -> String {
    let level = { (amount: ReportAmount?) in amount.map { NSDecimalNumber(decimal: $0.value).doubleValue } }
    return growth(
      figures.growth, current: level(figures.value), base: level(figures.base), language: language)
  }

  /// A percentage at one decimal, or the dash.
  package static func percent(_ value: Double?) -> String {
    value.flatMap { ShownRate($0)?.text } ?? dash
  }

  /// A rank, or the dash.
  package static func rank(_ rank: Int?) -> String { rank.map(String.init) ?? dash }

  /// The value of a figure at its precision, or the dash.
  package static func value(_ figures: IndicatorFigures) -> String { figures.value?.text ?? dash }

  /// The unit of a table column in `language` (`AmountWording.unitText`).
  package static func unit(_ unit: Unit, language: ReportLanguage) -> String {
    AmountWording.unitText(unit, language: language)
  }

  /// The indicator's name in `language`.
  package static func name(_ figures: IndicatorFigures, language: ReportLanguage) -> String {
    language == .en && !figures.nameEn.isEmpty ? figures.nameEn : figures.nameZh
  }
}
