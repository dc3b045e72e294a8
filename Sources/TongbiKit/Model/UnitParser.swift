/// Reads unit text as it appears in Chinese and English statistical tables.
///
/// Recognised scale prefixes: 十 (10¹), 百 (10²), 千 (10³), 万 (10⁴), 十万 (10⁵), 百万 (10⁶), 千万 (10⁷),
/// 亿 (10⁸), 万亿 (10¹²). English: `yuan`, `10k yuan`/`10,000 yuan`, `100 million yuan`, `million yuan`,
/// `billion yuan`, `%`/`percent`. Anything else is kept as a base of its own with scale 1, so two
/// spellings of one unknown unit are treated as the same only when written identically.
package enum UnitParser {
  static let prefixes: [(text: String, exponent: Int)] = [
    ("万亿", 12), ("千万", 7), ("百万", 6), ("十万", 5), ("亿", 8), ("万", 4), ("千", 3), ("百", 2), ("十", 1),
  ]

  static let englishUnits: [String: Unit] = [
    "yuan": .yuan, "cny": .yuan, "rmb": .yuan,
    "10k yuan": .tenThousandYuan, "10,000 yuan": .tenThousandYuan, "ten thousand yuan": .tenThousandYuan,
    "100 million yuan": .hundredMillionYuan, "100m yuan": .hundredMillionYuan,
    "million yuan": Unit(base: "元", exponent: 6, symbol: "million yuan"),
    "billion yuan": Unit(base: "元", exponent: 9, symbol: "billion yuan"),
    "percent": .percent, "pct": .percent, "%": .percent, "％": .percent, "百分比": .percent,
    "10k usd": .tenThousandDollars, "10,000 usd": .tenThousandDollars,
  ]

  /// Parses `text` into a unit; empty text is a plain count.
  package static func parse(_ text: String) -> Unit {
    let trimmed = text.trimmingSpaces()
    if trimmed.isEmpty { return .count }
    if let known = englishUnits[trimmed.lowercased()] { return known }
    if trimmed.hasSuffix("=100") { return Unit(base: trimmed, exponent: 0, symbol: trimmed) }
    for prefix in prefixes where trimmed.hasPrefix(prefix.text) && trimmed.count > prefix.text.count {
      let base = String(trimmed.dropFirst(prefix.text.count))
      return Unit(base: base, exponent: prefix.exponent, symbol: trimmed)
    }
    return Unit(base: trimmed, exponent: 0, symbol: trimmed)
  }
}

extension String {
  /// The string without leading and trailing ASCII whitespace and ideographic spaces (U+3000).
  func trimmingSpaces() -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" || $0 == "\r" }
    guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(self[first...last])
  }
}
