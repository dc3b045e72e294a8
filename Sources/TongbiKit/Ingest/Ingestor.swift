@_spi(ByteLevel) import ByteLevel

/// Reads CSV inputs of any supported layout into one `Panel`, accounting for every row.
///
/// ```swift
/// var ingestor = Ingestor(options: IngestOptions())
/// try ingestor.read(path: "Datasets/township/township-monthly.csv")
/// let result = ingestor.finish()
/// ```
public struct Ingestor {
  var session: IngestSession
  /// Called with (bytes done, bytes total) of the current file while it is read.
  public var progress: ((Int, Int) -> Void)?

  /// Creates an ingestor.
  public init(options: IngestOptions) {
    session = IngestSession(options: options)
  }

  /// Reads one file (`-` for standard input) into the panel under construction.
  ///
  /// Throws when the file cannot be read, is not text in UTF-8 or GB18030, has a CSV syntax error, has no
  /// recognisable header, or no data rows. Rows with bad values are rejected and reported, not thrown.
  public mutating func read(path: String) throws(IngestError) {
    let input = try InputBytes.reading(path)
    try read(raw: UnsafeRawBufferPointer(input.buffer), path: path, input: input)
  }

  /// Reads one input that is already in memory, as if it were a file called `name` (the name only
  /// appears in positions and summaries). Same detection, checks and errors as `read(path:)`; the
  /// bytes are not copied unless they must be transcoded, and need to live only during the call.
  public mutating func read(bytes: UnsafeRawBufferPointer, name: String) throws(IngestError) {
    try read(raw: bytes, path: name, input: nil)
  }

  private mutating func read(raw: UnsafeRawBufferPointer, path: String, input: InputBytes?)
    throws(IngestError)
  {
    if WorkbookReader.isZIP(raw) {
      try readWorkbook(WorkbookReader.open(raw, path: path, sheet: session.options.sheet))
      return
    }
    if WorkbookReader.isCompoundFile(raw) {
      try readWorkbook(XLSWorkbook.open(raw, path: path, sheet: session.options.sheet))
      return
    }
    session.paths.append(path)
    let decoded: DecodedText
    let encoding: SourceEncoding
    do {
      (decoded, encoding) = try TextDecoding.decode(raw, threads: session.options.threads)
    } catch {
      throw .malformed(
        SourcePosition(file: path, line: error.line, column: error.column), reason: error.reason)
    }
    switch decoded {
    case .utf8(let offset):
      try read(
        bytes: raw.assumingMemoryBound(to: UInt8.self), offset: offset, path: path,
        format: encoding.displayName, input: input)
    case .transcoded(let utf8):
      try utf8.withUnsafeBufferPointer { buffer throws(IngestError) in
        try read(bytes: buffer, offset: 0, path: path, format: encoding.displayName, input: nil)
      }
    }
  }

  /// The header's index in `prelude` and the table's layout: at the line `IngestOptions.headerLine`
  /// names (an error when that line is no header), else as `LayoutDetector` finds it.
  private func detectLayout(_ prelude: [CSVRecord], path: String) throws(IngestError) -> (
    header: Int, layout: TableLayout
  )? {
    let overrides = session.options.columnRoles
    guard let line = session.options.headerLine else {
      return LayoutDetector.detect(prelude, overrides: overrides)
    }
    guard let index = prelude.firstIndex(where: { $0.line == line && !$0.isBlank }) else {
      throw .malformed(
        SourcePosition(file: path, line: line, column: 0),
        reason: "--header-line \(line): no such line with text")
    }
    guard let found = LayoutDetector.detect(Array(prelude[index...]), overrides: overrides), found.header == 0
    else {
      throw .malformed(
        SourcePosition(file: path, line: line, column: 0),
        reason: "--header-line \(line): not a header: expected columns such as 地区, 指标, 时间, 数值, or period "
          + "columns such as 2024年6月 (--column 'HEADER=ROLE' names a column's role)")
    }
    return (index, found.layout)
  }

