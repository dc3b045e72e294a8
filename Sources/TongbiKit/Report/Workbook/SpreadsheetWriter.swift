@_spi(ByteLevel) import ByteLevel
import CXLSXWriter
import Foundation

/// An `.xlsx` workbook written through libxlsxwriter (Debian `libxlsxwriter-dev`): sheets of text and
/// numbers with number formats, column widths, frozen header rows, merged cells and native Excel charts.
/// The workbook is written when `close()` is called; a writer released without closing frees it and
/// writes nothing. A cell that cannot be written (beyond Excel's sheet, or rows out of order in
/// constant-memory mode) makes `close()` throw rather than leave a workbook without it.
final class SpreadsheetWriter {
  private let workbook: UnsafeMutablePointer<lxw_workbook>
  private let path: String
  private var numberFormats: [Int: UnsafeMutablePointer<lxw_format>] = [:]
  private var sheetNames: Set<String> = []
  private var closed = false
  /// A NUL-terminated copy of the text being written (`Sheet.write(text:)`), reused.
  fileprivate var scratch: [CChar] = []
  /// The first cell that could not be written, and why.
  fileprivate var failure: String?
  /// Formats by (bold, wrap, top, size): text cells reuse theirs.
  private var textFormats: [String: UnsafeMutablePointer<lxw_format>] = [:]

  /// A chart's kind.
  enum ChartKind {
    /// Vertical bars per category.
    case column
    /// Horizontal bars per category (rankings).
    case bar
    /// Lines over categories (months).
    case line
  }

  /// A workbook to be written at `path`; `constantMemory` writes each row as it is finished (large
  /// tables in bounded memory; rows must then be written in order).
  init(path: String, constantMemory: Bool = false) throws(ReportError) {
    var options = lxw_workbook_options()
    options.constant_memory = constantMemory ? 1 : 0
    // ZIP64 for workbooks of many full sheets; the rows of constant-memory mode wait in temporary files
    // beside the workbook (the output's file system), not in a /tmp that may be small or in memory.
    options.use_zip64 = 1
    let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
    let made = directory.withCString { temporaryDirectory -> UnsafeMutablePointer<lxw_workbook>? in
      options.tmpdir = UnsafeMutablePointer(mutating: temporaryDirectory)
      return path.withCString { workbook_new_opt($0, &options) }
    }
    guard let made else {
      throw .output(path: path, reason: "cannot create the workbook")
    }
    workbook = made
    self.path = path
  }

  deinit {
    if !closed { lxw_workbook_free(workbook) }
  }

  /// A new sheet named `name`, made legal for Excel: at most 31 characters, none of `[]:*?/\`, and
  /// unique in the workbook (a number appended); printed on A4, fitted to the page's width.
  func addSheet(_ name: String) throws(ReportError) -> Sheet {
    let legal = Self.legalSheetName(name, taken: sheetNames)
    sheetNames.insert(legal)
    guard let sheet = legal.withCString({ workbook_add_worksheet(workbook, $0) }) else {
      throw .output(path: path, reason: "cannot add the sheet '\(legal)'")
    }
    // Printed on A4 (paper 9), as wide as one page.
    worksheet_set_paper(sheet, 9)
    worksheet_fit_to_pages(sheet, 1, 0)
    return Sheet(writer: self, pointer: sheet, name: legal)
  }

  /// A sheet name Excel accepts: `name` without `[]:*?/\`, at most 31 characters, not one of `taken`
  /// (compared without case, as Excel does).
  static func legalSheetName(_ name: String, taken: Set<String>) -> String {
    // Excel counts characters as code points, and refuses an apostrophe at either end.
    var scalars = String.UnicodeScalarView(
      name.unicodeScalars.map { "[]:*?/\\".unicodeScalars.contains($0) ? "_" : $0 })
    while scalars.first == "'" { scalars.removeFirst() }
    while scalars.last == "'" { scalars.removeLast() }
    let cleaned = String(String.UnicodeScalarView(scalars.prefix(31)))
    let base = cleaned.isEmpty ? "Sheet" : cleaned
    let lowered = Set(taken.map { $0.lowercased() })
    guard lowered.contains(base.lowercased()) else { return base }
    var number = 2
    while true {
      let suffix = " (\(number))"
      let candidate = String(String.UnicodeScalarView(base.unicodeScalars.prefix(31 - suffix.count))) + suffix
      if !lowered.contains(candidate.lowercased()) { return candidate }
      number += 1
    }
  }

