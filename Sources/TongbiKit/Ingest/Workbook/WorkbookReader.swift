@_spi(ByteLevel) import ByteLevel
import Foundation
import ZIPFoundation

/// One worksheet of a workbook, turned into CSV text for the ingest (`SheetConverter`).
struct ConvertedSheet {
  /// The tab's name.
  var name: String
  /// Whether the tab is hidden.
  var isHidden: Bool
  /// The CSV text: line r is sheet row r, field c is column c.
  var csv: [UInt8]
  /// Rows the sheet hides.
  var hiddenRows: [Int]
  /// Cells filled from a merged range's top-left cell.
  var mergedCellsFilled: Int
}

/// A workbook whose sheets the ingest reads one at a time, each as CSV text with row r on line r and
/// column c in field c: an `.xlsx` (`XLSXWorkbook`) or an `.xls` (`XLSWorkbook`).
protocol SheetSource {
  /// The workbook's path, as positions name it.
  var path: String { get }
  /// The sheets to read, in tab order.
  var sheets: [WorksheetEntry] { get }
  /// The format the summary names (`xlsx`, `xls`).
  var format: String { get }
  /// The sheet `entry` as CSV text, merged ranges filled.
  func convert(_ entry: WorksheetEntry) throws(IngestError) -> ConvertedSheet
}

/// Reads `.xlsx` and `.xlsm` workbooks as Excel and WPS write them (Office Open XML in a ZIP
/// container): the sheets in tab order, each streamed from its ZIP entry through `XMLStream` into CSV
/// text, never as a document tree.
package enum WorkbookReader {
  /// Whether `bytes` start like a ZIP archive (`PK\u{3}\u{4}`), as every `.xlsx` does.
  static func isZIP(_ bytes: UnsafeRawBufferPointer) -> Bool {
    bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && bytes[2] == 0x03 && bytes[3] == 0x04
  }

  /// Whether `bytes` start like an OLE2 compound file (`D0 CF 11 E0`), as `.xls` and `.et` do.
  static func isCompoundFile(_ bytes: UnsafeRawBufferPointer) -> Bool {
    bytes.count >= 4 && bytes[0] == 0xD0 && bytes[1] == 0xCF && bytes[2] == 0x11 && bytes[3] == 0xE0
  }

  /// Opens the workbook in `bytes` (from `path`): its sheets in tab order, only the one named or
  /// numbered (1-based) `sheet` when given, each converted when asked for (`XLSXWorkbook.convert`).
  ///
  /// Throws `IngestError.malformed` naming the file for an archive that is not a workbook (no
  /// `xl/workbook.xml`: an `.ods` or another ZIP), a damaged entry, or a `sheet` the workbook lacks.
  static func open(_ bytes: UnsafeRawBufferPointer, path: String, sheet: String?) throws(IngestError)
    -> XLSXWorkbook
  {
    let position = SourcePosition(file: path, line: 1, column: 0)
    let archive: Archive
    do {
      // ZIPFoundation's in-memory archive leaks its buffer when it throws for a missing end record (the
      // fuzzer found it), so that case is refused here first, by the same test.
      guard hasEndOfCentralDirectory(bytes) else {
        throw Archive.ArchiveError.missingEndOfCentralDirectoryRecord
      }
      archive = try Archive(data: Data(bytes), accessMode: .read)
    } catch {
      throw .malformed(
        position,
        reason: "starts like a ZIP archive (as an .xlsx workbook does) but cannot be opened as one: damaged, "
          + "cut short, or another file renamed")
    }
    guard archive["xl/workbook.xml"] != nil else {
      throw .malformed(
        position,
        reason: archive["content.xml"] != nil
          ? "an OpenDocument spreadsheet (.ods), which Tongbi does not read: save it as .xlsx or CSV"
          : archive["Index/Document.iwa"] != nil
            ? "an Apple Numbers document, which Tongbi does not read: export it as .xlsx or CSV"
            : "a ZIP archive without xl/workbook.xml, not an Excel workbook: save it as .xlsx or CSV")
    }
    var listing = WorkbookListing()
    try XLSXWorkbook.parse(archive, "xl/workbook.xml", into: &listing, path: path)
    var relationships = PackageRelationships()
    try XLSXWorkbook.parse(archive, "xl/_rels/workbook.xml.rels", into: &relationships, path: path)
    var strings = SharedStrings()
    if archive["xl/sharedStrings.xml"] != nil {
      try XLSXWorkbook.parse(archive, "xl/sharedStrings.xml", into: &strings, path: path)
    }
    var styles = CellStyles()
    if archive["xl/styles.xml"] != nil {
      try XLSXWorkbook.parse(archive, "xl/styles.xml", into: &styles, path: path)
    }
    let entries = listing.sheets.compactMap { entry -> WorksheetEntry? in
      relationships.target(id: entry.id).map {
        WorksheetEntry(
          name: entry.name, path: PackageRelationships.archivePath($0, from: "xl/workbook.xml"),
          isHidden: entry.isHidden)
      }
    }
    return XLSXWorkbook(
      path: path, sheets: try select(entries, sheet: sheet, position: position), archive: archive,
      sharedCells: strings.strings.map { CSVText.quotedIfNeeded($0) }, dateStyles: styles.isDate,
      uses1904: listing.uses1904)
  }

  /// One sheet's XML, given whole or in chunks of `chunkSize` bytes, converted as a workbook without
  /// shared strings or styles would have it: what the fuzzer checks (the same CSV for any chunk size).
  package static func convert(sheetXML: UnsafeRawBufferPointer, chunkSize: Int) throws(IngestError) -> [UInt8]
  {
    var converter = SheetConverter(sharedCells: [], dateStyles: [], uses1904: false)
    var stream = XMLStream()
    var start = 0
    while start < sheetXML.count {
      let end = min(sheetXML.count, start + max(1, chunkSize))
      stream.feed(UnsafeRawBufferPointer(rebasing: sheetXML[start..<end]), into: &converter)
      start = end
    }
    stream.finish(into: &converter)
    return try converted(converter, name: "S", isHidden: false, path: "fuzz.xlsx").csv
  }

  /// The sheet `converter` has read, merged ranges filled; throws for a reference beyond Excel's sheet
  /// or out of order.
  static func converted(_ converter: SheetConverter, name: String, isHidden: Bool, path: String)
    throws(IngestError) -> ConvertedSheet
  {
    var converter = converter
    converter.finish()
    if let bad = converter.badReference {
      throw .malformed(
        SourcePosition(file: "\(path)[\(name)]", line: 1, column: 0),
        reason:
          "\(bad): not a worksheet as spreadsheets write it (at most 16777216 rows and 16384 columns, in order)"
      )
    }
    let (csv, filled) = MergedRanges.fill(converter.csv, merges: converter.merges)
    return ConvertedSheet(
      name: name, isHidden: isHidden, csv: csv, hiddenRows: converter.hiddenRows, mergedCellsFilled: filled)
  }

  /// Whether `bytes` end with a ZIP's end-of-central-directory record as ZIPFoundation finds it: the
  /// last `PK\u{5}\u{6}` at least 22 bytes before the end, with its whole comment after it.
  static func hasEndOfCentralDirectory(_ bytes: UnsafeRawBufferPointer) -> Bool {
    guard bytes.count >= 22 else { return false }
    var offset = bytes.count - 22
    while offset >= 0 {
      if bytes[offset] == 0x50 && bytes[offset + 1] == 0x4B && bytes[offset + 2] == 0x05
        && bytes[offset + 3] == 0x06
      {
        let commentLength = Int(bytes[offset + 20]) | Int(bytes[offset + 21]) << 8
        return offset + 22 + commentLength <= bytes.count
      }
      offset -= 1
    }
    return false
  }

  /// The entries `sheet` names (a tab name, or its 1-based number), or all.
  static func select(_ entries: [WorksheetEntry], sheet: String?, position: SourcePosition)
    throws(IngestError) -> [WorksheetEntry]
  {
    guard let sheet else { return entries }
    if let entry = entries.first(where: { $0.name == sheet }) { return [entry] }
    if let number = Int(sheet), entries.indices.contains(number - 1) { return [entries[number - 1]] }
    throw .malformed(
      position,
      reason: "no sheet '\(sheet)'; the workbook has: \(entries.map(\.name).joined(separator: ", "))")
  }
}

