/// Thin QR decomposition A = Q·R of an m × n matrix with m ≥ n (LAPACK `dgeqrf` then `dorgqr`).
///
/// Householder QR: Q has orthonormal columns (QᵀQ = I) and R is upper-triangular. The signs are
/// LAPACK's: diagonal elements of R may be negative, so only |Rᵢᵢ| is unique for a full-rank A. A
/// rank-deficient A is factored without error; its R has (near-)zero diagonal elements.
public struct QRDecomposition: Sendable {
  /// Q: m × n with orthonormal columns.
  public let q: Matrix
  /// R: n × n upper-triangular, zero below the diagonal.
  public let r: Matrix

  /// Factors the m × n matrix `a`, m ≥ n.
  /// - Throws: `.dimensionMismatch` when `a.rows < a.columns`; `.illegalArgument` when `a` holds NaN.
  public init(_ a: Matrix) throws(LinearAlgebraError) {
    let m = a.rows
    let n = a.columns
    guard m >= n else {
      throw .dimensionMismatch("QR: A is \(m)×\(n), needs rows ≥ columns")
    }
    var factors = a.storage
    var tau = [Double](repeating: 0, count: n)
    try LAPACK.dgeqrf(m: m, n: n, a: &factors, tau: &tau)
    var upper = Matrix(rows: n, columns: n)
    for j in 0..<n {
      for i in 0...j {
        upper[i, j] = factors[i + j * m]
      }
    }
    try LAPACK.dorgqr(m: m, n: n, k: n, a: &factors, tau: tau)
    q = Matrix(rows: m, columns: n, storage: factors)
    r = upper
  }
}
