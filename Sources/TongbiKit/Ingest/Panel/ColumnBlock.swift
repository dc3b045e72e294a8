/// A block of panel columns under construction: values and the source position of each cell, over a
/// range of months of its own (rows `0..<rows` are month ordinals `base..<base + rows`).
///
/// The builder keeps columns in blocks of fixed width so that adding a series never copies the whole
/// panel (an array doubling would need up to three times the final size); the blocks are moved into
/// one contiguous matrix at the end, one block at a time. Storage is manually allocated so the hot
/// store path has no copy-on-write or exclusivity checks.
final class ColumnBlock {
  /// Column capacity of every block.
  static let width = 256

  /// Month ordinal of row 0.
  @exclusivity(unchecked) private(set) var base: Int
  /// Rows per column.
  @exclusivity(unchecked) private(set) var rows: Int
  /// Values, column-major, `rows × capacity`, NaN where nothing was stored.
  @exclusivity(unchecked) private(set) var values: UnsafeMutablePointer<Double>
  /// Packed source position of each cell; zero where nothing was stored.
  @exclusivity(unchecked) private(set) var positions: UnsafeMutablePointer<UInt64>

  /// Columns allocated so far: doubles from 8 up to `width` as series are added, so that a table of a
  /// few series spanning many months does not allocate 256 columns of that span.
  @exclusivity(unchecked) private(set) var capacity: Int

  /// Creates an empty block of `rows` rows from month ordinal `base`, with room for `capacity` columns.
  init(base: Int, rows: Int, capacity: Int = 8) {
    self.base = base
    self.rows = rows
    self.capacity = min(capacity, ColumnBlock.width)
    (values, positions) = ColumnBlock.allocate(rows: rows, columns: self.capacity)
  }

  /// Makes room for at least `columns` columns (at most `width`), keeping the content.
  func reserve(columns: Int) {
    guard columns > capacity else { return }
    let newCapacity = min(ColumnBlock.width, max(columns, 2 * capacity))
    let (newValues, newPositions) = ColumnBlock.allocate(rows: rows, columns: newCapacity)
    newValues.update(from: values, count: rows * capacity)
    newPositions.update(from: positions, count: rows * capacity)
    values.deallocate()
    positions.deallocate()
    values = newValues
    positions = newPositions
    capacity = newCapacity
  }

  deinit {
    values.deallocate()
    positions.deallocate()
  }

  private static func allocate(rows: Int, columns: Int) -> (
    UnsafeMutablePointer<Double>, UnsafeMutablePointer<UInt64>
  ) {
    let cells = max(1, rows * columns)
    let values = UnsafeMutablePointer<Double>.allocate(capacity: cells)
    values.initialize(repeating: .nan, count: cells)
    let positions = UnsafeMutablePointer<UInt64>.allocate(capacity: cells)
    positions.initialize(repeating: 0, count: cells)
    return (values, positions)
  }

  /// Whether month ordinal `ordinal` has a row.
  @inline(__always)
  func covers(_ ordinal: Int) -> Bool { ordinal >= base && ordinal < base + rows }

  /// Moves the block's content to the rows of months `base..<base + rows`, a range that includes the
  /// current one. Nothing moves when the range stays the same.
  func relayout(base newBase: Int, rows newRows: Int) {
    guard newBase != base || newRows != rows else { return }
    let shift = base - newBase
    let (newValues, newPositions) = ColumnBlock.allocate(rows: newRows, columns: capacity)
    for column in 0..<capacity {
      (newValues + column * newRows + shift).update(from: values + column * rows, count: rows)
      (newPositions + column * newRows + shift).update(from: positions + column * rows, count: rows)
    }
    values.deallocate()
    positions.deallocate()
    values = newValues
    positions = newPositions
    base = newBase
    rows = newRows
  }
}