/// An opened workbook: its chosen sheets in tab order, each converted into CSV text when asked, with
/// the shared strings encoded as CSV cells once for all of them.
struct XLSXWorkbook: SheetSource {
  let path: String
  let sheets: [WorksheetEntry]
  let format = "xlsx"
  fileprivate let archive: Archive
  fileprivate let sharedCells: [[UInt8]]
  fileprivate let dateStyles: [Bool]
  fileprivate let uses1904: Bool

  /// The sheet `entry` as CSV text, merged ranges filled; throws for a damaged entry, or a reference
  /// beyond Excel's sheet or out of order (the sheet is refused whole).
  func convert(_ entry: WorksheetEntry) throws(IngestError) -> ConvertedSheet {
    var converter = SheetConverter(sharedCells: sharedCells, dateStyles: dateStyles, uses1904: uses1904)
    try Self.parse(archive, entry.path, into: &converter, path: path)
    return try WorkbookReader.converted(converter, name: entry.name, isHidden: entry.isHidden, path: path)
  }

  /// Streams entry `entry` of `archive` through `handler`; throws naming the workbook `path` for a
  /// missing or damaged entry.
  fileprivate static func parse<H: XMLHandler>(
    _ archive: Archive, _ entry: String, into handler: inout H, path: String
  ) throws(IngestError) {
    let position = SourcePosition(file: path, line: 1, column: 0)
    guard let found = archive[entry] else {
      throw .malformed(position, reason: "the workbook lacks its part \(entry)")
    }
    var stream = XMLStream()
    var target = handler
    do {
      _ = try archive.extract(found, bufferSize: 1 << 16) { data in
        data.withUnsafeBytes { stream.feed($0, into: &target) }
      }
    } catch {
      throw .malformed(position, reason: "a damaged .xlsx workbook: an entry does not inflate (\(error))")
    }
    stream.finish(into: &target)
    handler = target
  }
}
