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
  /// Values, column-major, `rows × width`, NaN where nothing was stored.
  @exclusivity(unchecked) private(set) var values: UnsafeMutablePointer<Double>
  /// Packed source position of each cell; zero where nothing was stored.
  @exclusivity(unchecked) private(set) var positions: UnsafeMutablePointer<UInt64>

  /// Creates an empty block of `rows` rows.
  init(rows: Int) {
    self.rows = rows
    (values, positions) = ColumnBlock.allocate(rows: rows)
  }

  deinit {
    values.deallocate()
    positions.deallocate()
  }

  private static func allocate(rows: Int) -> (UnsafeMutablePointer<Double>, UnsafeMutablePointer<UInt64>) {
    let cells = max(1, rows * width)
    let values = UnsafeMutablePointer<Double>.allocate(capacity: cells)
    values.initialize(repeating: .nan, count: cells)
    let positions = UnsafeMutablePointer<UInt64>.allocate(capacity: cells)
    positions.initialize(repeating: 0, count: cells)
    return (values, positions)
  }

  /// Moves the block's content to a new row range: row `r` of the old layout becomes row `r + shift`
  /// of a layout with `newRows` rows.
  func relayout(newRows: Int, shift: Int) {
    let (newValues, newPositions) = ColumnBlock.allocate(rows: newRows)
    for column in 0..<ColumnBlock.width {
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
