@_spi(ByteLevel) import ByteLevel

/// Turns a worksheet's XML into CSV text that the ingest reads like any CSV file: sheet row r is line r
/// and column c is field c, so a CSV position names the cell (line 5, column 3 is C5).
///
/// Each cell gives the text a person sees in it: shared, inline and formula strings as written, numbers
/// from their stored value rounded to 15 significant digits (Excel's precision: 1357.9500000000001 is
/// 1357.95), date-formatted numbers as `YYYY-MM-DD`, booleans as TRUE/FALSE, error values as written
/// (`#DIV/0!`, which the ingest then rejects with its position), and a formula without a cached value
/// as `=FORMULA` (rejected the same way: Tongbi never recomputes a formula). Merged ranges are filled
/// from their top-left cell (`MergedRanges`).
struct SheetConverter: XMLHandler {
  /// The CSV text, one line per sheet row up to the last row with a cell.
  private(set) var csv: [UInt8] = []
  /// Merged ranges, `A2:A5` as (rows 2...5, columns 1...1).
  private(set) var merges: [(rows: ClosedRange<Int>, columns: ClosedRange<Int>)] = []
  /// Rows the sheet hides (`<row hidden="1">`), read like the others.
  private(set) var hiddenRows: [Int] = []
  /// The first cell or row reference beyond the largest sheet read (`maximumRow` rows, 16,384 columns)
  /// or out of order, as written; the sheet is then refused whole (`WorkbookReader`).
  private(set) var badReference: String?

  /// The last row and column read: Excel stops at 1,048,576 rows, but other writers (openpyxl, pandas)
  /// go on and their readers follow; 16 times that still bounds what a corrupt row number can cost.
  /// Excel's 16,384 columns hold for every writer.
  static let maximumRow = 16_777_216
  static let maximumColumn = 16_384

  /// The shared strings as CSV cells (quoted where needed), encoded once.
  private let sharedCells: [[UInt8]]
  private let dateStyles: [Bool]
  private let uses1904: Bool

  /// The row and column of the last cell written (lines and fields already in `csv`).
  private var line = 1
  private var field = 1
  /// The row being read.
  private var row = 0
  /// The cell being read: its column, type, style, cached value and formula.
  private var column = 0
  private var type: CellType = .number
  private var style = 0
  private var value: [UInt8] = []
  private var formula: [UInt8] = []
  private var inlineText: [UInt8] = []
  private var reading: Reading = .none

  private enum CellType { case number, shared, inline, formulaString, boolean, error, isoDate }
  private enum Reading { case none, value, formula, inlineText }

  /// A converter for a workbook whose shared strings, as CSV cells, are `sharedCells`, whose cell
  /// styles show dates where `dateStyles` is true, in the 1904 date system when `uses1904`.
  init(sharedCells: [[UInt8]], dateStyles: [Bool], uses1904: Bool) {
    self.sharedCells = sharedCells
    self.dateStyles = dateStyles
    self.uses1904 = uses1904
  }

  mutating func start(_ name: XMLBytes, _ attributes: XMLAttributes, isEmpty: Bool) {
    // By the first letter first: most tags are c, v and row.
    switch name.count == 0 ? 0 : name.start[0] {
    case UInt8(ascii: "c") where name.count == 1: startCell(attributes, isEmpty: isEmpty)
    case UInt8(ascii: "v") where name.count == 1: reading = isEmpty ? .none : .value
    case UInt8(ascii: "r") where name.equals("row"): startRow(attributes)
    case UInt8(ascii: "f") where name.count == 1: reading = isEmpty ? .none : .formula
    case UInt8(ascii: "t") where name.count == 1 && type == .inline: reading = isEmpty ? .none : .inlineText
    case UInt8(ascii: "m") where name.equals("mergeCell"):
      if let range = attributes["ref"], let merge = CellReference.range(range.text) { merges.append(merge) }
    default: return
    }
  }

  /// A cell opens: its reference, type and style, in one pass over its attributes.
  private mutating func startCell(_ attributes: XMLAttributes, isEmpty: Bool) {
    var reference: XMLBytes?
    type = .number
    style = 0
    attributes.forEach { name, value in
      guard name.count == 1 else { return }
      switch name.start[0] {
      case UInt8(ascii: "r"): reference = value
      case UInt8(ascii: "t"): type = Self.cellType(value)
      case UInt8(ascii: "s"): style = value.integer ?? 0
      default: return
      }
    }
    if let reference {
      guard let cell = CellReference.parse(reference.buffer) else {
        badReference = badReference ?? "cell reference '\(reference.text)'"
        return
      }
      (row, column) = cell
    } else {
      column += 1
    }
    // Emptied only when used: most cells have a value and neither a formula nor inline text.
    if !value.isEmpty { value.removeAll(keepingCapacity: true) }
    if !formula.isEmpty { formula.removeAll(keepingCapacity: true) }
    if !inlineText.isEmpty { inlineText.removeAll(keepingCapacity: true) }
    if isEmpty { endCell() }
  }

