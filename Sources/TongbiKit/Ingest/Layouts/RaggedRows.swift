@_spi(ByteLevel) import ByteLevel

/// The rule for rows whose field count differs from the header's (README, "What `tongbi ingest`
/// reads"): a row that ends before the header's last named column (a line cut off), or that has text
/// beyond the header's last field (a field slipped in), is rejected with its line and both counts,
/// as either would put values under the wrong column. Trailing empty fields, which spreadsheets pad
/// rows and headers with or drop, count for nothing: the header's empty fields at its end make the
/// table wider (cells under them are read and reported one by one), and a row may stop before them.
struct FieldCountRule {
  /// The header's fields.
  let headerFields: Int
  /// The header's fields up to its last one that holds text.
  let namedFields: Int

  /// The rule for tables with `header`.
  init(header: CSVRecord) {
    self.init(headers: [header])
  }

  /// The rule for tables whose header spans the rows `headers` (a two-level header): the most fields
  /// and the most named fields of any of them.
  init(headers: [CSVRecord]) {
    headerFields = headers.map(\.count).max() ?? 0
    namedFields = headers.map(\.fieldsUpToLastText).max() ?? 0
  }

  /// Whether `record` ends before the header's last named column or has text beyond its last field.
  @inline(__always)
  func isRagged(_ record: CSVRecord) -> Bool {
    record.count < namedFields || (record.count > headerFields && record.fieldsUpToLastText > headerFields)
  }

  /// The reason a ragged `record` is rejected, with its field count and the header's.
  func reason(_ record: CSVRecord) -> IngestReason {
    record.count < namedFields
      ? .fieldCount(row: record.count, header: namedFields)
      : .fieldCount(row: record.fieldsUpToLastText, header: headerFields)
  }
}

extension CSVRecord {
  /// The number of fields up to the last one that holds text (blank fields at the end not counted).
  var fieldsUpToLastText: Int {
    var end = count
    while end > 0 && text(end - 1).isEmpty { end -= 1 }
    return end
  }
}

extension IngestSession {
  /// Counts `record`, whose field count does not fit the header's (`FieldCountRule.isRagged`), as
  /// rejected with both counts, or as a note line below the table when it is one.
  mutating func rejectRagged(_ record: CSVRecord, rule: FieldCountRule, path: String) {
    let position = SourcePosition(file: path, line: record.line, column: 0)
    rejectRow(position, record.footerText.map { .footer($0) } ?? rule.reason(record))
  }

  /// The next record of `stream` that is a data row of a table whose header gives `rule`: each row is
  /// counted as read, and a blank row, a note line below the table or a row whose field count does not
  /// fit is rejected with its reason and passed over; a sheet's absent rows are not rows at all.
  mutating func nextDataRecord(_ stream: inout RecordStream, rule: FieldCountRule, path: String)
    throws(IngestError) -> CSVRecord?
  {
    while let record = try stream.next() {
      if record.isBlank && blankRowsAreAbsent { continue }
      summary.rowsRead += 1
      if rejectBlankOrFooter(record, path: path) { continue }
      if rule.isRagged(record) {
        rejectRagged(record, rule: rule, path: path)
        continue
      }
      return record
    }
    return nil
  }
}
