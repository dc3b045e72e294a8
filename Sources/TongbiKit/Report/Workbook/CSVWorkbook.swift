@_spi(ByteLevel) import ByteLevel
import Foundation

/// A table its renderer writes as CSV (the projections, forecasts and backtest scores) written as a
/// workbook: the header in bold and frozen, each column as wide as its widest cell (at most
/// `widestColumn` characters; a longer text cell wraps within it), the cells of the key and text
/// columns as text,
/// every other cell that reads as a number as a number at full precision, shown with the decimals its
/// column's kind calls for (`decimals(ofColumn:)`).
package enum CSVWorkbook {
  /// Columns whose cells stay text whatever they hold.
  package static let textColumns: Set<String> = [
    "region", "indicator", "unit", "form", "period", "method", "note", "series", "backtest_years",
  ]

  /// The widest a column is made, in characters; a text cell wider than this is written wrapped, so
  /// that it shows whole, on screen and printed, however full the next column is.
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
        let lines = fields.map { wrappedLines(CSVRows.unguarded($0)) }
        if let most = lines.max(), most > 1 {
          sheet.setHeight(min(409, lineHeight * Double(most)), row: sequence.row)
        }
        for (column, field) in fields.enumerated() where !field.isEmpty {
          if let (value, decimals) = number(field, key: column < header.count ? header[column] : "") {
            sheet.write(value, decimals: decimals, row: sequence.row, column: column)
          } else {
            sheet.write(
              text: CSVRows.unguarded(field), row: sequence.row, column: column, wrap: lines[column] > 1)
          }
        }
        sheets = sequence
      }
    }
    try writer.close()
  }

  /// The number a cell of column `key` is written as, with the decimals it is shown with; `nil` for a
  /// cell written as text (a key or text column, or a field that does not read as a number).
  static func number(_ field: UnsafeBufferPointer<UInt8>, key: String) -> (value: Double, decimals: Int)? {
    guard !textColumns.contains(key), case .value(let value, let written) = NumberParser.parse(field) else {
      return nil
    }
    return (value, decimals(ofColumn: key, written: written))
  }

  /// The display width of each column's widest cell below the header, as the workbook shows it, at
  /// most `widestColumn`: a number by its digits at the decimals it is shown with (a sign, the integer
  /// digits, the point and the decimals), text by its display width (a Chinese character counts two;
  /// ASCII by its bytes).
  static func columnWidths(_ buffer: UnsafeBufferPointer<UInt8>) -> [Int] {
    var widths: [Int] = []
    var header: [String]?
    CSVRows.forEachRow(buffer) { fields in
      guard let keys = header else {
        header = fields.map { String(decoding: $0, as: UTF8.self) }
        return
      }
      for (column, field) in fields.enumerated() {
        if column == widths.count { widths.append(0) }
        guard widths[column] < widestColumn else { continue }
        let width: Int
        if let (value, decimals) = number(field, key: column < keys.count ? keys[column] : "") {
          width = shownWidth(value, decimals: decimals)
        } else {
          width = displayWidth(CSVRows.unguarded(field))
        }
        widths[column] = min(widestColumn, max(widths[column], width))
      }
    }
    return widths
  }

  /// The height of one line of text in points (Excel's default row height).
  static let lineHeight = 15.0

  /// The display width a wrapped line is counted at: less than the column's `widestColumn`, as capital
  /// letters and wide glyphs take more than the digit width column widths are counted in, and a line
  /// counted short would be cut off at the top of its cell.
  static let lineWidth = 55

  /// The lines `text` takes in its cell: 1 when it has no line break and is at most `widestColumn` wide
  /// (it is not wrapped); otherwise each of its lines (split at line breaks) wrapped at `lineWidth`,
  /// words (split at spaces) filled greedily and a longer word taking as many whole lines as it needs.
  static func wrappedLines(_ text: UnsafeBufferPointer<UInt8>) -> Int {
    let breaks = text.contains(0x0A)
    // UTF-8 takes at least as many bytes as display columns: short text fits without being decoded.
    guard breaks || (text.count > widestColumn && displayWidth(text) > widestColumn) else { return 1 }
    var lines = 0
    for line in text.split(separator: 0x0A, omittingEmptySubsequences: false) {
      lines += 1
      var used = 0
      for word in line.split(separator: 0x20) {
        let width = displayWidth(UnsafeBufferPointer(rebasing: word))
        if used > 0 && used + 1 + width <= lineWidth {
          used += 1 + width
          continue
        }
        if used > 0 { lines += 1 }
        lines += (width - 1) / lineWidth
        used = width - (width - 1) / lineWidth * lineWidth
      }
    }
    return lines
  }

  /// The display width of the UTF-8 text `text`: ASCII by its bytes, otherwise by
  /// `TextTable.displayWidth` (a Chinese character counts two).
  static func displayWidth(_ text: UnsafeBufferPointer<UInt8>) -> Int {
    text.allSatisfy { $0 < 0x80 } ? text.count : TextTable.displayWidth(String(decoding: text, as: UTF8.self))
  }

  /// The characters of `value` shown with `decimals` decimals (format `0.00…`, no grouping): a minus
  /// unless it shows as zero, the integer digits (at least one), and the point and decimals.
  static func shownWidth(_ value: Double, decimals: Int) -> Int {
    guard value.isFinite else { return 3 }
    let scale = pow(10, Double(decimals))
    let shown = (abs(value) * scale).rounded() / scale
    let digits = shown < 10 ? 1 : Int(log10(shown)) + 1
    return (value < 0 && shown > 0 ? 1 : 0) + digits + (decimals > 0 ? decimals + 1 : 0)
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