  /// A row opens: its number (the next one when not written) and whether it is hidden.
  private mutating func startRow(_ attributes: XMLAttributes) {
    var written: XMLBytes?
    var hidden = false
    attributes.forEach { name, value in
      if name.count == 1 && name.start[0] == UInt8(ascii: "r") {
        written = value
      } else if name.equals("hidden") {
        hidden = value.equals("1") || value.equals("true")
      }
    }
    let number = written.map { $0.integer ?? 0 } ?? row + 1
    guard (1...Self.maximumRow).contains(number) else {
      badReference = badReference ?? "row \(written?.text ?? String(number))"
      return
    }
    row = number
    column = 0
    if hidden { hiddenRows.append(row) }
  }

  mutating func end(_ name: XMLBytes) {
    guard name.count == 1 else { return }
    switch name.start[0] {
    case UInt8(ascii: "c"): endCell()
    case UInt8(ascii: "v"), UInt8(ascii: "f"), UInt8(ascii: "t"): reading = .none
    default: return
    }
  }

  mutating func text(_ bytes: XMLBytes) {
    switch reading {
    case .none: return
    case .value: value.append(contentsOf: bytes.buffer)
    case .formula: formula.append(contentsOf: bytes.buffer)
    case .inlineText: inlineText.append(contentsOf: bytes.buffer)
    }
  }

  /// Writes the cell just read at its row and column.
  private mutating func endCell() {
    reading = .none
    guard badReference == nil, (1...Self.maximumRow).contains(row), (1...Self.maximumColumn).contains(column)
    else {
      badReference =
        badReference ?? "cell \(CellReference.letters(min(column, Self.maximumColumn + 1)))\(row)"
      return
    }
    // The two cells nearly every sheet is made of take no `String`: a shared string's bytes, encoded
    // once, and a number written in at most 15 significant digits, copied as it is.
    if type == .shared, let index = value.withUnsafeBufferPointer({ XMLBytes.integer(in: $0) }),
      sharedCells.indices.contains(index)
    {
      let cell = sharedCells[index]
      if !cell.isEmpty, place() { csv.append(contentsOf: cell) }
      return
    }
    if type == .number, !value.isEmpty, !isDateStyle, Self.isShortDecimal(value) {
      if place() { csv.append(contentsOf: value) }
      return
    }
    guard let text = cellText(), !text.isEmpty else { return }
    if place() { csv.append(contentsOf: CSVText.quotedIfNeeded(text)) }
  }

  /// Whether the cell's style shows its number as a date.
  private var isDateStyle: Bool { dateStyles.indices.contains(style) && dateStyles[style] }

  /// Moves the CSV to the cell's line and field (the separators before it) and returns true; false,
  /// with the sheet marked bad, for a cell out of order.
  private mutating func place() -> Bool {
    if row > line {
      for _ in line..<row { csv.append(UInt8(ascii: "\n")) }
      line = row
      field = 1
    }
    // Cells come in row order, as Excel and WPS write them; one that does not cannot be placed in a
    // line already written, and the sheet is refused rather than read without it.
    guard row == line, column >= field else {
      badReference = "cell \(CellReference.letters(column))\(row) out of order"
      return false
    }
    for _ in field..<column { csv.append(UInt8(ascii: ",")) }
    field = column
    return true
  }

