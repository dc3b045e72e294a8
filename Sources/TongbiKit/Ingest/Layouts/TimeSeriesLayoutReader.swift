@_spi(ByteLevel) import ByteLevel

/// Reads the time-series layout: one row per period, one column per indicator, as statistical databases
/// export them; optional metadata rows below the header give each column's region (地区), frequency
/// (频度) and unit (单位).
///
/// Column names follow the export's conventions: `_当期` marks monthly values, `_累计` cumulative ones,
/// `_期末` a month-end stock; a unit may stand in parentheses. A growth-rate column without a subject
/// (`同比增长(%)` right after `社会消费品零售总额(亿元)`) belongs to the level column before it. Columns
/// whose frequency is not monthly (季, 年) are skipped and their cells reported.
struct TimeSeriesLayoutReader {
  let header: CSVRecord
  let path: String

  private struct Column {
    var indicator: String
    var unit: Unit
    var form: ValueForm
    var region: String?
    var skipReason: String?
  }

  func read(_ stream: inout RecordStream, metadataRows: Int, into session: inout IngestSession)
    throws(IngestError)
  {
    var columns = describeColumns()
    for _ in 0..<metadataRows {
      guard let record = try stream.next() else { break }
      applyMetadata(record, to: &columns, session: &session)
    }
    for (offset, column) in columns.enumerated() {
      if let reason = column.skipReason {
        session.notice(SourcePosition(file: path, line: header.line, column: offset + 2), reason)
      }
    }
    var targets: [Result<IngestSession.Target, IngestReason>?] = Array(repeating: nil, count: columns.count)
    let fieldCount = FieldCountRule(header: header)
    while let record = try session.nextDataRecord(&stream, rule: fieldCount, path: path) {
      let rowPosition = SourcePosition(file: path, line: record.line, column: 0)
      let labelText = record.text(0)
      let period: Period
      var combined = false
      switch record.withBytes(0, { PeriodLabel(parsing: $0) }) {
      case .month(let month):
        period = month
      case .cumulative(let month):
        period = month
        combined = month.month == 2
      case .quarter, .year:
        session.rejectRow(SourcePosition(file: path, line: record.line, column: 1), .notMonthly(labelText))
        continue
      case .monthWithoutYear:
        session.rejectRow(
          SourcePosition(file: path, line: record.line, column: 1), .periodNeedsYear(labelText))
        continue
      case .invalid(let failure):
        session.rejectRow(
          SourcePosition(file: path, line: record.line, column: 1), .invalidPeriod(failure.description))
        continue
      }
      var used = false
      var rejected = false
      // Fields past the header are empty (`FieldCountRule`): only the header's columns hold cells.
      for index in 1..<header.count {
        let position = SourcePosition(file: path, line: record.line, column: index + 1)
        let isEmpty = record.withBytes(index) { $0.isEmpty }
        let column = columns[index - 1]
        if let reason = column.skipReason {
          if !isEmpty {
            session.summary.cellsRead += 1
            _ = session.reject(position, .skippedColumn(reason))
            rejected = true
          }
          continue
        }
        if combined { session.builder.noteCombinedJanuaryFebruary(indicator: column.indicator) }
        let resolved =
          targets[index - 1]
          ?? session.target(
            region: column.region ?? session.options.defaultRegion, parent: nil,
            indicatorName: column.indicator,
            unit: column.unit.symbol.isEmpty ? session.unit("") : column.unit, form: column.form,
            line: record.line)
        targets[index - 1] = resolved
        let outcome = session.take(cell: index, of: record, into: resolved, period: period, path: path)
        if outcome == .rejected { rejected = true } else { used = true }
      }
      if used {
        session.summary.rowsUsed += 1
      } else {
        session.summary.rowsRejected += 1
        if !rejected {
          session.summary.rejects.append(IngestReject(position: rowPosition, reason: "no value cells"))
        }
      }
    }
  }

  /// Names, units and forms from the header cells.
  private func describeColumns() -> [Column] {
    var columns: [Column] = []
    var lastLevelName = ""
    for index in 1..<header.count {
      let (rawName, unitText) = HeaderText.splitUnit(header.text(index))
      var name = rawName
      var form = ValueForm.monthly
      for (suffix, suffixForm) in [("_当期", ValueForm.monthly), ("_累计", .cumulative), ("_当月", .monthly)] {
        if let range = name.range(of: suffix) {
          name.removeSubrange(range)
          form = suffixForm
        }
      }
      name = name.replacingOccurrences(of: "_", with: "")
      if ColumnRole.recognise(header: rawName) == .growthRate, !lastLevelName.isEmpty {
        name = lastLevelName + rawName
        if rawName.contains("累计") { form = .cumulative }
      } else if unitText != "%" {
        lastLevelName = name
      }
      let skip = name.isEmpty ? "column without a header: skipped" : nil
      columns.append(
        Column(
          indicator: name, unit: UnitParser.parse(unitText ?? ""), form: form, region: nil, skipReason: skip))
    }
    return columns
  }

  /// Applies one metadata row (地区, 频度, 单位) to the columns.
  private func applyMetadata(_ record: CSVRecord, to columns: inout [Column], session: inout IngestSession) {
    let label = record.text(0)
    for index in columns.indices {
      let text = record.text(index + 1)
      guard !text.isEmpty else { continue }
      switch label {
      case "地区", "region":
        columns[index].region = text
      case "频度", "frequency":
        if !["月", "月度", "monthly", "m"].contains(text.lowercased()) && columns[index].skipReason == nil {
          columns[index].skipReason =
            "column '\(header.text(index + 1))' has frequency \(text), not monthly: skipped"
        }
      case "单位", "计量单位", "指标单位", "unit":
        columns[index].unit = UnitParser.parse(text)
      default:
        break
      }
    }
    session.notice(SourcePosition(file: path, line: record.line, column: 0), "metadata row '\(label)' read")
  }
}
