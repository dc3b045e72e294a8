/// Cholesky factorization A = L·Lᵀ of a symmetric positive-definite matrix (LAPACK `dpotrf`), and
/// solves with it (`dpotrs`).
public struct CholeskyFactorization: Sendable {
  /// L: n × n lower-triangular with positive diagonal, zero above the diagonal, A = L·Lᵀ.
  public let lower: Matrix

  /// Factors the symmetric positive-definite n × n matrix `a`.
  ///
  /// Only the lower triangle of `a` is read; the upper triangle is assumed to mirror it and is not
  /// checked.
  /// - Throws: `.dimensionMismatch` when `a` is not square; `.notPositiveDefinite(order: k)` when the
  ///   leading k × k minor is not positive definite (including semidefinite, k ≤ n);
  ///   `.illegalArgument` when `a` holds NaN.
  public init(_ a: Matrix) throws(LinearAlgebraError) {
    guard a.rows == a.columns else {
      throw .dimensionMismatch("Cholesky: A is \(a.rows)×\(a.columns), must be square")
    }
    let n = a.rows
    var factor = a.storage
    try LAPACK.dpotrf(n: n, a: &factor)
    for j in 0..<n {
      for i in 0..<j {
        factor[i + j * n] = 0
      }
    }
    lower = Matrix(rows: n, columns: n, storage: factor)
  }

  /// Solves A·X = B with A = L·Lᵀ: B is n × k, the result X = A⁻¹·B is n × k.
  /// - Throws: `.dimensionMismatch` when `b.rows` differs from the order of A.
  public func solve(_ b: Matrix) throws(LinearAlgebraError) -> Matrix {
    guard b.rows == lower.rows else {
      throw .dimensionMismatch("Cholesky solve: A is \(lower.rows)×\(lower.rows), B has \(b.rows) rows")
    }
    var solution = b.storage
    try LAPACK.dpotrs(n: lower.rows, nrhs: b.columns, factor: lower.storage, b: &solution)
    return Matrix(rows: b.rows, columns: b.columns, storage: solution)
  }
}
