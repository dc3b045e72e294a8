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

  /// The sheets of the workbook in `bytes` (from `path`), in tab order; only the one named or numbered
  /// (1-based) `sheet` when given.
  ///
  /// Throws `IngestError.malformed` naming the file for an archive that is not a workbook (no
  /// `xl/workbook.xml`: an `.ods` or another ZIP), a damaged entry, or a `sheet` the workbook lacks.
  static func sheets(_ bytes: UnsafeRawBufferPointer, path: String, sheet: String?) throws(IngestError)
    -> [ConvertedSheet]
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
    do {
      guard archive["xl/workbook.xml"] != nil else {
        let isOpenDocument = archive["content.xml"] != nil
        throw IngestError.malformed(
          position,
          reason: isOpenDocument
            ? "an OpenDocument spreadsheet (.ods), which Tongbi does not read: save it as .xlsx or CSV"
            : "a ZIP archive without xl/workbook.xml, not an Excel workbook: save it as .xlsx or CSV")
      }
      var listing = WorkbookListing()
      try parse(archive, "xl/workbook.xml", into: &listing)
      var relationships = WorkbookRelationships()
      try parse(archive, "xl/_rels/workbook.xml.rels", into: &relationships)
      var strings = SharedStrings()
      if archive["xl/sharedStrings.xml"] != nil { try parse(archive, "xl/sharedStrings.xml", into: &strings) }
      var styles = CellStyles()
      if archive["xl/styles.xml"] != nil { try parse(archive, "xl/styles.xml", into: &styles) }
      let entries = listing.sheets.compactMap { entry -> WorksheetEntry? in
        relationships.targets[entry.id].map {
          WorksheetEntry(
            name: entry.name, path: WorkbookRelationships.archivePath($0), isHidden: entry.isHidden)
        }
      }
      let chosen = try select(entries, sheet: sheet, position: position)
      return try chosen.map { entry in
        var converter = SheetConverter(
          sharedStrings: strings.strings, dateStyles: styles.isDate, uses1904: listing.uses1904)
        try parse(archive, entry.path, into: &converter)
        return try converted(converter, name: entry.name, isHidden: entry.isHidden, path: path)
      }
    } catch let error as IngestError {
      throw error
    } catch {
      throw .malformed(position, reason: "a damaged .xlsx workbook: an entry does not inflate (\(error))")
    }
  }

  /// The sheet `converter` has read, merged ranges filled; throws for a reference beyond Excel's sheet
  /// or out of order.
  private static func converted(_ converter: SheetConverter, name: String, isHidden: Bool, path: String)
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

  /// One sheet's XML, given whole or in chunks of `chunkSize` bytes, converted as a workbook without
  /// shared strings or styles would have it: what the fuzzer checks (the same CSV for any chunk size).
  package static func convert(sheetXML: UnsafeRawBufferPointer, chunkSize: Int) throws(IngestError) -> [UInt8]
  {
    var converter = SheetConverter(sharedStrings: [], dateStyles: [], uses1904: false)
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
  private static func select(_ entries: [WorksheetEntry], sheet: String?, position: SourcePosition)
    throws(IngestError) -> [WorksheetEntry]
  {
    guard let sheet else { return entries }
    if let entry = entries.first(where: { $0.name == sheet }) { return [entry] }
    if let number = Int(sheet), entries.indices.contains(number - 1) { return [entries[number - 1]] }
    throw .malformed(
      position,
      reason: "no sheet '\(sheet)'; the workbook has: \(entries.map(\.name).joined(separator: ", "))")
  }

  /// Streams entry `path` of `archive` through `handler`.
  private static func parse<H: XMLHandler>(_ archive: Archive, _ path: String, into handler: inout H) throws {
    guard let entry = archive[path] else {
      throw IngestError.malformed(
        SourcePosition(file: path, line: 1, column: 0), reason: "the workbook lacks its part \(path)")
    }
    var stream = XMLStream()
    var target = handler
    _ = try archive.extract(entry, bufferSize: 1 << 16) { data in
      data.withUnsafeBytes { stream.feed($0, into: &target) }
    }
    stream.finish(into: &target)
    handler = target
  }
}
