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

extension Matrix {
  /// Creates a matrix from its rows, e.g. `Matrix([[1, 2], [3, 4]])` is the 2 × 2 matrix with first row
  /// (1, 2). The rows must all have the same length; an empty array gives a 0 × 0 matrix.
  public init(_ rowValues: [[Double]]) {
    let columnCount = rowValues.first?.count ?? 0
    precondition(rowValues.allSatisfy { $0.count == columnCount }, "rows must have the same length")
    var values = [Double](repeating: 0, count: rowValues.count * columnCount)
    for (i, row) in rowValues.enumerated() {
      for (j, value) in row.enumerated() {
        values[i + j * rowValues.count] = value
      }
    }
    self.init(rows: rowValues.count, columns: columnCount, storage: values)
  }

  /// The `n × n` identity matrix I, with Iᵢᵢ = 1 and Iᵢⱼ = 0 for i ≠ j.
  public static func identity(_ n: Int) -> Matrix {
    var result = Matrix(rows: n, columns: n)
    for i in 0..<n {
      result[i, i] = 1
    }
    return result
  }

  /// The transpose Aᵀ, a `columns × rows` matrix with (Aᵀ)ⱼᵢ = Aᵢⱼ.
  public func transposed() -> Matrix {
    var result = Matrix(rows: columns, columns: rows)
    for j in 0..<columns {
      for i in 0..<rows {
        result[j, i] = self[i, j]
      }
    }
    return result
  }

  /// A copy of column `column` (its `rows` elements, top to bottom).
  public func column(_ column: Int) -> [Double] {
    withColumn(column) { Array($0) }
  }
}
