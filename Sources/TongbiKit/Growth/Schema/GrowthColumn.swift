/// One column of a growth table, defined once for every renderer (CSV, JSON, terminal, Markdown,
/// HTML): its key in CSV and JSON, its titles in Chinese and English, the kind of value it holds and
/// the decimals tables show it at.
public struct GrowthColumn: Sendable, Hashable, CustomStringConvertible {
  /// The column's name in CSV headers and JSON keys, e.g. `cumulative_yoy_pct`.
  public let key: String
  /// Title in Chinese tables, e.g. 累计同比(%).
  public let titleZh: String
  /// Title in English tables, e.g. YTD YoY (%).
  public let titleEn: String
  /// What the column holds.
  public let kind: ColumnKind
  /// Decimals tables show: one for percentages and points, none for counts, the input's for amounts
  /// (`nil`), none for text (`nil`).
  public let displayDecimals: Int?

  /// A column with the usual decimals of its kind.
  init(_ key: String, zh: String, en: String, kind: ColumnKind) {
    self.key = key
    titleZh = zh
    titleEn = en
    self.kind = kind
    displayDecimals =
      switch kind {
      case .percent, .points: 1
      case .count: 0
      case .text, .amount: nil
      }
  }

  /// The column's title in `language`.
  public func title(_ language: ReportLanguage) -> String {
    language == .zh ? titleZh : titleEn
  }

  /// The key.
  public var description: String { key }
}
