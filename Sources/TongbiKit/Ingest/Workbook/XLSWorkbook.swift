@_spi(ByteLevel) import ByteLevel
import CFreeXL
import Foundation

/// An Excel 97–2003 workbook (`.xls`, BIFF8 in a compound file), its sheets turned into CSV text as
/// an `.xlsx` sheet is (row r on line r, column c in field c): the values through FreeXL (shared
/// strings, numbers, dates by their cell format, in the 1900 or 1904 system), and what FreeXL leaves out
/// — formulas' cached values (dates by their format too), booleans, error values, merged ranges, hidden
/// rows and sheets — from the records (`BIFFScan`).
package final class XLSWorkbook: SheetSource {
  let path: String
  let sheets: [WorksheetEntry]
  let format = "xls"
  private let handle: UnsafeRawPointer
  /// What FreeXL leaves out of each sheet, by FreeXL's index; empty when the lists do not match.
  private let extras: [BIFFScan.SheetExtras]

  /// Cells FreeXL may be asked to allocate (it allocates every cell a sheet's `Dimensions` record
  /// declares on opening): two full BIFF8 sheets, about 540 MB.
  static let declaredCellBudget = 2 * BIFFScan.maximumRow * BIFFScan.maximumColumn

  private init(
    path: String, sheets: [WorksheetEntry], handle: UnsafeRawPointer, extras: [BIFFScan.SheetExtras]
  ) {
    self.path = path
    self.sheets = sheets
    self.handle = handle
    self.extras = extras
  }

  deinit { freexl_close(handle) }

  /// Opens the `.xls` in `bytes` (from `path`), only the sheet `sheet` names or numbers when given.
  ///
  /// Throws `IngestError.malformed` naming the file for a damaged compound file, one without a
  /// `Workbook` stream (another Office file), a password-protected workbook (`.xls` or `.xlsx`), an
  /// Excel 5.0/95 one, sheets declaring more cells than `declaredCellBudget`, or one FreeXL cannot
  /// read; `IngestError.unreadable` when the temporary copy FreeXL reads cannot be written.
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
    guard scan.isBIFF8 else {
      throw .malformed(
        position,
        reason:
          "an Excel 5.0/95 (or older) workbook, which Tongbi does not read: open it and save it as .xlsx or CSV"
      )
    }
    // Each sheet's extras once (sheets may share a substream in a damaged file), and what they declare.
    var scanned: [Int: BIFFScan.SheetExtras] = [:]
    for sheet in scan.sheets where scanned[sheet.offset] == nil {
      scanned[sheet.offset] = scan.extras(at: sheet.offset)
    }
    let declared = scanned.values.reduce(0) { $0 + $1.declaredCells }
    guard scan.sheets.count <= Int(UInt16.max) else {
      throw .malformed(
        position, reason: "a damaged .xls workbook: \(scan.sheets.count) sheets, more than 65535")
    }
    guard declared <= declaredCellBudget else {
      throw .malformed(
        position,
        reason:
          "a damaged .xls workbook: its \(scan.sheets.count) sheet(s) declare \(declared) cells, more than "
          + "Excel 97–2003 sheets hold")
    }
    let handle = try openWithFreeXL(bytes, position: position)
    var count: UInt32 = 0
    freexl_get_info(handle, UInt16(FREEXL_BIFF_SHEET_COUNT), &count)
    guard count <= UInt32(UInt16.max) else {
      freexl_close(handle)
      throw .malformed(position, reason: "a damaged .xls workbook: \(count) sheets, more than 65535")
    }
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
    return XLSWorkbook(
      path: path, sheets: chosen, handle: handle,
      extras: listed.map { scanned[$0.offset] ?? BIFFScan.SheetExtras() })
  }

  /// The sheet `entry` as CSV text, merged ranges filled.
  func convert(_ entry: WorksheetEntry) throws(IngestError) -> ConvertedSheet {
    guard let index = Int(entry.path), let sheetIndex = UInt16(exactly: index),
      freexl_select_active_worksheet(handle, sheetIndex) == FREEXL_OK
    else {
      throw .malformed(
        SourcePosition(file: "\(path)[\(entry.name)]", line: 1, column: 0),
        reason: "FreeXL cannot select this sheet")
    }
    var rowCount: UInt32 = 0
    var columnCount: UInt16 = 0
    freexl_worksheet_dimensions(handle, &rowCount, &columnCount)
    let sheetExtras = extras.indices.contains(index) ? extras[index] : BIFFScan.SheetExtras()
    let (csv, count) = Self.sheetCSV(
      rows: min(Int(rowCount), BIFFScan.maximumRow), columns: min(Int(columnCount), BIFFScan.maximumColumn),
      extras: sheetExtras
    ) { row, column in cellText(row: row - 1, column: column - 1) }
    return ConvertedSheet(
      name: entry.name, isHidden: entry.isHidden, csv: csv, hiddenRows: sheetExtras.hiddenRows,
      mergedCellsFilled: count)
  }

  /// A sheet's CSV text, row r on line r: the cells of `rows` × `columns` as `base` gives them (1-based),
  /// those of `extras` over them, merged ranges filled; and the number of cells filled.
  static func sheetCSV(
    rows: Int, columns: Int, extras: BIFFScan.SheetExtras, base: (Int, Int) -> String?
  ) -> ([UInt8], Int) {
    // The extras by row, in column order; they lie within BIFF8's sheet (`BIFFScan`).
    var overlay: [Int: [(column: Int, text: String)]] = [:]
    for cell in extras.cells { overlay[cell.row, default: []].append((cell.column, cell.text)) }
    let lastRow = max(rows, overlay.keys.max() ?? 0)
    var csv: [UInt8] = []
    for row in 1...max(1, lastRow) {
      // The last cell written wins, as in the sheet.
      let extra = Dictionary(overlay[row] ?? [], uniquingKeysWith: { _, last in last })
      // Only the base's columns and the row's extras: a row beyond the base costs its extras alone.
      let extraColumns = extra.keys.sorted()
      let columnsToRead = row <= rows ? Array(1...max(1, max(columns, extraColumns.last ?? 0))) : extraColumns
      var field = 1
      for column in columnsToRead {
        guard let text = extra[column] ?? (row <= rows ? base(row, column) : nil), !text.isEmpty else {
          continue
        }
        for _ in field..<column { csv.append(UInt8(ascii: ",")) }
        field = column
        csv.append(contentsOf: CSVText.quotedIfNeeded(text))
      }
      csv.append(UInt8(ascii: "\n"))
    }
    return MergedRanges.fill(csv, merges: extras.merges)
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
      guard scan.isBIFF8 else { return "not BIFF8" }
      var scanned: [Int: BIFFScan.SheetExtras] = [:]
      let sheets = scan.sheets.map { sheet in
        let extras = scanned[sheet.offset] ?? scan.extras(at: sheet.offset)
        scanned[sheet.offset] = extras
        // The sheet's text as `convert` makes it, from the records alone.
        let (csv, filled) = sheetCSV(rows: 0, columns: 0, extras: extras) { _, _ in nil }
        return "\(extras.cells.count) cells \(extras.merges.count) merges (\(filled) filled) "
          + "\(extras.hiddenRows.count) hidden rows, \(csv.count) bytes"
      }
      return "\(scan.isEncrypted ? "encrypted, " : "")\(sheets.count) sheets: "
        + sheets.joined(separator: "; ")
    } catch {
      return "damaged: \(error.reason)"
    }
  }

  private static let passwordReason =
    "a password-protected or encrypted workbook (Excel also encrypts a workbook whose structure is protected), "
    + "which Tongbi cannot read: open it in Excel or WPS, remove the protection (文件 → 信息 → 保护工作簿), and save "
    + "it as .xlsx or CSV"

  /// FreeXL's handle on `bytes`, written to a temporary file for it (FreeXL opens paths only; it reads
  /// the whole file on opening, so the file is removed at once).
  private static func openWithFreeXL(_ bytes: UnsafeRawBufferPointer, position: SourcePosition)
    throws(IngestError)
    -> UnsafeRawPointer
  {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "tongbi-\(UUID().uuidString).xls")
    defer { try? FileManager.default.removeItem(at: file) }
    // Readable by its owner only: the data are the office's.
    guard
      FileManager.default.createFile(
        atPath: file.path, contents: Data(bytes), attributes: [.posixPermissions: 0o600])
    else {
      throw .unreadable(
        path: position.file, reason: "cannot write a temporary copy for FreeXL at \(file.path)")
    }
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
