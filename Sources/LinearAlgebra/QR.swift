internal import CLAPACK

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

extension QRDecomposition {
  /// Whether R has an exactly zero diagonal element, i.e. A is rank-deficient to working precision in
  /// the way `dgels` refuses (`solve` then does not apply).
  public var isSingular: Bool { (0..<r.columns).contains { r[$0, $0] == 0 } }

  /// The least-squares solution x of min ‖A·x − b‖₂ for one right-hand side: x = R⁻¹·Qᵀ·b, by `dgemv`
  /// and the triangular solve `dtrsv`. Each call does the same arithmetic whatever other right-hand
  /// sides are solved with the same factorization, so batched and one-at-a-time solutions agree to
  /// the bit.
  /// - Throws: `.dimensionMismatch` when `b` does not have m elements.
  public func solve(_ b: [Double]) throws(LinearAlgebraError) -> [Double] {
    var x = [Double](repeating: 0, count: r.columns)
    try gemv(q, .transpose, b, into: &x)
    cblas_dtrsv(
      CblasColMajor, CblasUpper, CblasNoTrans, CblasNonUnit, lapackInt(r.rows), r.storage,
      leadingDimension(r.rows), &x, 1)
    return x
  }
}
