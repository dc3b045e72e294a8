internal import CLAPACK

/// How a BLAS operand enters a product: op(A) = A (`noTranspose`) or op(A) = Aᵀ (`transpose`).
public enum Transpose: Sendable {
  /// op(A) = A.
  case noTranspose
  /// op(A) = Aᵀ.
  case transpose

  var cblas: CBLAS_TRANSPOSE { self == .noTranspose ? CblasNoTrans : CblasTrans }

  /// Shape (rows, columns) of op(A) for a matrix A.
  func shape(of a: Matrix) -> (rows: Int, columns: Int) {
    self == .noTranspose ? (a.rows, a.columns) : (a.columns, a.rows)
  }
}

/// Which part of a symmetric result `syrk` writes.
public enum SymmetricResult: Sendable {
  /// Only the upper triangle (i ≤ j) is computed and written; the strictly lower triangle of C is left
  /// untouched.
  case upper
  /// The upper triangle is computed, then mirrored so that C is the full symmetric matrix.
  case full
}

/// General matrix product C ← α·op(A)·op(B) + β·C (BLAS `dgemm`).
///
/// op(A) must be p × q, op(B) q × r and C p × r. With β = 0 the prior contents of C are ignored (a NaN in
/// C does not propagate). Any inner dimension may be 0, in which case C ← β·C.
/// - Throws: `.dimensionMismatch` when the shapes do not fit.
public func gemm(
  _ a: Matrix, _ opA: Transpose, _ b: Matrix, _ opB: Transpose,
  alpha: Double = 1, beta: Double = 0, into c: inout Matrix
) throws(LinearAlgebraError) {
  let left = opA.shape(of: a)
  let right = opB.shape(of: b)
  guard left.columns == right.rows, c.rows == left.rows, c.columns == right.columns else {
    throw .dimensionMismatch(
      "gemm: op(A) is \(left.rows)×\(left.columns), op(B) \(right.rows)×\(right.columns), C \(c.rows)×\(c.columns)"
    )
  }
  let ldc = leadingDimension(c.rows)
  c.withUnsafeMutableBufferPointer { output in
    cblas_dgemm(
      CblasColMajor, opA.cblas, opB.cblas, lapackInt(left.rows), lapackInt(right.columns),
      lapackInt(left.columns), alpha, a.storage, leadingDimension(a.rows), b.storage,
      leadingDimension(b.rows), beta, output.baseAddress, ldc)
  }
}

/// Matrix-vector product y ← α·op(A)·x + β·y (BLAS `dgemv`).
///
/// op(A) must be p × q, `x` have q elements and `y` p elements. With β = 0 the prior contents of `y` are
/// ignored.
/// - Throws: `.dimensionMismatch` when the lengths do not fit.
public func gemv(
  _ a: Matrix, _ opA: Transpose, _ x: [Double],
  alpha: Double = 1, beta: Double = 0, into y: inout [Double]
) throws(LinearAlgebraError) {
  let shape = opA.shape(of: a)
  guard x.count == shape.columns, y.count == shape.rows else {
    throw .dimensionMismatch("gemv: op(A) is \(shape.rows)×\(shape.columns), x has \(x.count), y \(y.count)")
  }
  cblas_dgemv(
    CblasColMajor, opA.cblas, lapackInt(a.rows), lapackInt(a.columns), alpha, a.storage,
    leadingDimension(a.rows), x, 1, beta, &y, 1)
}

/// Symmetric rank-k update C ← α·AᵀA + β·C (BLAS `dsyrk`, upper, transposed), e.g. the Gram matrix XᵀX
/// of a design X.
///
/// A is m × n and C n × n. Only the upper triangle of C is read (for β ≠ 0); `result` says whether the
/// lower triangle is then filled by symmetry (`.full`) or left untouched (`.upper`).
/// - Throws: `.dimensionMismatch` when C is not `a.columns × a.columns`.
public func syrk(
  _ a: Matrix, alpha: Double = 1, beta: Double = 0, into c: inout Matrix, result: SymmetricResult = .full
) throws(LinearAlgebraError) {
  let n = a.columns
  guard c.rows == n, c.columns == n else {
    throw .dimensionMismatch("syrk: A is \(a.rows)×\(n), C must be \(n)×\(n) but is \(c.rows)×\(c.columns)")
  }
  c.withUnsafeMutableBufferPointer { output in
    cblas_dsyrk(
      CblasColMajor, CblasUpper, CblasTrans, lapackInt(n), lapackInt(a.rows), alpha, a.storage,
      leadingDimension(a.rows), beta, output.baseAddress, leadingDimension(n))
    guard result == .full else { return }
    for j in 0..<n {
      for i in (j + 1)..<n {
        output[i + j * n] = output[j + i * n]
      }
    }
  }
}

/// The matrix product A·B (`gemm` with α = 1, β = 0); A is m × k, B k × n, the result m × n.
/// - Throws: `.dimensionMismatch` when `a.columns != b.rows`.
public func * (a: Matrix, b: Matrix) throws(LinearAlgebraError) -> Matrix {
  var product = Matrix(rows: a.rows, columns: b.columns)
  try gemm(a, .noTranspose, b, .noTranspose, into: &product)
  return product
}
