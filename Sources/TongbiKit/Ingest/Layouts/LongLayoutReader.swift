@_spi(ByteLevel) import ByteLevel

/// Reads the long layout: one row per (region, indicator, period) with one or more value columns.
///
/// Key columns: region, parent, indicator (or series id), period (or a year column plus labels such as
/// 1-6月), unit and kind. Value columns: a value whose form comes from the kind column or the period
/// label (1-N月 is cumulative), explicit 当月 and 累计 columns, and published growth rates and last
/// year's values (上年同期), which become indicators of their own (`税收收入同比增长`, percent;
/// `税收收入上年同期`, the comparable base) beside the levels.
struct LongLayoutReader {
  let header: CSVRecord
  let roles: [ColumnRole?]
  let path: String
  private let regionColumn: Int?
  private let parentColumn: Int?
  private let indicatorColumn: Int
  private let periodColumn: Int
  private let yearColumn: Int?
  private let unitColumn: Int?
  private let kindColumn: Int?
  private let values: [ValueColumn]

  /// Key texts of the current run of rows with identical key cells.
  private struct RowKeys {
    var region: String
    var parent: String?
    var indicator: String
    var unit: String
  }

  private struct ValueColumn {
    let index: Int
    /// The form of the column's values whatever the row (本月, 累计, 上年同月, a 累计 rate); `nil` when the
    /// row's kind or period label decides it.
    let form: ValueForm?
    /// What the indicator's name takes to name the column's series (同比增长 for a rate, 上年同期 for
    /// a base); `nil` for the level itself.
    let suffix: String?
    let unit: Unit?
  }

  /// Finds the key and value columns of `header`; throws when the indicator or period column is
  /// missing or two read columns have the same header.
  init(header: CSVRecord, roles: [ColumnRole?], path: String) throws(IngestError) {
    self.header = header
    self.roles = roles
    self.path = path
    let column: (ColumnRole) -> Int? = { role in roles.firstIndex(of: role) }
    guard let indicatorColumn = column(.indicator) ?? column(.series) else {
      throw .malformed(
        SourcePosition(file: path, line: header.line, column: 0),
        reason: "no indicator column: expected a header such as 指标, indicator or series_id")
    }
    guard let periodColumn = column(.period) else {
      throw .malformed(
        SourcePosition(file: path, line: header.line, column: 0),
        reason: "no period column: expected a header such as 时间, 期别, 月份, period or date")
    }
    self.indicatorColumn = indicatorColumn
    self.periodColumn = periodColumn
    regionColumn = column(.region)
    parentColumn = column(.parent)
    yearColumn = column(.year)
    unitColumn = column(.unit)
    kindColumn = column(.kind)
    values = LongLayoutReader.valueColumns(header: header, roles: roles)
    try checkRepeatedHeaders()
  }

