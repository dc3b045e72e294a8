import Foundation

extension OfficeRounding {
  /// `value` rounded half away from zero to `places` decimals (negative `places` round to tens,
  /// hundreds, …); a zero result is always +0. The same rule as `round(_:decimals:)`, on an exact
  /// decimal (amounts of a report, converted between units).
  package static func round(_ value: Decimal, places: Int) -> Decimal {
    var input = value
    var result = Decimal()
    NSDecimalRound(&result, &input, places, .plain)
    return result.isZero ? Decimal(0) : result
  }

  /// The decimal value of `value`: its shortest text, rounded half away from zero at 10⁻⁹ (as
  /// `round(_:decimals:)` first does); `nil` for NaN and infinities.
  package static func decimal(_ value: Double) -> Decimal? {
    guard value.isFinite, let parsed = Decimal(string: "\(value)", locale: Locale(identifier: "en_US_POSIX"))
    else { return nil }
    return round(parsed, places: guardDecimals)
  }

  /// `value` rounded to `places` (≥ 0) and written with exactly that many decimals, `-` for
  /// negatives, no grouping: `text(8.65, places: 1)` is "8.7", `text(-0.04, places: 1)` is "0.0".
  package static func text(_ value: Decimal, places: Int) -> String {
    let places = max(places, 0)
    let rounded = round(value, places: places)
    let negative = rounded < 0
    let digits = (negative ? -rounded : rounded).description
    let parts = digits.split(separator: ".", maxSplits: 1)
    let whole = parts.first.map(String.init) ?? "0"
    var fraction = parts.count > 1 ? String(parts[1]) : ""
    fraction += String(repeating: "0", count: max(places - fraction.count, 0))
    let body = places > 0 ? whole + "." + fraction.prefix(places) : whole
    return (negative ? "-" : "") + body
  }

  /// `text` with its integer digits grouped by thousands with commas (English display):
  /// "6788.388" → "6,788.388", "-1234" → "-1,234".
  package static func grouped(_ text: String) -> String {
    let negative = text.hasPrefix("-")
    let unsigned = negative ? String(text.dropFirst()) : text
    let parts = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    let whole = Array(parts.first ?? "")
    var groupedWhole = ""
    for (index, character) in whole.enumerated() {
      if index > 0 && (whole.count - index) % 3 == 0 { groupedWhole.append(",") }
      groupedWhole.append(character)
    }
    let fraction = parts.count > 1 ? "." + parts[1] : ""
    return (negative ? "-" : "") + groupedWhole + fraction
  }
}
