@_spi(ByteLevel) import ByteLevel

/// A table its renderer writes as CSV (the projections, forecasts and backtest scores) written as a
/// one-sheet workbook: the header in bold and frozen, the cells of the key and text columns as text,
/// every other cell that reads as a number as a number at full precision, shown with the decimals its
/// column's kind calls for (`decimals(ofColumn:)`).
package enum CSVWorkbook {
  /// Columns whose cells stay text whatever they hold.
  package static let textColumns: Set<String> = [
    "region", "indicator", "unit", "form", "period", "method", "note", "series",
  ]

  /// Writes `csv` (UTF-8: a header line, then rows) as the sheet `sheet` of a workbook at `path`.
  package static func write(csv bytes: [UInt8], sheet name: String, to path: String) throws(ReportError) {
    let writer = try SpreadsheetWriter(path: path)
    let sheet = try writer.addSheet(name)
    var header: [String] = []
    var widths: [Int] = []
    var row = 0
    bytes.withUnsafeBufferPointer { buffer in
      CSVRows.forEachRow(buffer) { (fields: [UnsafeBufferPointer<UInt8>]) -> Void in
        defer { row += 1 }
        if row == 0 {
          header = fields.map { String(decoding: $0, as: UTF8.self) }
          widths = header.map(TextTable.displayWidth)
          for (column, title) in header.enumerated() {
            sheet.write(title, row: 0, column: column, bold: true)
          }
          return
        }
        for (column, field) in fields.enumerated() where !field.isEmpty {
          let key = column < header.count ? header[column] : ""
          if !textColumns.contains(key), case .value(let value, let written) = NumberParser.parse(field) {
            sheet.write(value, decimals: decimals(ofColumn: key, written: written), row: row, column: column)
          } else {
            sheet.write(text: field, row: row, column: column)
          }
          if column < widths.count { widths[column] = max(widths[column], min(field.count, 40)) }
        }
      }
    }
    for (column, width) in widths.enumerated() { sheet.setWidth(Double(width + 2), column: column) }
    sheet.freezeRows(1)
    try writer.close()
  }

  /// The decimals a number of column `key` is shown with: rates and percentages (`…_pct`, `smape`) one;
  /// ratios and probabilities (`mase`, `coverage_…`, `probability`) two; counts (`origins`, `fallbacks`,
  /// `backtest_years`, `interval_level`) none; amounts as written, at most two.
  static func decimals(ofColumn key: String, written: Int) -> Int {
    if key.hasSuffix("_pct") || key == "smape" { return 1 }
    if key == "mase" || key.hasPrefix("coverage") || key == "probability" { return 2 }
    if ["origins", "fallbacks", "backtest_years", "interval_level"].contains(key) { return 0 }
    return min(written, 2)
  }
}