  /// A format: bold, wrapped (aligned to the top of the cell when `top`), or with `decimals` decimals
  /// (`0`, `0.0`, `0.00`, …).
  fileprivate func format(
    decimals: Int? = nil, bold: Bool = false, wrap: Bool = false, top: Bool = false, size: Double? = nil
  ) -> UnsafeMutablePointer<lxw_format>? {
    if let decimals, !bold, !wrap, size == nil, let known = numberFormats[decimals] { return known }
    let textKey = "\(bold) \(wrap) \(top) \(size ?? 0)"
    if decimals == nil, let known = textFormats[textKey] { return known }
    guard let made = workbook_add_format(workbook) else { return nil }
    if let decimals {
      let pattern = decimals <= 0 ? "0" : "0." + String(repeating: "0", count: min(decimals, 15))
      format_set_num_format(made, pattern)
    }
    if bold { format_set_bold(made) }
    if wrap { format_set_text_wrap(made) }
    if top { format_set_align(made, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)) }
    if let size { format_set_font_size(made, size) }
    if let decimals, !bold, !wrap, size == nil { numberFormats[decimals] = made }
    if decimals == nil { textFormats[textKey] = made }
    return made
  }

  /// A chart of `kind` titled `title`, with a legend when `legend` (several series), its series added
  /// with `Chart.addSeries`, placed on a sheet with `Sheet.insert`.
  func addChart(_ kind: ChartKind, title: String, legend: Bool = false) throws(ReportError) -> Chart {
    let type: lxw_chart_type =
      switch kind {
      case .column: LXW_CHART_COLUMN
      case .bar: LXW_CHART_BAR
      case .line: LXW_CHART_LINE
      }
    guard let chart = workbook_add_chart(workbook, UInt8(type.rawValue)) else {
      throw .output(path: path, reason: "cannot add a chart")
    }
    chart_title_set_name(chart, title)
    if kind == .bar {
      // Region names by the axis's low end, clear of bars that grow leftwards (negative growth); in a
      // bar chart the category axis is the y axis.
      chart_axis_set_label_position(chart.pointee.y_axis, UInt8(LXW_CHART_AXIS_LABEL_POSITION_LOW.rawValue))
    }
    if !legend { chart_legend_set_position(chart, UInt8(LXW_CHART_LEGEND_NONE.rawValue)) }
    return Chart(pointer: chart)
  }

  /// Writes the workbook to its path.
  func close() throws(ReportError) {
    guard !closed else { return }
    closed = true
    if let failure {
      lxw_workbook_free(workbook)
      throw .output(path: path, reason: failure)
    }
    let status = workbook_close(workbook)
    guard status == LXW_NO_ERROR else {
      throw .output(path: path, reason: String(cString: lxw_strerror(status)))
    }
  }

  /// Notes the first cell libxlsxwriter refused.
  fileprivate func check(_ status: lxw_error, row: Int, column: Int) {
    guard status != LXW_NO_ERROR, failure == nil else { return }
    failure =
      "cell \(CellReference.letters(min(column + 1, 16_385)))\(row + 1) not written: \(String(cString: lxw_strerror(status)))"
  }

  /// One sheet of the workbook.
  struct Sheet {
    fileprivate let writer: SpreadsheetWriter
    fileprivate let pointer: UnsafeMutablePointer<lxw_worksheet>
    /// The sheet's name as written (legal for Excel).
    let name: String

    /// Writes `text` at 0-based `row`, `column`.
    func write(
      _ text: String, row: Int, column: Int, bold: Bool = false, size: Double? = nil
    ) {
      writer.check(
        worksheet_write_string(
          pointer, lxw_row_t(row), lxw_col_t(column), text, writer.format(bold: bold, size: size)),
        row: row, column: column)
    }

    /// Writes the UTF-8 text `bytes` at `row`, `column`, without making a `String` of it; `wrap`
    /// wraps it within the column's width (its last line at the bottom, beside the row's other cells).
    func write(text bytes: UnsafeBufferPointer<UInt8>, row: Int, column: Int, wrap: Bool = false) {
      writer.scratch.removeAll(keepingCapacity: true)
      writer.scratch.append(contentsOf: UnsafeRawBufferPointer(bytes).bindMemory(to: CChar.self))
      writer.scratch.append(0)
      let status = writer.scratch.withUnsafeBufferPointer { text in
        worksheet_write_string(
          pointer, lxw_row_t(row), lxw_col_t(column), text.baseAddress, wrap ? writer.format(wrap: true) : nil
        )
      }
      writer.check(status, row: row, column: column)
    }

    /// Writes `value` at `row`, `column`, shown with `decimals` decimals.
    func write(_ value: Double, decimals: Int, row: Int, column: Int) {
      writer.check(
        worksheet_write_number(
          pointer, lxw_row_t(row), lxw_col_t(column), value, writer.format(decimals: decimals)),
        row: row, column: column)
    }

    /// Sets the width of `column` in characters (a Chinese character counts two).
    func setWidth(_ width: Double, column: Int) {
      worksheet_set_column(pointer, lxw_col_t(column), lxw_col_t(column), width, nil)
    }

    /// Sets the height of `row` in points.
    func setHeight(_ height: Double, row: Int) {
      worksheet_set_row(pointer, lxw_row_t(row), height, nil)
    }

    /// Keeps the first `rows` rows in view when scrolling.
    func freezeRows(_ rows: Int) {
      worksheet_freeze_panes(pointer, lxw_row_t(rows), 0)
    }

    /// Merges the cells of `row` from `first` to `last` column and writes `text` there, wrapped from the
    /// top.
    func merge(_ text: String, row: Int, columns first: Int, _ last: Int) {
      worksheet_merge_range(
        pointer, lxw_row_t(row), lxw_col_t(first), lxw_row_t(row), lxw_col_t(last), text,
        writer.format(wrap: true, top: true))
    }

    /// Places `chart` with its top-left corner at `row`, `column`.
    func insert(_ chart: Chart, row: Int, column: Int) {
      worksheet_insert_chart(pointer, lxw_row_t(row), lxw_col_t(column), chart.pointer)
    }
  }

  /// A chart being made.
  struct Chart {
    fileprivate let pointer: UnsafeMutablePointer<lxw_chart>

    /// Adds a series named `name`: categories from rows `rows` of column `categories` of `sheet`,
    /// values from the same rows of column `values` (0-based).
    func addSeries(name: String, sheet: Sheet, rows: ClosedRange<Int>, categories: Int, values: Int) {
      guard let series = chart_add_series(pointer, nil, nil) else { return }
      chart_series_set_categories(
        series, sheet.name, lxw_row_t(rows.lowerBound), lxw_col_t(categories), lxw_row_t(rows.upperBound),
        lxw_col_t(categories))
      chart_series_set_values(
        series, sheet.name, lxw_row_t(rows.lowerBound), lxw_col_t(values), lxw_row_t(rows.upperBound),
        lxw_col_t(values))
      chart_series_set_name(series, name)
    }
  }

  /// The sheets of a long table: a new one, headed by the keys in bold and frozen, each time one is
  /// full (`rowsPerSheet` rows below the header); the first made at once, so an empty table still has
  /// its header. Each column is as wide as its key, or as `widths` says (display widths of the widest
  /// cells, when the caller knows them), with at least 10 characters.
  struct SheetSequence {
    let writer: SpreadsheetWriter
    let name: String
    let keys: [String]
    let widths: [Int]
    let rowsPerSheet: Int
    /// Excel's sheet: 1,048,576 rows, the header and 1,048,575 below it.
    static let excelRows = 1_048_575
    /// The row (0-based) of the last row asked for.
    private(set) var row = 0
    private var sheet: Sheet

    init(
      writer: SpreadsheetWriter, name: String, keys: [String], widths: [Int] = [],
      rowsPerSheet: Int = excelRows
    ) throws(ReportError) {
      self.writer = writer
      self.name = name
      self.keys = keys
      self.widths = widths
      self.rowsPerSheet = rowsPerSheet
      sheet = try Self.headed(writer: writer, name: name, keys: keys, widths: widths)
    }

    /// The sheet of the next row, which `row` then numbers.
    mutating func nextRow() throws(ReportError) -> Sheet {
      if row == rowsPerSheet {
        sheet = try Self.headed(writer: writer, name: name, keys: keys, widths: widths)
        row = 0
      }
      row += 1
      return sheet
    }

    private static func headed(
      writer: SpreadsheetWriter, name: String, keys: [String], widths: [Int]
    ) throws(ReportError) -> Sheet {
      let made = try writer.addSheet(name)
      for (column, key) in keys.enumerated() {
        made.write(key, row: 0, column: column, bold: true)
        let cells = column < widths.count ? widths[column] : 0
        made.setWidth(Double(max(10, max(TextTable.displayWidth(key), cells) + 2)), column: column)
      }
      made.freezeRows(1)
      return made
    }
  }
}
