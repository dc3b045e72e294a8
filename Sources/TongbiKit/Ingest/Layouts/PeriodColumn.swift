@_spi(ByteLevel) import ByteLevel

/// A column of a wide table whose header is a period label, or a column that is skipped with a reason.
enum PeriodColumn {
  /// Values of this month; `cumulative` when the label says 1-N月.
  case month(Period, cumulative: Bool, combinedJanuaryFebruary: Bool)
  /// A column that is not monthly data (quarterly, annual, or not a period at all), with the reason.
  case skipped(reason: String)

  /// The month of a `.month` column, `nil` for a skipped one.
  var month: Period? {
    if case .month(let period, _, _) = self { return period }
    return nil
  }

  /// Reads a header cell.
  init(header text: String) {
    switch PeriodLabel(parsing: text) {
    case .month(let period):
      self = .month(period, cumulative: false, combinedJanuaryFebruary: false)
    case .cumulative(let period):
      self = .month(period, cumulative: true, combinedJanuaryFebruary: period.month == 2)
    case .quarter, .year:
      self = .skipped(
        reason:
          "'\(text)' is not a monthly period: column skipped (quarterly or annual data are not mixed in)")
    case .monthWithoutYear:
      self = .skipped(reason: "'\(text)' has no year: column skipped")
    case .invalid(let failure):
      self = .skipped(
        reason: text.isEmpty
          ? "value under a column without a period header"
          : "'\(text)' is not a period (\(failure.description)): column skipped")
    }
  }
}

/// Footer and note lines that spreadsheets put below a table.
enum FooterText {
  static let prefixes = ["注", "数据来源", "资料来源", "来源", "说明", "备注", "填报", "制表", "note", "source", "*注"]

  /// Whether a row whose only text is `text` in its first cell is a note rather than data.
  static func isFooter(_ text: String) -> Bool {
    let lowered = text.lowercased()
    return prefixes.contains { lowered.hasPrefix($0) }
  }
}

extension CSVRecord {
  /// The text of a note line below a table (注：…, 数据来源：…): text in the first cell only, starting
  /// with a note word; `nil` for any other row.
  var footerText: String? {
    let first = text(0)
    guard (1..<count).allSatisfy({ text($0).isEmpty }), FooterText.isFooter(first) else { return nil }
    return first
  }
}

extension IngestSession {
  /// Counts a blank row or a note line below the table as rejected, with its reason, and returns `true`;
  /// returns `false` for any other row.
  mutating func rejectBlankOrFooter(_ record: CSVRecord, path: String) -> Bool {
    let position = SourcePosition(file: path, line: record.line, column: 0)
    if record.isBlank {
      rejectRow(position, .emptyRow)
      return true
    }
    if let footer = record.footerText {
      rejectRow(position, .footer(footer))
      return true
    }
    return false
  }
}

extension PeriodLabel {
  /// Whether the label names January and February together (1-2月).
  @inline(__always)
  var isCombinedJanuaryFebruary: Bool {
    switch self {
    case .cumulative(let period): period.month == 2
    case .monthWithoutYear(let month, let cumulative): cumulative && month == 2
    default: false
    }
  }
}
