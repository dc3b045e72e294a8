/// Least-squares solution X = argmin ‖A·X − B‖_F for a full-rank design (LAPACK `dgels`, QR).
///
/// A is m × n with m ≥ n and full column rank; B is m × k, one right-hand side per column; the result is
/// n × k, column j solving min ‖A·x − bⱼ‖₂. Each column is equivalent to solving the normal equations
/// AᵀA·x = Aᵀbⱼ, but computed through QR without squaring the condition number.
///
/// Rank deficiency is detected only when a diagonal element of R is exactly zero (e.g. an all-zero
/// column). A nearly collinear design passes and returns large, unstable coefficients; use
/// `minimumNormLeastSquares` when the rank is in doubt.
/// - Throws: `.dimensionMismatch` when `a.rows != b.rows` or `a.rows < a.columns`; `.singular` when A is
///   exactly rank-deficient; `.illegalArgument` when A or B holds NaN.
public func leastSquares(_ a: Matrix, _ b: Matrix) throws(LinearAlgebraError) -> Matrix {
  try checkLeastSquaresShapes(a, b)
  var factors = a.storage
  var solution = b.storage
  try LAPACK.dgels(
    m: a.rows, n: a.columns, nrhs: b.columns, a: &factors, b: &solution, ldb: a.rows)
  return leadingRows(a.columns, of: solution, leadingDimension: a.rows, columns: b.columns)
}

/// Minimum-norm least-squares solution for a possibly rank-deficient design (LAPACK `dgelsd`, SVD).
///
/// A is m × n (any shape), B is m × k; `solution` is n × k, column j the x of smallest ‖x‖₂ among the
/// minimisers of ‖A·x − bⱼ‖₂, i.e. x = A⁺·bⱼ with A⁺ the pseudo-inverse in which singular values
/// σᵢ ≤ rcond · σ₀ are treated as zero. `rank` counts the singular values kept; `singularValues` holds all
/// min(m, n) of them in decreasing order. `rcond < 0` means machine epsilon; numpy's `lstsq` default is
/// `eps · max(m, n)`.
/// - Throws: `.dimensionMismatch` when `a.rows != b.rows`; `.noConvergence` when the SVD fails;
///   `.illegalArgument` when A or B holds NaN.
public func minimumNormLeastSquares(
  _ a: Matrix, _ b: Matrix, rcond: Double
) throws(LinearAlgebraError) -> (solution: Matrix, rank: Int, singularValues: [Double]) {
  guard a.rows == b.rows else {
    throw .dimensionMismatch("minimumNormLeastSquares: A has \(a.rows) rows, B has \(b.rows)")
  }
  let ldb = max(1, a.rows, a.columns)
  var rhs = [Double](repeating: 0, count: ldb * b.columns)
  for j in 0..<b.columns {
    for i in 0..<b.rows {
      rhs[i + j * ldb] = b[i, j]
    }
  }
  var factors = a.storage
  var singularValues = [Double](repeating: 0, count: min(a.rows, a.columns))
  let rank = try LAPACK.dgelsd(
    m: a.rows, n: a.columns, nrhs: b.columns, a: &factors, b: &rhs, ldb: ldb,
    s: &singularValues, rcond: rcond)
  let solution = leadingRows(a.columns, of: rhs, leadingDimension: ldb, columns: b.columns)
  return (solution, rank, singularValues)
}

/// Checks the `dgels` domain: A and B with the same number of rows, A at least as tall as wide.
func checkLeastSquaresShapes(_ a: Matrix, _ b: Matrix) throws(LinearAlgebraError) {
  guard a.rows == b.rows else {
    throw .dimensionMismatch("leastSquares: A has \(a.rows) rows, B has \(b.rows)")
  }
  guard a.rows >= a.columns else {
    throw .dimensionMismatch("leastSquares: A is \(a.rows)×\(a.columns), needs rows ≥ columns")
  }
}

/// The top `count` rows of a column-major buffer with the given leading dimension, as a matrix.
func leadingRows(_ count: Int, of buffer: [Double], leadingDimension: Int, columns: Int) -> Matrix {
  var result = Matrix(rows: count, columns: columns)
  result.withUnsafeMutableBufferPointer { output in
    buffer.withUnsafeBufferPointer { input in
      for j in 0..<columns {
        for i in 0..<count {
          output[i + j * count] = input[i + j * leadingDimension]
        }
      }
    }
  }
  return result
}