  /// Reads the records of `stream` into `session`: each row's values are stored or the row and its
  /// cells rejected with their reasons. A row depends on no row before it but for a blank region or
  /// indicator, filled from the row above (`KeyFillDown`); consecutive parts of a file can be read on
  /// their own, and are read again in one pass when a part filled a key.
  func readRows(_ stream: inout RecordStream, into session: inout IngestSession) throws(IngestError) {
    let keyColumns = [regionColumn, parentColumn, indicatorColumn, unitColumn, kindColumn].compactMap { $0 }
    let fieldCount = FieldCountRule(header: header)
    var previousKeys = KeyCells(columns: keyColumns)
    // When the key cells are the first columns, a record that starts with the same bytes as the one
    // before takes them over unread, and has the same keys when the record before was remembered.
    let leadingKeys = Set(keyColumns) == Set(0..<keyColumns.count) ? keyColumns.count : 0
    stream.repeatLeadingFields(leadingKeys)
    var previousRemembered = false
    var targets: [IngestSession.Target?] = Array(repeating: nil, count: values.count)
    var targetForms: [ValueForm?] = Array(repeating: nil, count: values.count)
    var keys = RowKeys(region: "", parent: nil, indicator: "", unit: "")
    var fillDown = KeyFillDown()
    // How many of the current keys were filled from above (counted again for each row reusing them).
    var keysFilled = 0
    defer { fillDown.report(into: &session) }
    while let record = try stream.next() {
      let repeatsRememberedKeys = previousRemembered && stream.repeatedLeadingFields
      previousRemembered = false
      if record.isBlank && session.blankRowsAreAbsent { continue }
      session.summary.rowsRead += 1
      if record.isBlank {
        session.rejectRow(SourcePosition(file: path, line: record.line, column: 0), .emptyRow)
        continue
      }
      if fieldCount.isRagged(record) {
        session.rejectRagged(record, rule: fieldCount, path: path)
        continue
      }
      let label = record.withBytes(periodColumn) { PeriodLabel(parsing: $0) }
      let period: Period
      let labelForm: ValueForm?
      if case .month(let month) = label {
        (period, labelForm) = (month, nil)
      } else {
        guard
          let resolved = resolve(
            label, record: record, periodColumn: periodColumn, yearColumn: yearColumn, session: &session)
        else {
          continue
        }
        (period, labelForm) = resolved
      }
      var rowForm = labelForm
      if let kindColumn {
        let kindText = record.text(kindColumn)
        if !kindText.isEmpty {
          guard let form = KindText.form(kindText) else {
            session.rejectRow(
              SourcePosition(file: path, line: record.line, column: kindColumn + 1), .unknownKind(kindText))
            continue
          }
          if form == .monthly, labelForm == .cumulative, period.month > 2 {
            // 1-2月 as 当月 is the usual combined January and February; 1-6月 as 当月 is a contradiction.
            session.rejectRow(
              SourcePosition(file: path, line: record.line, column: kindColumn + 1),
              .kindContradictsPeriod(kind: kindText, period: record.text(periodColumn)))
            continue
          }
          rowForm = form
        }
      }
      if !repeatsRememberedKeys && !previousKeys.matches(record) {
        targets = Array(repeating: nil, count: values.count)
        let filledBefore = fillDown.filled
        let position = { (column: Int) in
          SourcePosition(file: self.path, line: record.line, column: column + 1)
        }
        keys = RowKeys(
          region: regionColumn.map { fillDown.fill(record.text($0), key: 0, at: position($0)) }
            ?? session.options.defaultRegion,
          parent: parentColumn.map { record.text($0) },
          indicator: fillDown.fill(record.text(indicatorColumn), key: 1, at: position(indicatorColumn)),
          unit: unitColumn.map { record.text($0) } ?? "")
        keysFilled = fillDown.filled - filledBefore
        if keys.indicator.isEmpty {
          session.rejectRow(
            SourcePosition(file: path, line: record.line, column: indicatorColumn + 1),
            .missingField("indicator name"))
          previousKeys.forget()
          continue
        }
      } else {
        for _ in 0..<keysFilled {
          fillDown.noteFilled(at: SourcePosition(file: path, line: record.line, column: 0))
        }
      }
      if label.isCombinedJanuaryFebruary {
        session.builder.noteCombinedJanuaryFebruary(indicator: keys.indicator)
      }
      // A row labelled YYYY.1 waits until its neighbours tell January from October (`DottedMonths`).
      // (January is the ordinal's multiples of 12: years are positive.)
      let dotted =
        period.ordinal % 12 == 0 && record.withBytes(periodColumn) { DottedMonths.isAmbiguous($0) }
      if dotted { session.dottedMonthColumn = periodColumn + 1 }
      defer { if dotted { session.dottedMonthColumn = nil } }
      var used = false
      var rejected = false
      for slot in values.indices {
        let valueIndex = values[slot].index
        let form = values[slot].form ?? rowForm ?? .monthly
        if targets[slot] == nil || targetForms[slot] != form {
          let name = values[slot].suffix.map { keys.indicator + $0 } ?? keys.indicator
          let unit = values[slot].unit ?? session.unit(keys.unit)
          switch session.target(
            region: keys.region, parent: keys.parent, indicatorName: name, unit: unit, form: form,
            line: record.line)
          {
          case .success(let target):
            targets[slot] = target
            targetForms[slot] = form
          case .failure(let reason):
            _ = session.reject(
              SourcePosition(file: path, line: record.line, column: (unitColumn ?? valueIndex) + 1), reason)
            session.summary.cellsRead += 1
            rejected = true
            continue
          }
        }
        guard let target = targets[slot] else { continue }
        let outcome = record.withBytes(valueIndex) {
          session.take(cell: $0, into: target, period: period, line: record.line, column: valueIndex + 1)
        }
        if outcome == .rejected { rejected = true } else { used = true }
      }
      if used {
        session.summary.rowsUsed += 1
      } else if rejected {
        session.summary.rowsRejected += 1
      }
      previousKeys.remember(record)
      previousRemembered = true
    }
  }

