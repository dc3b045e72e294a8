@_spi(ByteLevel) import ByteLevel

/// What FreeXL leaves out of a BIFF8 workbook (the `Workbook` stream of an `.xls`), read from its
/// records directly (MS-XLS): the sheets' visibility and stream offsets, encryption, the date formats
/// and date system, and per sheet the cells FreeXL reads as empty or as numbers — formulas (their
/// cached number, as a date in a date format, text, boolean or error), booleans and error values —
/// with merged ranges, hidden rows and the cells the sheet declares.
///
/// A record is a 16-bit type, a 16-bit length and its data; every read is bounds-checked, so damaged
/// records are skipped, never read past.
struct BIFFScan {
  /// A sheet as the workbook's globals list it (`BoundSheet8`).
  struct Sheet {
    var offset: Int
    var isHidden: Bool
    /// Whether it is a worksheet (not a chart or macro sheet).
    var isWorksheet: Bool
  }

  /// BIFF8's sheet: 65,536 rows of 256 columns. Records beyond it are a damaged file's.
  static let maximumRow = 65_536
  static let maximumColumn = 256

  /// A sheet's cells and ranges that FreeXL does not give: 1-based rows and columns within BIFF8's
  /// sheet.
  struct SheetExtras {
    /// The cells the sheet's `Dimensions` record declares (FreeXL allocates them all on opening).
    var declaredCells = 0
    /// (row, column, the text a person sees: a number, TRUE/FALSE, `#DIV/0!`, or a formula's text).
    var cells: [(row: Int, column: Int, text: String)] = []
    var merges: [(rows: ClosedRange<Int>, columns: ClosedRange<Int>)] = []
    var hiddenRows: [Int] = []
  }

  /// The sheets in tab order.
  private(set) var sheets: [Sheet] = []
  /// Whether the workbook is encrypted (a `FilePass` record): its cells cannot be read.
  private(set) var isEncrypted = false
  /// Whether the stream is BIFF8 (Excel 97–2003; its first `BOF` says 0x0600), the only version whose
  /// records this scan reads (Excel 5.0/95's BIFF5 stores text in the code page, without flags).
  private(set) var isBIFF8 = false
  /// Whether dates count from 1904-01-01 (`DateMode`).
  private(set) var uses1904 = false
  /// Per cell format (`XF`) index: whether its number format shows a date.
  private(set) var dateFormats: [Bool] = []
  private let stream: [UInt8]

  /// A formula whose cached value is an empty string: what writers that cannot compute formulas (xlwt)
  /// leave, and rejected as an `.xlsx` formula without a cached value is (its formula is not decoded).
  static let formulaWithoutValue = "=(formula without a cached value)"

  /// Reads the globals of `stream`: its sheets and whether it is encrypted.
  init(_ stream: [UInt8]) {
    self.stream = stream
    isBIFF8 =
      stream.count >= 6 && CompoundFile.u16(stream, 0) == 0x0809 && CompoundFile.u16(stream, 4) == 0x0600
    var customFormats: [Int: String] = [:]
    forEachRecord(from: 0) { type, data in
      switch type {
      case 0x002F:
        isEncrypted = true
      case 0x0022 where data.count >= 2:
        uses1904 = data.u16(0) == 1
      case 0x041E where data.count >= 2:
        customFormats[Int(data.u16(0))] = Self.unicodeString(data, at: 2)
      case 0x00E0 where data.count >= 4:
        let format = Int(data.u16(2))
        dateFormats.append(
          customFormats[format].map(CellStyles.isDateFormat) ?? CellStyles.builtInDateFormats.contains(format)
        )
      case 0x0085 where data.count >= 6:
        let offset = Int(data.u32(0))
        sheets.append(Sheet(offset: offset, isHidden: data[4] & 0x03 != 0, isWorksheet: data[5] == 0))
      default:
        break
      }
    }
  }

