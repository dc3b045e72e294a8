@_spi(ByteLevel) import ByteLevel

/// The header of a one-period report form, the monthly 快报/月报 layout: an indicator column, optional
/// unit and region columns, and value columns without a period column (本月, 1-本月, 去年同月, 上年同期,
/// 增长(%)), in one header row or two (a merged 1-6月 above 本年累计 / 上年同期 / 增长(%)).
struct ReportFormHeader {
  /// Records from the first header row to the last: 1, or more for a two-level header (its rows
  /// perhaps apart by blank lines).
  var records: Int
  /// The header's field counts: the most fields, and the most up to the last that holds text, of its
  /// rows (`FieldCountRule`).
  var fieldCount: FieldCountRule
  var indicatorColumn: Int
  var unitColumn: Int?
  var regionColumn: Int?
  var parentColumn: Int?
  /// The value columns, in header order.
  var columns: [ReportFormColumn]
  /// Columns with a header that are neither keys nor values (备注, 排名), by index, with their text.
  var ignored: [(index: Int, text: String)]

  /// The form header at `records[index]` (with the row below it when that is a second header row), or
  /// `nil` when the row is no such header: it needs an indicator column, no period column and at least
  /// one column of this year's values.
  static func detect(_ records: [CSVRecord], at index: Int, overrides: [String: ColumnRole]) -> Self? {
    let texts = records[index].texts
    let roles = texts.map { overrides[$0] ?? ColumnRole.recognise(header: $0) }
    guard !roles.contains(.period), let indicatorColumn = roles.firstIndex(of: .indicator) else { return nil }
    let keyRoles: Set<ColumnRole> = [.indicator, .unit, .region, .parent]
    let keyColumns = Set(roles.indices.filter { roles[$0].map(keyRoles.contains) ?? false })
    let belowIndex = records[(index + 1)...].firstIndex { !$0.isBlank }
    var header = Self(
      records: 1, fieldCount: FieldCountRule(header: records[index]), indicatorColumn: indicatorColumn,
      unitColumn: roles.firstIndex(of: .unit), regionColumn: roles.firstIndex(of: .region),
      parentColumn: roles.firstIndex(of: .parent), columns: [], ignored: [])
    if let belowIndex, isSecondHeaderRow(records[belowIndex], indicatorColumn: indicatorColumn, above: texts)
    {
      let below = records[belowIndex]
      header.records = belowIndex - index + 1
      header.fieldCount = FieldCountRule(headers: [records[index], below])
      header.read(upper: filledRight(texts, keys: keyColumns), lower: below.texts, keys: keyColumns)
    } else {
      header.read(upper: Array(repeating: "", count: texts.count), lower: texts, keys: keyColumns)
    }
    guard header.columns.contains(where: { $0.measure == .current }) else { return nil }
    return header
  }

  /// Whether the current values are year-to-date: a column of them is cumulative.
  var hasCumulative: Bool {
    columns.contains { $0.measure == .current && $0.form == .cumulative }
  }

  /// Reads the value columns and the ignored ones from the header texts (`upper` empty for one row).
  private mutating func read(upper: [String], lower: [String], keys: Set<Int>) {
    for index in 0..<max(upper.count, lower.count) where !keys.contains(index) {
      var top = index < upper.count ? upper[index] : ""
      var text = index < lower.count ? lower[index] : ""
      if text.isEmpty || text == top { (top, text) = ("", top) }
      guard !text.isEmpty else { continue }
      if let column = ReportFormColumn(index: index, upper: top, text: text) {
        columns.append(column)
      } else {
        ignored.append((index, [top, text].filter { !$0.isEmpty }.joined(separator: " ")))
      }
    }
  }

  /// A second header row: its indicator cell blank or repeating the header's (a merged 指标名称), no
  /// number in it, and a value column's header in it.
  private static func isSecondHeaderRow(_ record: CSVRecord, indicatorColumn: Int, above: [String]) -> Bool {
    let texts = record.texts
    let indicatorText = indicatorColumn < texts.count ? texts[indicatorColumn] : ""
    guard indicatorText.isEmpty || indicatorText == above[indicatorColumn] else { return false }
    let isNumber = { (text: String) -> Bool in
      var text = text
      return text.withUTF8 { NumberParser.plainValue($0) != nil }
    }
    return !texts.contains(where: isNumber)
      && texts.indices.contains { index in
        index != indicatorColumn && !texts[index].isEmpty
          && ReportFormColumn(index: index, upper: "", text: texts[index]) != nil
      }
  }

  /// The upper header row with each blank cell after a group title taking that title (a merged 1-6月
  /// saved as CSV leaves the cells it covered blank); key columns are no group.
  private static func filledRight(_ texts: [String], keys: Set<Int>) -> [String] {
    var filled = texts
    var group = ""
    for index in texts.indices {
      if keys.contains(index) {
        group = ""
      } else if texts[index].isEmpty {
        filled[index] = group
      } else {
        group = texts[index]
      }
    }
    return filled
  }
}