  /// The period and the form its label implies, or `nil` after rejecting the row.
  private func resolve(
    _ label: PeriodLabel, record: CSVRecord, periodColumn: Int, yearColumn: Int?, session: inout IngestSession
  ) -> (Period, ValueForm?)? {
    let position = { SourcePosition(file: path, line: record.line, column: periodColumn + 1) }
    switch label {
    case .month(let period):
      return (period, nil)
    case .cumulative(let period):
      return (period, .cumulative)
    case .monthWithoutYear(let month, let cumulative):
      guard let yearColumn else {
        session.rejectRow(position(), .periodNeedsYear(record.text(periodColumn)))
        return nil
      }
      let yearText = record.text(yearColumn)
      guard let year = Int(yearText.hasSuffix("年") ? String(yearText.dropLast()) : yearText),
        let period = Period(year: year, month: month)
      else {
        session.rejectRow(
          SourcePosition(file: path, line: record.line, column: yearColumn + 1),
          .invalidPeriod(yearText.isEmpty ? "empty year cell" : "year '\(yearText)' is not a year"))
        return nil
      }
      return (period, cumulative ? .cumulative : nil)
    case .quarter, .year:
      session.rejectRow(position(), .notMonthly(record.text(periodColumn)))
      return nil
    case .invalid(let failure):
      // A row whose period does not parse may be a note below the table (注：…, 数据来源：…).
      if let footer = record.footerText {
        session.rejectRow(SourcePosition(file: path, line: record.line, column: 0), .footer(footer))
      } else if record.text(periodColumn).isEmpty {
        session.rejectRow(position(), .missingField("period"))
      } else {
        session.rejectRow(position(), .invalidPeriod(failure.description))
      }
      return nil
    }
  }

  /// Throws when two columns that are read have the same header: which of them holds the data would be
  /// a guess (the first one was read, the other's cells were lost or reported as duplicates).
  private func checkRepeatedHeaders() throws(IngestError) {
    var firstColumn: [String: Int] = [:]
    for (index, role) in roles.enumerated() {
      guard let role, role != .ignore else { continue }
      let text = HeaderText.normalise(header.text(index))
      if let first = firstColumn[text] {
        throw .malformed(
          SourcePosition(file: path, line: header.line, column: index + 1),
          reason:
            "column \(index + 1) has the same header '\(header.text(index))' as column \(first + 1): "
            + "which one to read is ambiguous; rename one of them")
      }
      firstColumn[text] = index
    }
  }

  private static func valueColumns(header: CSVRecord, roles: [ColumnRole?]) -> [ValueColumn] {
    roles.enumerated().compactMap { index, role in
      let (name, unitText) = HeaderText.splitUnit(header.text(index))
      let unit = unitText.map(UnitParser.parse)
      switch role {
      case .value: return ValueColumn(index: index, form: nil, suffix: nil, unit: unit)
      case .monthly: return ValueColumn(index: index, form: .monthly, suffix: nil, unit: unit)
      case .cumulative: return ValueColumn(index: index, form: .cumulative, suffix: nil, unit: unit)
      case .growthRate:
        return ValueColumn(
          index: index, form: name.contains("累计") ? .cumulative : nil, suffix: name, unit: .percent)
      case .base: return ValueColumn(index: index, form: nil, suffix: ReportFormColumn.baseSuffix, unit: unit)
      case .monthlyBase:
        return ValueColumn(index: index, form: .monthly, suffix: ReportFormColumn.baseSuffix, unit: unit)
      default: return nil
      }
    }
  }

  /// Notes every column that is not read (once per file).
  func noteIgnoredColumns(into session: inout IngestSession) {
    for (index, role) in roles.enumerated() where role == nil || role == .ignore {
      let text = header.text(index)
      guard !text.isEmpty else { continue }
      session.notice(
        SourcePosition(file: path, line: header.line, column: index + 1),
        "column '\(text)' ignored (name its role with --column '\(text)=ROLE' to read it)")
    }
  }
}
