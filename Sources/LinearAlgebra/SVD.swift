/// Thin singular value decomposition A = U·Σ·Vᵀ of an m × n matrix (LAPACK `dgesdd`, divide and
/// conquer).
///
/// With k = min(m, n): U is m × k and V is n × k, both with orthonormal columns; Σ = diag(σ₀, …, σ_{k−1})
/// with σ₀ ≥ σ₁ ≥ … ≥ 0. Singular vectors are unique only up to sign (and within repeated singular
/// values up to rotation).
public struct SingularValueDecomposition: Sendable {
  /// U: m × k, orthonormal columns (left singular vectors).
  public let u: Matrix
  /// σ: the k singular values in decreasing order, all ≥ 0.
  public let singularValues: [Double]
  /// Vᵀ: k × n, orthonormal rows (right singular vectors).
  public let vt: Matrix

  /// Decomposes the m × n matrix `a` (any shape, including 0 rows or columns).
  /// - Throws: `.noConvergence` when the divide-and-conquer iteration fails; `.illegalArgument` when `a`
  ///   holds NaN.
  public init(_ a: Matrix) throws(LinearAlgebraError) {
    let m = a.rows
    let n = a.columns
    let k = min(m, n)
    var factors = a.storage
    var sigma = [Double](repeating: 0, count: k)
    var left = [Double](repeating: 0, count: m * k)
    var right = [Double](repeating: 0, count: k * n)
    try LAPACK.dgesdd(m: m, n: n, a: &factors, s: &sigma, u: &left, vt: &right)
    u = Matrix(rows: m, columns: k, storage: left)
    singularValues = sigma
    vt = Matrix(rows: k, columns: n, storage: right)
  }
}
