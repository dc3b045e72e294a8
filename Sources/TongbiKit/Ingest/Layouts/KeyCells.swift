@_spi(ByteLevel) import ByteLevel

/// Remembers the key cells (region, indicator, unit, ...) of the previous row so the next row can be
/// tested for the same keys by its bytes, without making strings.
///
/// Rows of a long table usually come grouped by series, so most rows repeat the keys of the row before.
/// When the key columns are adjacent, the whole span from the first key cell to the last (quotes
/// included) is compared at once; identical bytes from a field boundary parse to identical cells.
struct KeyCells {
  private let columns: [Int]
  private let first: Int
  private let last: Int
  private let adjacent: Bool
  private var cells: [CSVField]
  private var span = (start: 0, end: 0)
  private var isSet = false

  /// Tracks the key cells in `columns`.
  init(columns: [Int]) {
    self.columns = columns
    first = columns.min() ?? 0
    last = columns.max() ?? 0
    adjacent = !columns.isEmpty && last - first + 1 == columns.count
    cells = Array(
      repeating: CSVField(start: -1, end: -1, quoted: false, hasDoubledQuotes: false), count: columns.count)
  }

  /// Forgets the remembered row (the next row never matches).
  mutating func forget() { isSet = false }

  /// Remembers the key cells of `record`.
  mutating func remember(_ record: CSVRecord) {
    isSet = true
    if adjacent, let span = span(of: record) {
      self.span = span
      return
    }
    span = (-1, -1)
    for (slot, column) in columns.enumerated() { cells[slot] = record.field(column) }
  }

  /// Whether `record` has the same key cells as the remembered row.
  @inline(__always)
  func matches(_ record: CSVRecord) -> Bool {
    guard isSet else { return false }
    if span.start >= 0 {
      guard let current = span(of: record) else { return false }
      return record.sameBytes(current, span)
    }
    for (slot, column) in columns.enumerated() where !record.sameBytes(column, as: cells[slot]) {
      return false
    }
    return true
  }

  /// Byte range from the first key cell to the last, quotes included; `nil` when the row is too short.
  @inline(__always)
  private func span(of record: CSVRecord) -> (start: Int, end: Int)? {
    guard adjacent, last < record.count else { return nil }
    let head = record.fields[first]
    let tail = record.fields[last]
    return (head.start - (head.quoted ? 1 : 0), tail.end + (tail.quoted ? 1 : 0))
  }
}
