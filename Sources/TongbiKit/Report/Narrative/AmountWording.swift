import Foundation

/// An amount with its unit as a report shows it.
///
/// Chinese keeps the unit the data were published in (`18927.2` `万元`). English shows money in
/// million yuan (or million US dollars), converted exactly by a power of ten and keeping every
/// published digit (18927.2 万元 → 189.272 million yuan, 10.49 亿元 → 1,049 million yuan); other
/// units keep their symbol.
public enum AmountWording {
  /// The number and the unit text of `amount` in `unit`.
  public static func parts(_ amount: ReportAmount, unit: Unit, language: ReportLanguage) -> (
    number: String, unit: String
  ) {
    guard language == .en else { return (amount.text, unit.symbol) }
    let currency: String? =
      switch unit.base {
      case "元": "million yuan"
      case "美元": "million US dollars"
      default: nil
      }
    guard let currency else { return (OfficeDecimal.grouped(amount.text), unit.symbol) }
    let shift = unit.exponent - 6
    let scaled = amount.value * power(of: shift)
    let decimals = max(amount.decimals - shift, 0)
    return (OfficeDecimal.grouped(OfficeDecimal.text(scaled, places: decimals)), currency)
  }

  /// Number and unit joined as the language writes them: `18927.2万元`, `189.272 million yuan`.
  public static func text(_ amount: ReportAmount, unit: Unit, language: ReportLanguage) -> String {
    let (number, unitText) = parts(amount, unit: unit, language: language)
    if unitText.isEmpty { return number }
    return language == .zh ? number + unitText : number + " " + unitText
  }

  /// 10^`exponent` as an exact decimal (negative exponents give 0.1, 0.01, …).
  static func power(of exponent: Int) -> Decimal {
    var result = Decimal(1)
    for _ in 0..<abs(exponent) { result *= 10 }
    return exponent >= 0 ? result : 1 / result
  }
}
