@_spi(ByteLevel) import ByteLevel

/// `2023.1` among year.month labels: Excel shows 2023.10 as a number, and saved as CSV it loses its
/// trailing zero, so 2023.1 is January or October. The months around it decide: a cell whose nearest
/// neighbour in its series (by line, or by column in a wide header) is September or November of that
/// year is October's, one next to December before or February is January's; with neither, or both as
/// near, it is rejected as ambiguous.
enum DottedMonths {
  /// A cell of a long table's row labelled `YYYY.1`, read and counted, stored once its month is known.
  struct Pending {
    var key: SeriesKey
    var year: Int
    var value: Double
    var decimals: Int
    var position: PackedPosition
    /// The column (1-based) of the row's `YYYY.1` cell, where an ambiguous label is rejected.
    var periodColumn: Int
  }

  /// Whether `bytes` are exactly a year, a dot and 1 (spaces around ignored).
  static func isAmbiguous(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var start = 0
    var end = bytes.count
    while start < end, bytes[start] == UInt8(ascii: " ") { start += 1 }
    while end > start, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
    guard end - start == 6, bytes[start + 4] == UInt8(ascii: "."), bytes[start + 5] == UInt8(ascii: "1")
    else {
      return false
    }
    return (start..<start + 4).allSatisfy { bytes[$0] >= UInt8(ascii: "0") && bytes[$0] <= UInt8(ascii: "9") }
  }

  /// Whether `text` is exactly a year, a dot and 1.
  static func isAmbiguous(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { isAmbiguous($0) }
  }

  /// The month a wide header's `YYYY.1` at `index` of `columns` stands for, by its nearest period
  /// columns on either side; `nil` when they do not decide.
  static func resolve(year: Int, at index: Int, among columns: [PeriodColumn]) -> Period? {
    let before = columns[..<index].reversed().lazy.compactMap(\.month).first
    let after = columns[(index + 1)...].lazy.compactMap(\.month).first
    let near = [before, after].compactMap { $0 }
    return decide(year: year, near: near.map(\.ordinal), distances: near.map { _ in 1 })
  }

  /// October when a month next to October of `year` is nearer than any next to January, January in
  /// the opposite case, `nil` otherwise; `near` are months found at `distances`.
  private static func decide(year: Int, near: [Int], distances: [Int]) -> Period? {
    guard let january = Period(year: year, month: 1)?.ordinal else { return nil }
    let october = january + 9
    var (toJanuary, toOctober) = (Int.max, Int.max)
    for (month, distance) in zip(near, distances) {
      if month == january - 1 || month == january + 1 { toJanuary = min(toJanuary, distance) }
      if month == october - 1 || month == october + 1 { toOctober = min(toOctober, distance) }
    }
    if toOctober < toJanuary { return Period(ordinal: october) }
    if toJanuary < toOctober { return Period(ordinal: january) }
    return nil
  }

  /// Stores each pending cell at January or October as the lines nearest to it in its series decide,
  /// or rejects it (ambiguous, or a duplicate of the cell already there); a row left without a
  /// stored cell counts as rejected.
  static func resolve(_ session: inout IngestSession) {
    let pending = session.pendingDottedMonths
    session.pendingDottedMonths = []
    var rejectedRows: Set<[Int]> = []
    for cell in pending {
      guard let column = session.builder.existingColumn(for: cell.key),
        let january = Period(year: cell.year, month: 1)?.ordinal
      else { continue }
      var near: [Int] = []
      var distances: [Int] = []
      for month in [january - 1, january + 1, january + 8, january + 10] {
        let position = session.builder.cell(column: column, ordinal: month).position
        guard !position.isEmpty, position.fileIndex == cell.position.fileIndex else { continue }
        near.append(month)
        distances.append(abs(position.line - cell.position.line))
      }
      // A duplicate is rejected at its value; an ambiguous label at the label.
      var at = session.position(of: cell.position)
      let refusal: IngestReason?
      if let period = decide(year: cell.year, near: near, distances: distances) {
        refusal = session.place(
          cell.value, decimals: cell.decimals, column: column, period: period, position: cell.position)
      } else {
        refusal = .ambiguousDottedMonth(year: cell.year)
        at.column = cell.periodColumn
      }
      guard let refusal else { continue }
      session.uncount(cell.value)
      _ = session.reject(at, refusal)
      rejectedRows.insert([cell.position.fileIndex, cell.position.line])
    }
    session.demoteRowsWithoutCells(rejectedRows)
  }
}
