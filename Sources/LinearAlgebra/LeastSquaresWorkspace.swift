/// Reusable buffers for many `dgels` solves of one shape, e.g. thousands of small regressions in a
/// forecast.
///
/// Solves the same problem as `leastSquares(_:_:)` (X = argmin ‖A·X − B‖_F, A m × n full rank, m ≥ n,
/// B m × k) but queries the optimal LAPACK workspace once and keeps the copies of A and B between calls,
/// so a solve allocates only its n × k result. Not safe to share between concurrent tasks: use one
/// workspace per task.
public final class LeastSquaresWorkspace {
  /// Rows m of every design A (and of every B).
  public let rows: Int
  /// Columns n of every design A (rows of every solution).
  public let columns: Int
  /// Right-hand sides k (columns of every B and of every solution).
  public let rightHandSides: Int

  private var factors: [Double]
  private var rhs: [Double]
  private var work: [Double]

  /// Prepares buffers for `rows × columns` designs with `rightHandSides` right-hand sides.
  /// - Throws: `.dimensionMismatch` when `rows < columns` or a dimension is negative.
  public init(rows: Int, columns: Int, rightHandSides: Int) throws(LinearAlgebraError) {
    guard columns >= 0, rightHandSides >= 0, rows >= columns else {
      throw .dimensionMismatch(
        "LeastSquaresWorkspace: \(rows)×\(columns) with \(rightHandSides) right-hand sides, needs rows ≥ columns ≥ 0"
      )
    }
    self.rows = rows
    self.columns = columns
    self.rightHandSides = rightHandSides
    factors = [Double](repeating: 0, count: rows * columns)
    rhs = [Double](repeating: 0, count: rows * rightHandSides)
    var optimal = [Double](repeating: 0, count: 1)
    try LAPACK.dgelsWork(
      m: rows, n: columns, nrhs: rightHandSides, a: &factors, b: &rhs, ldb: rows,
      work: &optimal, lwork: -1)
    work = [Double](repeating: 0, count: max(1, Int(optimal[0])))
  }

  /// Least-squares solution X (n × k) of A·X ≈ B, as `leastSquares(_:_:)`.
  /// - Throws: `.dimensionMismatch` when A or B does not have the workspace's shape; `.singular` when A
  ///   is exactly rank-deficient. Unlike `leastSquares`, NaN in A or B is not detected (LAPACKE's `_work`
  ///   routines skip the NaN check) and comes back as NaN in the solution.
  public func solve(_ a: Matrix, _ b: Matrix) throws(LinearAlgebraError) -> Matrix {
    guard a.rows == rows, a.columns == columns, b.rows == rows, b.columns == rightHandSides else {
      throw .dimensionMismatch(
        "LeastSquaresWorkspace is \(rows)×\(columns) with \(rightHandSides) right-hand sides, got A \(a.rows)×\(a.columns), B \(b.rows)×\(b.columns)"
      )
    }
    copy(a, into: &factors)
    copy(b, into: &rhs)
    try LAPACK.dgelsWork(
      m: rows, n: columns, nrhs: rightHandSides, a: &factors, b: &rhs, ldb: rows,
      work: &work, lwork: work.count)
    return leadingRows(columns, of: rhs, leadingDimension: rows, columns: rightHandSides)
  }

  /// Copies the elements of `matrix` into the existing buffer `target` of the same size, in place.
  private func copy(_ matrix: Matrix, into target: inout [Double]) {
    target.withUnsafeMutableBufferPointer { destination in
      matrix.withUnsafeBufferPointer { source in
        _ = destination.update(fromContentsOf: source)
      }
    }
  }
}
