/// A block of panel columns under construction: values and the source position of each cell.
///
/// The builder keeps columns in blocks of fixed width so that adding a series never copies the whole
/// panel (an array doubling would need up to three times the final size); the blocks are moved into
/// one contiguous matrix at the end, one block at a time. Storage is manually allocated so the hot
/// store path has no copy-on-write or exclusivity checks.
final class ColumnBlock {
  /// Column capacity of every block.
  static let width = 256

  /// Rows per column.
  @exclusivity(unchecked) private(set) var rows: Int
  /// Values, column-major, `rows × capacity`, NaN where nothing was stored.
  @exclusivity(unchecked) private(set) var values: UnsafeMutablePointer<Double>
  /// Packed source position of each cell; zero where nothing was stored.
  @exclusivity(unchecked) private(set) var positions: UnsafeMutablePointer<UInt64>

  /// Columns allocated so far: doubles from 8 up to `width` as series are added, so that a table of a
  /// few series spanning many months does not allocate 256 columns of that span.
  @exclusivity(unchecked) private(set) var capacity: Int

  /// Creates an empty block of `rows` rows with room for `capacity` columns.
  init(rows: Int, capacity: Int = 8) {
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

  /// Moves the block's content to a new row range: row `r` of the old layout becomes row `r + shift`
  /// of a layout with `newRows` rows.
  func relayout(newRows: Int, shift: Int) {
    let (newValues, newPositions) = ColumnBlock.allocate(rows: newRows, columns: capacity)
    for column in 0..<capacity {
      (newValues + column * newRows + shift).update(from: values + column * rows, count: rows)
      (newPositions + column * newRows + shift).update(from: positions + column * rows, count: rows)
    }
    values.deallocate()
    positions.deallocate()
    values = newValues
    positions = newPositions
    rows = newRows
  }
}