  /// Whether `bytes` are a plain decimal, `-?D+(.D+)?`, of at most 15 significant digits, no leading
  /// zero before other digits and a magnitude of at least 10⁻⁴: its text is then what `NumberBytes` would
  /// write for it.
  static func isShortDecimal(_ bytes: [UInt8]) -> Bool {
    var index = bytes.first == UInt8(ascii: "-") ? 1 : 0
    let digitsStart = index
    var significant = 0
    var seenNonZero = false
    var seenPoint = false
    var lastDigit: UInt8 = 0
    // Zeros after the point before the first significant digit of a number below 1.
    var fractionZeros = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: ".") {
        guard !seenPoint, index > digitsStart, index + 1 < bytes.count else { return false }
        seenPoint = true
      } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
        if byte == UInt8(ascii: "0") && seenPoint && !seenNonZero { fractionZeros += 1 }
        if byte != UInt8(ascii: "0") { seenNonZero = true }
        if seenNonZero { significant += 1 }
        lastDigit = byte
      } else {
        return false
      }
      index += 1
    }
    guard index > digitsStart, significant <= 15 else { return false }
    // "007" and "1.50" are not how a number is written: the slow path rewrites them.
    let leadingZero =
      bytes[digitsStart] == UInt8(ascii: "0") && bytes.count > digitsStart + 1
      && bytes[digitsStart + 1] != UInt8(ascii: ".")
    let trailingZero = seenPoint && lastDigit == UInt8(ascii: "0")
    // Zeros (0, -0, 0.0) take the slow path too, which writes them as NumberBytes does; so do numbers
    // below 10⁻⁴ (0.00005), which NumberBytes writes with an exponent (5e-05).
    return !leadingZero && !trailingZero && seenNonZero && fractionZeros < 4
  }

  /// The text a person sees in the cell; `nil` for an empty one. (A shared string's cell reaches here
  /// only when its index is no index of the table: its text is then shown as written.)
  private func cellText() -> String? {
    let raw = value.withUnsafeBufferPointer { XMLText.decoded($0) }
    switch type {
    case .shared:
      return raw
    case .inline:
      return inlineText.withUnsafeBufferPointer { XMLText.decoded($0) }
    case .formulaString, .error:
      return value.isEmpty && !formula.isEmpty ? formulaText() : raw
    case .boolean:
      return raw == "1" ? "TRUE" : raw == "0" ? "FALSE" : raw
    case .isoDate:
      return String(raw.prefix(10))
    case .number:
      if value.isEmpty { return formula.isEmpty ? nil : formulaText() }
      guard let number = Double(raw) else { return raw }
      if isDateStyle, let date = ExcelDate.text(serial: number, uses1904: uses1904) { return date }
      return NumberBytes.text(number)
    }
  }

  /// A formula without a cached value, as `=FORMULA`.
  private func formulaText() -> String {
    "=" + formula.withUnsafeBufferPointer { XMLText.decoded($0) }
  }

  private static func cellType(_ bytes: XMLBytes) -> CellType {
    if bytes.equals("s") { return .shared }
    if bytes.equals("inlineStr") { return .inline }
    if bytes.equals("str") { return .formulaString }
    if bytes.equals("b") { return .boolean }
    if bytes.equals("e") { return .error }
    if bytes.equals("d") { return .isoDate }
    return .number
  }

  /// Ends the text with a line break.
  mutating func finish() {
    if !csv.isEmpty && csv.last != UInt8(ascii: "\n") { csv.append(UInt8(ascii: "\n")) }
  }
}

/// A cell reference such as `C5` or a range such as `A2:A5`.
enum CellReference {
  /// The row and column (1-based) of a reference like `AB12`; `nil` when it is not one or lies beyond
  /// Excel's sheet.
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (row: Int, column: Int)? {
    var column = 0
    var row = 0
    var index = 0
    while index < bytes.count, bytes[index] == UInt8(ascii: "$") { index += 1 }
    while index < bytes.count, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[index]) {
      column = column * 26 + Int(bytes[index] - UInt8(ascii: "A") + 1)
      if column > SheetConverter.maximumColumn { return nil }
      index += 1
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "$") { index += 1 }
    while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
      row = row * 10 + Int(bytes[index] - UInt8(ascii: "0"))
      if row > SheetConverter.maximumRow { return nil }
      index += 1
    }
    return index == bytes.count && column > 0 && row > 0 ? (row, column) : nil
  }

  /// The rows and columns of a range like `A2:B5`.
  static func range(_ text: String) -> (rows: ClosedRange<Int>, columns: ClosedRange<Int>)? {
    let parts = text.split(separator: ":").map { Array($0.utf8) }
    guard let first = parts.first,
      let from = first.withUnsafeBufferPointer({ parse($0) }),
      let to = (parts.count == 2 ? parts[1] : first).withUnsafeBufferPointer({ parse($0) }),
      from.row <= to.row, from.column <= to.column
    else { return nil }
    return (from.row...to.row, from.column...to.column)
  }

  /// The letters of column `column` (1 → A, 27 → AA).
  static func letters(_ column: Int) -> String {
    assert(column <= SheetConverter.maximumColumn + 1, "a column within Excel's sheet")
    var result = ""
    var rest = column
    while rest > 0 {
      let digit = (rest - 1) % 26
      result = String(UnicodeScalar(UInt8(65 + digit))) + result
      rest = (rest - 1) / 26
    }
    return result
  }
}
