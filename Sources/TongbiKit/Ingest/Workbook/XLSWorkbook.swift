@_spi(ByteLevel) import ByteLevel
import CFreeXL
import Foundation

/// An Excel 97–2003 workbook (`.xls`, BIFF8 in a compound file), its sheets turned into CSV text as
/// an `.xlsx` sheet is (row r on line r, column c in field c): the values through FreeXL (shared
/// strings, numbers, dates by their cell format, in the 1900 or 1904 system), and what FreeXL leaves out
/// — formulas' cached values, booleans, error values, merged ranges, hidden rows and sheets — from the
/// records (`BIFFScan`).
package final class XLSWorkbook: SheetSource {
  let path: String
  let sheets: [WorksheetEntry]
  let format = "xls"
  private let handle: UnsafeRawPointer
  private let scan: BIFFScan
  /// Each FreeXL sheet's substream offset, by FreeXL's index; empty when the lists do not match.
  private let offsets: [Int]

  private init(
    path: String, sheets: [WorksheetEntry], handle: UnsafeRawPointer, scan: BIFFScan, offsets: [Int]
  ) {
    self.path = path
    self.sheets = sheets
    self.handle = handle
    self.scan = scan
    self.offsets = offsets
  }

  deinit { freexl_close(handle) }

  /// Opens the `.xls` in `bytes` (from `path`), only the sheet `sheet` names or numbers when given.
  ///
  /// Throws `IngestError.malformed` naming the file for a damaged compound file, one without a
  /// `Workbook` stream (another Office file), a password-protected workbook (`.xls` or `.xlsx`), or
  /// one FreeXL cannot read.
  static func open(_ bytes: UnsafeRawBufferPointer, path: String, sheet: String?) throws(IngestError)
    -> XLSWorkbook
  {
    let position = SourcePosition(file: path, line: 1, column: 0)
    let container: CompoundFile
    var found: [UInt8]?
    do throws(CompoundFile.Damage) {
      container = try CompoundFile(Array(bytes))
      found = try container.stream(named: "Workbook")
      if found == nil { found = try container.stream(named: "Book") }
    } catch {
      throw .malformed(position, reason: "a damaged .xls workbook: \(error.reason)")
    }
    if container.entries.contains(where: { $0.name == "EncryptedPackage" }) {
      throw .malformed(position, reason: passwordReason)
    }
    guard let stream = found else {
      throw .malformed(
        position,
        reason: "an Office compound file without a workbook stream (a Word or PowerPoint file?): save the "
          + "table as .xlsx or CSV")
    }
    let scan = BIFFScan(stream)
    if scan.isEncrypted { throw .malformed(position, reason: passwordReason) }
    let handle = try openWithFreeXL(bytes, position: position)
    var count: UInt32 = 0
    freexl_get_info(handle, UInt16(FREEXL_BIFF_SHEET_COUNT), &count)
    var names: [String] = []
    for index in 0..<Int(count) {
      var name: UnsafePointer<CChar>?
      let status = freexl_get_worksheet_name(handle, UInt16(index), &name)
      names.append(
        status == FREEXL_OK ? name.map { String(cString: $0) } ?? "Sheet\(index + 1)" : "Sheet\(index + 1)")
    }
    let worksheets = scan.sheets.filter(\.isWorksheet)
    let listed =
      worksheets.count == names.count ? worksheets : scan.sheets.count == names.count ? scan.sheets : []
    let entries = names.indices.map { index in
      WorksheetEntry(
        name: names[index], path: String(index), isHidden: listed.isEmpty ? false : listed[index].isHidden)
    }
    let chosen: [WorksheetEntry]
    do {
      chosen = try WorkbookReader.select(entries, sheet: sheet, position: position)
    } catch {
      freexl_close(handle)
      throw error
    }
    return XLSWorkbook(path: path, sheets: chosen, handle: handle, scan: scan, offsets: listed.map(\.offset))
  }

  /// The sheet `entry` as CSV text, merged ranges filled.
  func convert(_ entry: WorksheetEntry) throws(IngestError) -> ConvertedSheet {
    guard let index = Int(entry.path), freexl_select_active_worksheet(handle, UInt16(index)) == FREEXL_OK
    else {
      throw .malformed(
        SourcePosition(file: "\(path)[\(entry.name)]", line: 1, column: 0),
        reason: "FreeXL cannot select this sheet")
    }
    var rowCount: UInt32 = 0
    var columnCount: UInt16 = 0
    freexl_worksheet_dimensions(handle, &rowCount, &columnCount)
    let extras = offsets.indices.contains(index) ? scan.extras(at: offsets[index]) : BIFFScan.SheetExtras()
    var overlay: [Int: String] = [:]
    var lastRow = Int(rowCount)
    var lastColumn = Int(columnCount)
    for cell in extras.cells {
      overlay[cell.row << 16 | cell.column] = cell.text
      lastRow = max(lastRow, cell.row)
      lastColumn = max(lastColumn, cell.column)
    }
    var csv: [UInt8] = []
    for row in 1...max(1, lastRow) {
      var field = 1
      for column in 1...max(1, lastColumn) {
        guard let text = overlay[row << 16 | column] ?? cellText(row: row - 1, column: column - 1),
          !text.isEmpty
        else { continue }
        for _ in field..<column { csv.append(UInt8(ascii: ",")) }
        field = column
        csv.append(contentsOf: CSVText.quotedIfNeeded(text))
      }
      csv.append(UInt8(ascii: "\n"))
    }
    let (filled, count) = MergedRanges.fill(csv, merges: extras.merges)
    return ConvertedSheet(
      name: entry.name, isHidden: entry.isHidden, csv: filled, hiddenRows: extras.hiddenRows,
      mergedCellsFilled: count)
  }

  /// The text FreeXL gives for the cell at 0-based `row`, `column` of the active sheet; `nil` when empty.
  private func cellText(row: Int, column: Int) -> String? {
    var value = FreeXL_CellValue()
    guard freexl_get_cell_value(handle, UInt32(row), UInt16(column), &value) == FREEXL_OK else { return nil }
    switch Int32(value.type) {
    case FREEXL_CELL_INT: return String(value.value.int_value)
    case FREEXL_CELL_DOUBLE: return NumberBytes.text(value.value.double_value)
    case FREEXL_CELL_TEXT, FREEXL_CELL_SST_TEXT, FREEXL_CELL_DATE, FREEXL_CELL_TIME:
      return value.value.text_value.map { String(cString: $0) }
    case FREEXL_CELL_DATETIME:
      return value.value.text_value.map { String(String(cString: $0).prefix(10)) }
    default: return nil
    }
  }

  /// What Tongbi's own reading of an `.xls` container finds in `bytes`, without FreeXL: its sheets and
  /// their formula, boolean and error cells, merged ranges and hidden rows, in one line; or why the
  /// container cannot be read. What the `xls` fuzz target checks.
  package static func structure(of bytes: [UInt8]) -> String {
    do throws(CompoundFile.Damage) {
      let container = try CompoundFile(bytes)
      guard let stream = try container.stream(named: "Workbook") else {
        return "\(container.entries.count) streams, no Workbook"
      }
      let scan = BIFFScan(stream)
      let sheets = scan.sheets.map { sheet in
        let extras = scan.extras(at: sheet.offset)
        return
          "\(extras.cells.count) cells \(extras.merges.count) merges \(extras.hiddenRows.count) hidden rows"
      }
      return "\(scan.isEncrypted ? "encrypted, " : "")\(sheets.count) sheets: "
        + sheets.joined(separator: "; ")
    } catch {
      return "damaged: \(error.reason)"
    }
  }

  private static let passwordReason =
    "a password-protected workbook, which Tongbi cannot read: open it in Excel or WPS, remove the password "
    + "(文件 → 信息 → 保护工作簿), and save it as .xlsx or CSV"

  /// FreeXL's handle on `bytes`, written to a temporary file for it (FreeXL opens paths only; it reads
  /// the whole file on opening, so the file is removed at once).
  private static func openWithFreeXL(_ bytes: UnsafeRawBufferPointer, position: SourcePosition)
    throws(IngestError)
    -> UnsafeRawPointer
  {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "tongbi-\(UUID().uuidString).xls")
    do {
      try Data(bytes).write(to: file)
    } catch {
      throw .unreadable(path: position.file, reason: "cannot write a temporary copy for FreeXL: \(error)")
    }
    defer { try? FileManager.default.removeItem(at: file) }
    var handle: UnsafeRawPointer?
    let status = file.path.withCString { freexl_open($0, &handle) }
    guard status == FREEXL_OK, let handle else {
      if let handle { freexl_close(handle) }
      throw .malformed(
        position,
        reason: "a damaged or unsupported .xls workbook (FreeXL error \(status)): save it as .xlsx or CSV")
    }
    return handle
  }
}
