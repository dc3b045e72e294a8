import TongbiKit

/// A workbook's sheet: its XML streamed through the tokenizer into CSV text
/// (`WorkbookReader.convert(sheetXML:chunkSize:)`), then ingested as that sheet.
///
/// The first byte sets the chunk size the XML is fed in (1 to 64 bytes). Checks: the CSV is the same
/// fed in those chunks and whole (the tokenizer keeps markup cut by a chunk's end); it is UTF-8; an
/// error is one line; the ingest of the CSV, read as a workbook's sheet is, accounts for every row and
/// cell in one-line messages.
enum SheetFuzzTarget {
  /// Runs one input (chunk-size byte, then the sheet XML).
  static func run(_ input: UnsafeRawBufferPointer) -> String {
    guard let first = input.first else { return "empty input: no chunk-size byte" }
    let xml = UnsafeRawBufferPointer(rebasing: input.dropFirst())
    let chunked = Result { () throws(IngestError) in
      try WorkbookReader.convert(sheetXML: xml, chunkSize: 1 + Int(first % 64))
    }
    let whole = Result { () throws(IngestError) in
      try WorkbookReader.convert(sheetXML: xml, chunkSize: max(1, xml.count))
    }
    switch (chunked, whole) {
    case (.success(let csv), .success(let reference)):
      FuzzInvariant.check(csv == reference, "the CSV differs fed in chunks of \(1 + Int(first % 64)) bytes")
      FuzzInvariant.check(String(validating: csv, as: UTF8.self) != nil, "the CSV is not UTF-8")
      return csv.withUnsafeBytes { "\(csv.count) bytes of CSV: " + ingest($0) }
    case (.failure(let error), .failure(let reference)):
      FuzzInvariant.check(error == reference, "chunks fail with \(error), the whole with \(reference)")
      FuzzInvariant.checkOneLine(error.description, "sheet error")
      return "error: \(error)"
    default:
      FuzzInvariant.fail("the sheet converts fed whole or in chunks, not both: \(chunked) against \(whole)")
    }
  }

  /// Ingests the sheet's CSV and returns the one-line outcome.
  private static func ingest(_ csv: UnsafeRawBufferPointer) -> String {
    var options = IngestOptions()
    options.maximumSpanMonths = 240
    var ingestor = Ingestor(options: options)
    do {
      try ingestor.read(sheetCSV: csv, name: "fuzz.xlsx[S]")
    } catch {
      FuzzInvariant.checkOneLine(error.description, "ingest error")
      return "error: \(error)"
    }
    let summary = ingestor.finish().summary
    FuzzInvariant.checkIngest(summary)
    return "rows \(summary.rowsRead), cells \(summary.cellsRead)"
  }
}