  /// Reads each sheet of the workbook in `raw` as a table of its own, named `path[Sheet]` in positions
  /// (`book.xlsx[Sheet1]!C5`). Empty sheets are skipped; with several sheets, one that is no table
  /// (no header row) is skipped with a notice, unless it was asked for with `IngestOptions.sheet`;
  /// hidden sheets and rows are read and noticed, and so are the cells filled from merged ranges.
  private mutating func readWorkbook(_ workbook: some SheetSource) throws(IngestError) {
    let path = workbook.path
    var tables = 0
    var firstError: IngestError?
    for entry in workbook.sheets {
      let name = "\(path)[\(entry.name)]"
      let whole = SourcePosition(file: name, line: 1, column: 0)
      do {
        let sheet = try workbook.convert(entry)
        guard sheet.csv.contains(where: { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: ",") }) else {
          session.notice(whole, "empty sheet skipped")
          continue
        }
        if sheet.isHidden { session.notice(whole, "hidden sheet read") }
        if let first = sheet.hiddenRows.first {
          session.notice(
            SourcePosition(file: name, line: first, column: 0),
            "\(sheet.hiddenRows.count) hidden row(s) read, the first here")
        }
        if sheet.mergedCellsFilled > 0 {
          session.notice(
            whole, "\(sheet.mergedCellsFilled) cell(s) filled from the top-left cell of their merged range")
        }
        try sheet.csv.withUnsafeBufferPointer { bytes throws(IngestError) in
          try read(sheetCSV: UnsafeRawBufferPointer(bytes), name: name, format: workbook.format)
        }
        tables += 1
      } catch {
        guard session.options.sheet == nil, workbook.sheets.count > 1 else { throw error }
        firstError = firstError ?? error
        session.notice(whole, "sheet skipped: \(error)")
      }
    }
    if tables == 0 {
      throw firstError ?? .empty(path: path, reason: "no sheet holds a table")
    }
  }

  /// Reads a sheet's CSV text as `SheetConverter` writes it (row r on line r), as the sheet called
  /// `name` (`book.xlsx[Sheet1]`): comma-separated whatever its text holds, and a blank line is a row
  /// the sheet does not have, not an empty row.
  package mutating func read(sheetCSV bytes: UnsafeRawBufferPointer, name: String, format: String = "xlsx")
    throws(IngestError)
  {
    session.paths.append(name)
    session.blankRowsAreAbsent = true
    defer { session.blankRowsAreAbsent = false }
    try read(
      bytes: bytes.assumingMemoryBound(to: UInt8.self), offset: 0, path: name, format: format, input: nil,
      delimiter: UInt8(ascii: ","))
  }

  /// Reads one table of CSV text; `delimiter` is detected from its first line unless given (a sheet's
  /// CSV, written by `SheetConverter`, is comma-separated whatever its text holds).
  private mutating func read(
    bytes: UnsafeBufferPointer<UInt8>, offset: Int, path: String, format: String, input: InputBytes?,
    delimiter given: UInt8? = nil
  ) throws(IngestError) {
    if bytes.count - offset == 0 { throw .empty(path: path, reason: "empty file") }
    let delimiter = given ?? CSVScanner.detectDelimiter(in: bytes, from: offset)
    var scanner = CSVScanner(bytes: bytes, offset: offset, delimiter: delimiter)
    var prelude: [CSVRecord] = []
    // The fields of the records read while detecting the layout (the header among them), which the
    // readers use until the file is read: kept alive to the end of this call.
    var preludeFields: [CSVFieldBuffer] = []
    defer { withExtendedLifetime(preludeFields) {} }
    let fields = CSVFieldBuffer()
    do {
      let wanted = max(LayoutDetector.searchLimit, session.options.headerLine ?? 0)
      while prelude.count < wanted, let line = try scanner.nextRecord(into: fields) {
        let kept = CSVFieldBuffer(fields.array)
        preludeFields.append(kept)
        prelude.append(CSVRecord(bytes: bytes, borrowing: kept, line: line))
      }
    } catch {
      throw .malformed(
        SourcePosition(file: path, line: error.line, column: error.column), reason: error.reason)
    }
    guard let (headerIndex, layout) = try detectLayout(prelude, path: path) else {
      let line = prelude.first { !$0.isBlank }?.line ?? 1
      throw .malformed(
        SourcePosition(file: path, line: line, column: 0),
        reason:
          "no header row found in the first \(LayoutDetector.searchLimit) lines: expected columns such as "
          + "地区, 指标, 时间, 数值 (or region, indicator, period, value), or period columns such as 2024年6月")
    }
    // Title lines name the period, region and unit of a report form, the unit of values without one,
    // and the region of total rows.
    var titles: [(title: TitleText, line: Int)] = []
    for record in prelude[..<headerIndex] where !record.isBlank {
      let text = record.texts.filter { !$0.isEmpty }.joined(separator: " ")
      let title = TitleText(text)
      titles.append((title, record.line))
      let read = layout.readsTitles || title.unit != nil || (layout.hasRegionColumn && title.region != nil)
      session.notice(
        SourcePosition(file: path, line: record.line, column: 0),
        "title line above the header \(read ? "read" : "skipped"): '\(text)'")
    }
    session.fileTotalName =
      session.options.totalRegion
      ?? (layout.hasRegionColumn ? titles.lazy.compactMap(\.title.region).first : nil)
    session.fileUnit = titles.lazy.compactMap(\.title.unit).first
    session.summary.files.append(
      FileSummary(
        path: path, encoding: format, layout: layout.name,
        headerLine: prelude[headerIndex].line,
        byteCount: bytes.count))
    let rowsBefore = session.summary.rowsRead
    let dataStart = headerIndex + layout.headerRecords
    var reader = RecordStream(
      scanner: scanner, buffered: Array(prelude[dataStart...]), bytes: bytes, path: path, input: input,
      progress: progress)
    let header = prelude[headerIndex]
    switch layout {
    case .long(let roles):
      let long = try LongLayoutReader(header: header, roles: roles, path: path)
      long.noteIgnoredColumns(into: &session)
      let partitioned = PartitionedLongRead(
        reader: long, bytes: bytes, input: input, delimiter: delimiter, progress: progress)
      if try partitioned.read(reader, into: &session) {
        session.filesReadInParts += 1
      } else {
        try long.readRows(&reader, into: &session)
      }
    case .wide(let first):
      try WideLayoutReader(header: header, firstPeriodColumn: first, path: path).read(&reader, into: &session)
    case .timeSeries(let metadataRows):
      try TimeSeriesLayoutReader(header: header, path: path).read(
        &reader, metadataRows: metadataRows, into: &session)
    case .reportForm(let form):
      let context = try ReportFormContext.resolve(
        header: form, headerLine: header.line, titles: titles, path: path, options: session.options)
      let formReader = ReportFormReader(header: form, context: context, path: path)
      formReader.noteColumns(into: &session, headerLine: header.line)
      try formReader.read(&reader, into: &session)
    }
    if session.summary.rowsRead == rowsBefore {
      throw .empty(path: path, reason: "no data rows below the header (line \(header.line))")
    }
  }

  /// Assembles the panel from everything read and returns it with the summary.
  public mutating func finish() -> IngestResult {
    PanelAssembler.assemble(&session)
  }
}

extension SourceEncoding {
  /// Name shown in summaries.
  var displayName: String {
    switch self {
    case .utf8: "utf-8"
    case .utf8WithBOM: "utf-8 (BOM)"
    case .gb18030: "gb18030"
    }
  }
}
