import Foundation

/// Short cell texts of report tables: a growth rate as a number ("8.7"), or a word where there is no
/// rate (新增, 减亏, 扭亏为盈, —); "—" for anything absent.
package enum TableCells {
  /// The dash shown for an absent value.
  package static let dash = "—"

  /// Growth as a table shows it.
  package static func growth(_ growth: GrowthState, language: ReportLanguage) -> String {
    switch growth {
    case .rate(let rate): return GrowthWording.oneDecimal(rate)
    case .zeroBase: return language == .zh ? "新增" : "new"
    case .losses(let current, let base):
      let zh: String
      let en: String
      if base > 0 {
        (zh, en) = ("由盈转亏", "profit to loss")
      } else if current > 0 {
        (zh, en) = ("扭亏为盈", "loss to profit")
      } else if current >= base {
        (zh, en) = ("减亏", "loss narrowed")
      } else {
        (zh, en) = ("亏损扩大", "loss widened")
      }
      return language == .zh ? zh : en
    case .undefined: return dash
    }
  }

  /// A percentage at one decimal, or the dash.
  package static func percent(_ value: Decimal?) -> String {
    value.map(GrowthWording.oneDecimal) ?? dash
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
