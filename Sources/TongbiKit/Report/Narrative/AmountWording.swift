import Foundation

/// An amount with its unit as a report writes it. The amount is already in the unit to show (see
/// `ReportDisplayUnits`, which converts): Chinese writes the number and the unit symbol
/// (`18927.2万元`); English groups thousands and names the unit (`189.272 million yuan`,
/// `1,049 million yuan`, `10,000 yuan`).
package enum AmountWording {
  /// The number and the unit text of `amount` in `unit`.
  package static func parts(_ amount: ReportAmount, unit: Unit, language: ReportLanguage) -> (
    number: String, unit: String
  ) {
    switch language {
    case .zh: return (amount.text, unit.symbol)
    case .en: return (OfficeRounding.grouped(amount.text), unitText(unit, language: .en))
    }
  }

  /// Number and unit joined as the language writes them: `18927.2万元`, `189.272 million yuan`, `5.2%`.
  package static func text(_ amount: ReportAmount, unit: Unit, language: ReportLanguage) -> String {
    let (number, unitText) = parts(amount, unit: unit, language: language)
    if unitText.isEmpty || language == .zh || unit.isPercent { return number + unitText }
    return number + " " + unitText
  }

  /// English words of the scales money is counted in, by power of ten.
  static let englishScales = [
    0: "", 3: "thousand ", 4: "10,000 ", 6: "million ", 8: "100 million ", 9: "billion ",
  ]

  /// The unit as `language` names it: the symbol in Chinese; in English money in words (元 yuan,
  /// 万元 10,000 yuan, 亿元 100 million yuan, million yuan, 万美元 10,000 US dollars), other units as
  /// written.
  package static func unitText(_ unit: Unit, language: ReportLanguage) -> String {
    guard language == .en else { return unit.symbol }
    let currency: String? =
      switch unit.base {
      case "元": "yuan"
      case "美元": "US dollars"
      default: nil
      }
    guard let currency, let scale = englishScales[unit.exponent] else { return unit.symbol }
    return scale + currency
  }
}
