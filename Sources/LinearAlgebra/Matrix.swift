/// A dense column-major matrix of `Double` over one contiguous buffer.
///
/// Element (i, j) lives at `storage[i + j × rows]`, the layout BLAS and LAPACK expect with a
/// leading dimension equal to `rows`. Each column is contiguous, so per-column kernels stream
/// through memory.
public struct Matrix: Equatable, Sendable {
  /// Number of rows.
  public let rows: Int
  /// Number of columns.
  public let columns: Int
  /// Elements in column-major order; `storage.count == rows × columns`.
  public private(set) var storage: [Double]

  /// Creates a `rows × columns` matrix with every element equal to `value`.
  public init(rows: Int, columns: Int, repeating value: Double = 0) {
    precondition(rows >= 0 && columns >= 0, "matrix dimensions must be non-negative")
    self.rows = rows
    self.columns = columns
    storage = Array(repeating: value, count: rows * columns)
  }

  /// Wraps `storage` (column-major, `rows × columns` elements) without copying.
  public init(rows: Int, columns: Int, storage: [Double]) {
    precondition(storage.count == rows * columns, "storage does not match the dimensions")
    self.rows = rows
    self.columns = columns
    self.storage = storage
  }

  /// Element at row `row`, column `column`.
  public subscript(row: Int, column: Int) -> Double {
    get { storage[row + column * rows] }
    set { storage[row + column * rows] = newValue }
  }

  /// Calls `body` with the whole column-major buffer.
  public func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Double>) throws -> R) rethrows -> R {
    try storage.withUnsafeBufferPointer(body)
  }

  /// Calls `body` with the whole column-major buffer, mutable.
  public mutating func withUnsafeMutableBufferPointer<R>(
    _ body: (inout UnsafeMutableBufferPointer<Double>) throws -> R
  ) rethrows -> R {
    try storage.withUnsafeMutableBufferPointer(body)
  }

  /// Calls `body` with the contiguous elements of column `column`.
  public func withColumn<R>(_ column: Int, _ body: (UnsafeBufferPointer<Double>) throws -> R) rethrows -> R {
    try storage.withUnsafeBufferPointer { buffer in
      try body(UnsafeBufferPointer(rebasing: buffer[column * rows..<(column + 1) * rows]))
    }
  }
}