  /// The extras of the sheet whose substream starts at `offset`.
  func extras(at offset: Int) -> SheetExtras {
    var extras = SheetExtras()
    var pendingString: (row: Int, column: Int)?
    forEachRecord(from: offset) { type, data in
      let row = Int(data.u16(0)) + 1
      let column = Int(data.u16(2)) + 1
      let inSheet = column <= Self.maximumColumn
      switch type {
      case 0x0200 where data.count >= 12:
        let rows = Int(data.u32(4)) - Int(data.u32(0))
        let columns = Int(data.u16(10)) - Int(data.u16(8))
        extras.declaredCells += max(0, rows) * max(0, columns)
      case 0x0006 where data.count >= 16 && inSheet:
        pendingString = nil
        if let text = formulaResult(data) {
          extras.cells.append((row, column, text))
        } else {
          pendingString = (row, column)
        }
      case 0x0207:
        // A result too long for one record goes on in a Continue record: not read, but never dropped.
        if let cell = pendingString {
          extras.cells.append(
            (cell.row, cell.column, Self.unicodeString(data, at: 0) ?? Self.formulaWithoutValue))
        }
        pendingString = nil
      case 0x0205 where data.count >= 8 && inSheet:
        extras.cells.append((row, column, Self.booleanOrError(value: data[6], isError: data[7] != 0)))
      case 0x00E5 where data.count >= 2:
        let count = min(Int(data.u16(0)), (data.count - 2) / 8)
        for index in 0..<count {
          let base = 2 + 8 * index
          let rows = Int(data.u16(base)) + 1
          let lastRow = Int(data.u16(base + 2)) + 1
          let columns = Int(data.u16(base + 4)) + 1
          let lastColumn = Int(data.u16(base + 6)) + 1
          if rows <= lastRow && columns <= lastColumn && columns <= Self.maximumColumn {
            extras.merges.append((rows...lastRow, columns...min(lastColumn, Self.maximumColumn)))
          }
        }
      case 0x0208 where data.count >= 14:
        if data.u16(12) & 0x0020 != 0 { extras.hiddenRows.append(row) }
      default:
        break
      }
    }
    return extras
  }

  /// The text of a `Formula` record's cached result (a number in a date format as its date); `nil`
  /// when a `String` record follows with it.
  private func formulaResult(_ data: Record) -> String? {
    guard data[12] == 0xFF && data[13] == 0xFF else {
      let bits = (0..<8).reduce(UInt64(0)) { $0 | UInt64(data[6 + $1]) << (8 * UInt64($1)) }
      let number = Double(bitPattern: bits)
      let format = Int(data.u16(4))
      if dateFormats.indices.contains(format), dateFormats[format],
        let date = ExcelDate.text(serial: number, uses1904: uses1904)
      {
        return date
      }
      return NumberBytes.text(number)
    }
    switch data[6] {
    case 0: return nil
    case 1: return Self.booleanOrError(value: data[8], isError: false)
    case 2: return Self.booleanOrError(value: data[8], isError: true)
    default: return Self.formulaWithoutValue
    }
  }

  /// TRUE or FALSE, or the error value a `BErr` code stands for.
  private static func booleanOrError(value: UInt8, isError: Bool) -> String {
    guard isError else { return value == 0 ? "FALSE" : "TRUE" }
    switch value {
    case 0x00: return "#NULL!"
    case 0x07: return "#DIV/0!"
    case 0x0F: return "#VALUE!"
    case 0x17: return "#REF!"
    case 0x1D: return "#NAME?"
    case 0x24: return "#NUM!"
    case 0x2A: return "#N/A"
    default: return "#GETTING_DATA"
    }
  }

  /// An `XLUnicodeString` at `offset`: a 16-bit length, a flags byte (bit 0: two bytes per
  /// character), then the characters (one byte each as Latin-1, or UTF-16LE).
  static func unicodeString(_ data: Record, at offset: Int) -> String? {
    guard offset + 3 <= data.count else { return nil }
    let count = Int(data.u16(offset))
    let wide = data[offset + 2] & 0x01 != 0
    let start = offset + 3
    let end = start + count * (wide ? 2 : 1)
    guard end <= data.count else { return nil }
    if wide {
      return String(decoding: stride(from: start, to: end, by: 2).map { data.u16($0) }, as: UTF16.self)
    }
    return String(String.UnicodeScalarView((start..<end).map { Unicode.Scalar(data[$0]) }))
  }

  /// Calls `body` with each record from the `BOF` at `offset` to its `EOF` (records of embedded
  /// substreams, such as charts, included), or to the stream's end.
  private func forEachRecord(from offset: Int, _ body: (UInt16, Record) -> Void) {
    var position = offset
    var depth = 0
    while position + 4 <= stream.count {
      let type = CompoundFile.u16(stream, position)
      let length = Int(CompoundFile.u16(stream, position + 2))
      let start = position + 4
      guard start + length <= stream.count else { return }
      switch type {
      case 0x0809: depth += 1
      case 0x000A:
        depth -= 1
        if depth <= 0 { return }
      default: body(type, Record(bytes: stream[start..<start + length]))
      }
      position = start + length
    }
  }

  /// One record's data, read by offsets from its start (a slice of the stream, not a copy).
  struct Record {
    let bytes: ArraySlice<UInt8>
    var count: Int { bytes.count }

    subscript(offset: Int) -> UInt8 { bytes[bytes.startIndex + offset] }

    /// The little-endian integer at `offset` (0 beyond the end).
    func u16(_ offset: Int) -> UInt16 {
      guard offset >= 0, offset + 2 <= count else { return 0 }
      return UInt16(self[offset]) | UInt16(self[offset + 1]) << 8
    }

    func u32(_ offset: Int) -> UInt32 { UInt32(u16(offset)) | UInt32(u16(offset + 2)) << 16 }
  }
}
