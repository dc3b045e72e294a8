@_spi(ByteLevel) import ByteLevel

/// The growth table as an `.xlsx` workbook, streamed through libxlsxwriter's constant-memory mode: the
/// rows the CSV renderer writes (`CSVSeriesRenderer`: the cells of `--format csv`, at full precision)
/// go to the sheet as they are made, numbers in the numeric columns (amounts shown at their decimals,
/// rates and points at one, counts at none) and text elsewhere (without the CSV's formula guard), so the
/// table is never held in memory. A sheet holds
/// Excel's 1,048,576 rows (the header and 1,048,575 rows of the table); a longer table goes on in
/// `growth (2)`, `growth (3)`, … each with the header again.
package struct GrowthXLSXRenderer {
  /// Unit amounts are converted into where the indicator's unit allows (万元 → 亿元).
  package var unit: Unit?

  /// Data rows a sheet holds below its header: Excel's 1,048,575 unless a test asks for fewer.
  package var rowsPerSheet = SpreadsheetWriter.SheetSequence.excelRows

  /// Creates a renderer.
  package init(unit: Unit? = nil) {
    self.unit = unit
  }

  /// Writes the header and every row of `table` to the workbook at `path`.
  package func write(
    _ table: GrowthTable, to path: String, threads: Int = 1, progress: ((Int, Int) -> Void)? = nil
  ) throws(ReportError) {
    let writer = try SpreadsheetWriter(path: path, constantMemory: true)
    var sheets = try SpreadsheetWriter.SheetSequence(
      writer: writer, name: "growth", keys: table.columns.map(\.key), rowsPerSheet: rowsPerSheet)
    // Per column: whether it holds numbers, and the decimals it shows (rates and points one, counts
    // none, amounts as written).
    let shown: [(numeric: Bool, decimals: Int?)] = table.columns.map { column in
      switch column.kind {
      case .text: (false, nil)
      case .percent, .points: (true, 1)
      case .count: (true, 0)
      case .amount: (true, nil)
      }
    }
    let periods = PeriodLabels(
      (0..<table.panel.periodCount).map { table.panel.period(atRow: $0).description })
    try table.renderInChunks(
      threads: threads, progress: progress,
      makeRenderer: { CSVSeriesRenderer(table: table, unit: unit, periods: periods) }
    ) { (renderer, _) throws(ReportError) in
      try CSVRows.forEachRow(renderer.chunk.bytes) { fields throws(ReportError) in
        let sheet = try sheets.nextRow()
        for (column, field) in fields.enumerated() where !field.isEmpty && column < shown.count {
          if shown[column].numeric, case .value(let value, let written) = NumberParser.parse(field) {
            sheet.write(value, decimals: shown[column].decimals ?? written, row: sheets.row, column: column)
          } else {
            sheet.write(text: CSVRows.unguarded(field), row: sheets.row, column: column)
          }
        }
      }
    }
    try writer.close()
  }
}

/// Rows of CSV text as the growth renderers write it: fields separated by commas, a field with a comma,
/// quote or line break quoted (`"a ""b"""`), each row ended by a line feed.
enum CSVRows {
  /// A text field without the apostrophe CSV output puts before `=`, `+`, `-` or `@` (`CSVText.escaped`,
  /// so that spreadsheets opening the CSV do not run it): a workbook's text cell is never run. (A text
  /// that itself starts with an apostrophe and one of them loses it too.)
  static func unguarded(_ field: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    guard field.count >= 2, field[0] == UInt8(ascii: "'"),
      [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@")].contains(field[1])
    else { return field }
    return UnsafeBufferPointer(rebasing: field[1...])
  }

  /// Calls `body` with the fields of each row of `bytes` (quotes removed, doubled quotes made single),
  /// each a buffer that lives during the call. Nothing is allocated per row: the field lists are reused,
  /// and only quoted fields are copied (unescaped).
  static func forEachRow<Failure: Error>(
    _ bytes: UnsafeBufferPointer<UInt8>, _ body: ([UnsafeBufferPointer<UInt8>]) throws(Failure) -> Void
  ) throws(Failure) {
    var ranges: [(range: Range<Int>, copied: Bool)] = []
    var unquoted: [UInt8] = []
    var fields: [UnsafeBufferPointer<UInt8>] = []
    var index = 0
    while index < bytes.count {
      ranges.removeAll(keepingCapacity: true)
      unquoted.removeAll(keepingCapacity: true)
      var rowEnded = false
      while !rowEnded {
        if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
          let start = unquoted.count
          index += 1
          while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\"") {
              guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { break }
              index += 1
            }
            unquoted.append(byte)
          }
          ranges.append((start..<unquoted.count, true))
        } else {
          let start = index
          while index < bytes.count, bytes[index] != UInt8(ascii: ","), bytes[index] != UInt8(ascii: "\n") {
            index += 1
          }
          ranges.append((start..<index, false))
        }
        rowEnded = index >= bytes.count || bytes[index] == UInt8(ascii: "\n")
        index += 1
      }
      try unquoted.withUnsafeBufferPointer { copied throws(Failure) in
        fields.removeAll(keepingCapacity: true)
        for (range, isCopy) in ranges {
          fields.append(UnsafeBufferPointer(rebasing: isCopy ? copied[range] : bytes[range]))
        }
        try body(fields)
      }
    }
  }
}
