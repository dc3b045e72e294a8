/// A block of panel columns under construction: values and the source position of each cell.
///
/// The builder keeps columns in blocks of fixed width so that adding a series never copies the whole
/// panel (an array doubling would need up to three times the final size); the blocks are moved into
/// one contiguous matrix at the end, one block at a time.
final class ColumnBlock {
  /// Column capacity of every block.
  static let width = 256

  /// Values, column-major, `rows × width`, NaN where nothing was stored.
  var values: [Double]
  /// Packed source position of each cell; zero where nothing was stored.
  var positions: [UInt64]

  /// Creates an empty block of `rows` rows.
  init(rows: Int) {
    values = Array(repeating: .nan, count: rows * ColumnBlock.width)
    positions = Array(repeating: 0, count: rows * ColumnBlock.width)
  }

  /// Moves the block's content to a new row range: row `r` of the old layout becomes row `r + shift`
  /// of a layout with `newRows` rows.
  func relayout(oldRows: Int, newRows: Int, shift: Int) {
    var newValues = Array(repeating: Double.nan, count: newRows * ColumnBlock.width)
    var newPositions = Array(repeating: UInt64(0), count: newRows * ColumnBlock.width)
    for column in 0..<ColumnBlock.width {
      for row in 0..<oldRows {
        newValues[column * newRows + row + shift] = values[column * oldRows + row]
        newPositions[column * newRows + row + shift] = positions[column * oldRows + row]
      }
    }
    values = newValues
    positions = newPositions
  }
}
