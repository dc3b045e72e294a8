@_spi(ByteLevel) import ByteLevel

/// Reads the wide layout: key columns (region, indicator, unit, ...) then one column per period, newest
/// first or oldest first, as Excel sheets and the NBS data site's export have them.
///
/// An indicator name may carry its unit in parentheses (`工业增加值同比增长(%)`). Columns whose header
/// is a quarter, a year or no period are skipped and their cells reported; a row cut off before the
/// header's last named column or with text beyond its last field is rejected whole (`FieldCountRule`);
/// note lines below the table (`数据来源：国家统计局`) are rejected as footers.
struct WideLayoutReader {
  let header: CSVRecord
  let firstPeriodColumn: Int
  let path: String

  func read(_ stream: inout RecordStream, into session: inout IngestSession) throws(IngestError) {
    let keyRoles = (0..<firstPeriodColumn).map { ColumnRole.recognise(header: header.text($0)) }
    let regionColumn = keyRoles.firstIndex(of: .region)
    let parentColumn = keyRoles.firstIndex(of: .parent)
    let unitColumn = keyRoles.firstIndex(of: .unit)
    let kindColumn = keyRoles.firstIndex(of: .kind)
    let indicatorColumn =
      keyRoles.firstIndex(of: .indicator) ?? keyRoles.firstIndex(of: .series)
      ?? keyRoles.indices.first { ![regionColumn, parentColumn, unitColumn, kindColumn].contains($0) } ?? 0
    var columns = (firstPeriodColumn..<header.count).map { PeriodColumn(header: header.text($0)) }
    for (offset, column) in columns.enumerated() {
      guard case .month(let period, false, _) = column, period.month == 1,
        DottedMonths.isAmbiguous(header.text(firstPeriodColumn + offset))
      else { continue }
      columns[offset] =
        DottedMonths.resolve(year: period.year, at: offset, among: columns).map {
          .month($0, cumulative: false, combinedJanuaryFebruary: false)
        }
        ?? .skipped(
          reason: IngestReason.ambiguousDottedMonth(year: period.year).description + ": column skipped")
    }
    for (offset, column) in columns.enumerated() {
      if case .skipped(let reason) = column, !header.text(firstPeriodColumn + offset).isEmpty {
        session.notice(
          SourcePosition(file: path, line: header.line, column: firstPeriodColumn + offset + 1), reason)
      }
    }
    let fieldCount = FieldCountRule(header: header)
    while let record = try session.nextDataRecord(&stream, rule: fieldCount, path: path) {
      let rowPosition = SourcePosition(file: path, line: record.line, column: 0)
      let (indicatorName, nameUnit) = HeaderText.splitUnit(record.text(indicatorColumn))
      if indicatorName.isEmpty {
        session.rejectRow(
          SourcePosition(file: path, line: record.line, column: indicatorColumn + 1),
          .missingField("indicator name"))
        continue
      }
      let region = regionColumn.map { record.text($0) } ?? session.options.defaultRegion
      let parent = parentColumn.map { record.text($0) }
      let unit = session.unit(nameUnit ?? unitColumn.map { record.text($0) } ?? "")
      var kindForm: ValueForm?
      if let kindColumn, !record.text(kindColumn).isEmpty {
        guard let form = KindText.form(record.text(kindColumn)) else {
          session.rejectRow(
            SourcePosition(file: path, line: record.line, column: kindColumn + 1),
            .unknownKind(record.text(kindColumn)))
          continue
        }
        kindForm = form
      }
      var targets: [ValueForm: Result<IngestSession.Target, IngestReason>] = [:]
      var used = false
      var rejected = false
      // Fields past the header are empty (`FieldCountRule`): only the header's columns hold cells.
      for index in firstPeriodColumn..<header.count {
        let position = SourcePosition(file: path, line: record.line, column: index + 1)
        let isEmpty = record.withBytes(index) { $0.isEmpty }
        switch columns[index - firstPeriodColumn] {
        case .skipped(let reason):
          if !isEmpty {
            session.summary.cellsRead += 1
            _ = session.reject(position, .skippedColumn(reason))
            rejected = true
          }
        case .month(let period, let cumulative, let combined):
          if kindForm == .monthly, cumulative, period.month > 2, !isEmpty, let kindColumn {
            session.summary.cellsRead += 1
            _ = session.reject(
              position,
              .kindContradictsPeriod(
                kind: record.text(kindColumn), period: header.text(index)))
            rejected = true
            continue
          }
          let form = kindForm ?? (cumulative ? .cumulative : .monthly)
          if combined { session.builder.noteCombinedJanuaryFebruary(indicator: indicatorName) }
          let resolved =
            targets[form]
            ?? session.target(
              region: region, parent: parent, indicatorName: indicatorName, unit: unit, form: form,
              line: record.line)
          targets[form] = resolved
          let outcome = session.take(cell: index, of: record, into: resolved, period: period, path: path)
          if outcome == .rejected { rejected = true } else { used = true }
        }
      }
      if used {
        session.summary.rowsUsed += 1
      } else if rejected {
        session.summary.rowsRejected += 1
      } else {
        session.rejectRow(
          rowPosition, .missingField("values (the row has keys but no cell under a period column)"))
      }
    }
  }
}
