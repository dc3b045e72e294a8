/// The three table shapes statistics exports come in.
enum TableLayout {
  /// One row per observation: keys, a period, value columns (and the plain `series_id, date, value`).
  case long(roles: [ColumnRole?])
  /// Key columns, then one column per period (Excel sheets, the NBS data site's export).
  case wide(firstPeriodColumn: Int)
  /// One row per period, one column per indicator, optionally with metadata rows (地区, 频度, 单位)
  /// below the header (statistical-database exports).
  case timeSeries(metadataRows: Int)
  /// One row per indicator of one period, the monthly 快报/月报: 指标名称, 计量单位, 本月, 1-本月,
  /// 上年同期, 增长(%), its period stated above the table or in its name (`ReportFormHeader`).
  case reportForm(ReportFormHeader)

  /// Whether the table names each row's region in a column of its own.
  var hasRegionColumn: Bool {
    switch self {
    case .long(let roles): roles.contains(.region)
    case .wide: true
    case .timeSeries: false
    case .reportForm(let header): header.regionColumn != nil
    }
  }

  /// Records from the header's first row to its last (a report form's second header row may follow a
  /// blank line): the data start after them.
  var headerRecords: Int {
    if case .reportForm(let header) = self { return header.records }
    return 1
  }

  /// Whether title lines above the table are read (a report form's period, region and unit), rather
  /// than skipped.
  var readsTitles: Bool {
    if case .reportForm = self { return true }
    return false
  }

  /// Name shown in summaries.
  var name: String {
    switch self {
    case .long: "long"
    case .wide: "wide"
    case .timeSeries: "time-series"
    case .reportForm: "report form"
    }
  }
}
