@_spi(ByteLevel) import ByteLevel

/// Finds the header row of a table and decides its layout from the first records.
enum LayoutDetector {
  /// How many records to look at before giving up on finding a header.
  static let searchLimit = 50
  /// First-column texts of the metadata rows of a time-series export.
  static let metadataLabels: Set<String> = [
    "地区", "频度", "单位", "计量单位", "指标单位", "来源", "region", "frequency", "unit",
  ]

  /// The header's index in `records` and the layout; `nil` when no header is recognisable.
  static func detect(_ records: [CSVRecord], overrides: [String: ColumnRole]) -> (
    header: Int, layout: TableLayout
  )? {
    for (index, record) in records.enumerated() where !record.isBlank {
      let texts = record.texts
      let next = records[(index + 1)...].first { !$0.isBlank }
      if isMetadataHeader(texts, next: next) {
        let metadata = records[(index + 1)...].prefix { metadataLabels.contains($0.text(0)) }.count
        return (index, .timeSeries(metadataRows: metadata))
      }
      if let first = firstPeriodColumn(texts) {
        return (index, .wide(firstPeriodColumn: first))
      }
      let roles = texts.map { overrides[$0] ?? ColumnRole.recognise(header: $0) }
      if isLongHeader(roles) {
        return (index, .long(roles: roles))
      }
      if let form = ReportFormHeader.detect(records, at: index, overrides: overrides) {
        return (index, .reportForm(form))
      }
      if roles.first == .period, texts.count > 1, let next, isPeriod(next.text(0)) {
        return (index, .timeSeries(metadataRows: 0))
      }
    }
    return nil
  }

  /// `指标` in the first cell followed by a metadata row (地区, 频度, 单位).
  private static func isMetadataHeader(_ texts: [String], next: CSVRecord?) -> Bool {
    guard let first = texts.first, ["指标", "indicator", "指标名称"].contains(first), let next else { return false }
    return metadataLabels.contains(next.text(0))
  }

  /// Years a period header names: a row of data whose numbers read as dotted months (2334.5 as May
  /// 2334) is never taken for the header of a wide table.
  static let headerYears = 1800...2200

  /// Index of the first of at least two period labels among the cells after the first, if any.
  private static func firstPeriodColumn(_ texts: [String]) -> Int? {
    let periodColumns = texts.indices.dropFirst().filter { isHeaderPeriod(texts[$0]) }
    guard periodColumns.count >= 2, let first = periodColumns.first else { return nil }
    return first
  }

  /// A long header names a value column and a period (or date) column.
  private static func isLongHeader(_ roles: [ColumnRole?]) -> Bool {
    let valueRoles: Set<ColumnRole> = [.value, .monthly, .cumulative, .growthRate]
    let hasValue = roles.contains { $0.map(valueRoles.contains) ?? false }
    let hasKey = roles.contains(.indicator) || roles.contains(.series) || roles.contains(.region)
    return hasValue && roles.contains(.period) && hasKey
  }

  /// Whether `text` is a monthly or year-to-date period label.
  static func isPeriod(_ text: String) -> Bool {
    switch PeriodLabel(parsing: text) {
    case .month, .cumulative, .monthWithoutYear: true
    default: false
    }
  }

  /// Whether `text` is a period label of any frequency (quarters and years included) in a year a
  /// header may name (`headerYears`).
  static func isHeaderPeriod(_ text: String) -> Bool {
    switch PeriodLabel(parsing: text) {
    case .month(let period), .cumulative(let period): headerYears.contains(period.year)
    case .quarter(let year, _): headerYears.contains(year)
    default: false
    }
  }
}
