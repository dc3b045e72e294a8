@_spi(ByteLevel) import ByteLevel

/// A table its renderer writes as CSV (the projections, forecasts and backtest scores) written as a
/// workbook: the header in bold and frozen, each column as wide as its widest cell (at most
/// `widestColumn` characters), the cells of the key and text columns as text,
/// every other cell that reads as a number as a number at full precision, shown with the decimals its
/// column's kind calls for (`decimals(ofColumn:)`).
package enum CSVWorkbook {
  /// Columns whose cells stay text whatever they hold.
  package static let textColumns: Set<String> = [
    "region", "indicator", "unit", "form", "period", "method", "note", "series", "backtest_years",
  ]

  /// The widest a column is made, in characters (a long note wraps past it on screen, not in the cell).
  static let widestColumn = 60

  /// Writes `csv` (UTF-8: a header line, then rows) as sheets named `sheet` of a workbook at `path`,
  /// streamed (constant-memory mode), 1,048,575 rows a sheet and then `sheet (2)`, ….
  package static func write(csv bytes: [UInt8], sheet name: String, to path: String) throws(ReportError) {
    let writer = try SpreadsheetWriter(path: path, constantMemory: true)
    var sheets: SpreadsheetWriter.SheetSequence?
    var header: [String] = []
    try bytes.withUnsafeBufferPointer { buffer throws(ReportError) in
      let widths = columnWidths(buffer)
      try CSVRows.forEachRow(buffer) { fields throws(ReportError) in
        guard var sequence = sheets else {
          header = fields.map { String(decoding: $0, as: UTF8.self) }
          sheets = try SpreadsheetWriter.SheetSequence(
            writer: writer, name: name, keys: header, widths: widths)
          return
        }
        let sheet = try sequence.nextRow()
        for (column, field) in fields.enumerated() where !field.isEmpty {
          let key = column < header.count ? header[column] : ""
          if !textColumns.contains(key), case .value(let value, let written) = NumberParser.parse(field) {
            sheet.write(
              value, decimals: decimals(ofColumn: key, written: written), row: sequence.row, column: column)
          } else {
            sheet.write(text: CSVRows.unguarded(field), row: sequence.row, column: column)
          }
        }
        sheets = sequence
      }
    }
    try writer.close()
  }

  /// The display width of each column's widest cell below the header (a Chinese character counts
  /// two), at most `widestColumn`; ASCII cells (numbers, codes) are measured by their bytes.
  static func columnWidths(_ buffer: UnsafeBufferPointer<UInt8>) -> [Int] {
    var widths: [Int] = []
    var header = true
    CSVRows.forEachRow(buffer) { fields in
      defer { header = false }
      guard !header else { return }
      for (column, field) in fields.enumerated() {
        if column == widths.count { widths.append(0) }
        guard widths[column] < widestColumn else { continue }
        let text = CSVRows.unguarded(field)
        let width =
          text.allSatisfy { $0 < 0x80 }
          ? text.count : TextTable.displayWidth(String(decoding: text, as: UTF8.self))
        widths[column] = min(widestColumn, max(widths[column], width))
      }
    }
    return widths
  }

  /// The decimals a number of column `key` is shown with: rates and percentages (`…_pct`, `smape`) one;
  /// ratios and probabilities (`mase`, `coverage_…`, `probability`) two; counts (`origins`, `fallbacks`,
  /// `interval_level`) none; amounts as written, at most two.
  static func decimals(ofColumn key: String, written: Int) -> Int {
    if key.hasSuffix("_pct") || key == "smape" { return 1 }
    if key == "mase" || key.hasPrefix("coverage") || key == "probability" { return 2 }
    if ["origins", "fallbacks", "interval_level"].contains(key) { return 0 }
    return min(written, 2)
  }
}
