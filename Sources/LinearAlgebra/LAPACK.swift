internal import CLAPACK

/// One internal wrapper per LAPACKE routine this module uses. Buffers are column-major; each wrapper
/// overwrites its `inout` buffers exactly as the LAPACK routine documents and checks `info` through
/// `checkLAPACK`.
enum LAPACK {
  /// `dgels` (no transpose): on return `b`'s first `n` rows of each column hold the least-squares
  /// solution of A·X ≈ B (m ≥ n) and `a` holds the QR factors. `b` has leading dimension `ldb`.
  static func dgels(
    m: Int, n: Int, nrhs: Int, a: inout [Double], b: inout [Double], ldb: Int
  ) throws(LinearAlgebraError) {
    let info = LAPACKE_dgels(
      LAPACK_COL_MAJOR, lapackOption("N"), lapackInt(m), lapackInt(n), lapackInt(nrhs),
      &a, leadingDimension(m), &b, leadingDimension(ldb))
    try checkLAPACK("dgels", info) { .singular(routine: "dgels", info: $0) }
  }

  /// `dgels_work` (no transpose) with caller-owned workspace; `lwork == -1` is a workspace query that
  /// stores the optimal size in `work[0]`.
  static func dgelsWork(
    m: Int, n: Int, nrhs: Int, a: inout [Double], b: inout [Double], ldb: Int,
    work: inout [Double], lwork: Int
  ) throws(LinearAlgebraError) {
    let info = LAPACKE_dgels_work(
      LAPACK_COL_MAJOR, lapackOption("N"), lapackInt(m), lapackInt(n), lapackInt(nrhs),
      &a, leadingDimension(m), &b, leadingDimension(ldb), &work, lapackInt(lwork))
    try checkLAPACK("dgels", info) { .singular(routine: "dgels", info: $0) }
  }

  /// `dgelsd`: minimum-norm least-squares solution by SVD. `b` has leading dimension `ldb ≥ max(m, n)`
  /// and on return its first `n` rows hold the solution; `s` (min(m, n) elements) receives the singular
  /// values in decreasing order. Returns the effective rank (singular values > rcond · s₀).
  static func dgelsd(
    m: Int, n: Int, nrhs: Int, a: inout [Double], b: inout [Double], ldb: Int,
    s: inout [Double], rcond: Double
  ) throws(LinearAlgebraError) -> Int {
    var rank: tongbi_lapack_int = 0
    let info = LAPACKE_dgelsd(
      LAPACK_COL_MAJOR, lapackInt(m), lapackInt(n), lapackInt(nrhs),
      &a, leadingDimension(m), &b, leadingDimension(ldb), &s, rcond, &rank)
    try checkLAPACK("dgelsd", info) { .noConvergence(routine: "dgelsd", info: $0) }
    return Int(rank)
  }

  /// `dpotrf` (lower): overwrites the lower triangle of the `n × n` matrix `a` with L, A = L·Lᵀ. The
  /// strictly upper triangle is neither read nor written.
  static func dpotrf(n: Int, a: inout [Double]) throws(LinearAlgebraError) {
    let info = LAPACKE_dpotrf(LAPACK_COL_MAJOR, lapackOption("L"), lapackInt(n), &a, leadingDimension(n))
    try checkLAPACK("dpotrf", info) { .notPositiveDefinite(routine: "dpotrf", order: $0) }
  }

  /// `dpotrs` (lower): overwrites `b` (n × nrhs) with the solution of L·Lᵀ·X = B, `factor` from `dpotrf`.
  static func dpotrs(n: Int, nrhs: Int, factor: [Double], b: inout [Double]) throws(LinearAlgebraError) {
    let info = LAPACKE_dpotrs(
      LAPACK_COL_MAJOR, lapackOption("L"), lapackInt(n), lapackInt(nrhs),
      factor, leadingDimension(n), &b, leadingDimension(n))
    try checkLAPACK("dpotrs", info)
  }

  /// `dgeqrf`: Householder QR of the `m × n` matrix `a`; R in the upper triangle, reflectors below it and
  /// their scalars in `tau` (min(m, n) elements).
  static func dgeqrf(m: Int, n: Int, a: inout [Double], tau: inout [Double]) throws(LinearAlgebraError) {
    let info = LAPACKE_dgeqrf(LAPACK_COL_MAJOR, lapackInt(m), lapackInt(n), &a, leadingDimension(m), &tau)
    try checkLAPACK("dgeqrf", info)
  }

  /// `dorgqr`: overwrites `a` (m × n, m ≥ n ≥ k) with the first n columns of Q = H₁⋯H_k from `dgeqrf`.
  static func dorgqr(m: Int, n: Int, k: Int, a: inout [Double], tau: [Double]) throws(LinearAlgebraError) {
    let info = LAPACKE_dorgqr(
      LAPACK_COL_MAJOR, lapackInt(m), lapackInt(n), lapackInt(k), &a, leadingDimension(m), tau)
    try checkLAPACK("dorgqr", info)
  }

  /// `dgesdd` (thin, `jobz = 'S'`): A = U·Σ·Vᵀ with `u` m × min(m, n), `s` min(m, n) singular values in
  /// decreasing order and `vt` min(m, n) × n. Destroys `a`.
  static func dgesdd(
    m: Int, n: Int, a: inout [Double], s: inout [Double], u: inout [Double], vt: inout [Double]
  ) throws(LinearAlgebraError) {
    let k = min(m, n)
    let info = LAPACKE_dgesdd(
      LAPACK_COL_MAJOR, lapackOption("S"), lapackInt(m), lapackInt(n), &a, leadingDimension(m),
      &s, &u, leadingDimension(m), &vt, leadingDimension(k))
    try checkLAPACK("dgesdd", info) { .noConvergence(routine: "dgesdd", info: $0) }
  }
}

extension LAPACK {
  /// `dgesv` (through `LAPACKE_dgesv_work`, which skips LAPACKE's NaN scan of the inputs: a NaN gives
  /// NaN solutions, for the caller to test): overwrites the `n × nrhs` right-hand sides `b` with the
  /// solution of A·X = B by LU with partial pivoting; `a` (n × n) receives the factors and `pivots` (n)
  /// the row interchanges.
  static func dgesv(
    n: Int, nrhs: Int, a: UnsafeMutablePointer<Double>, pivots: UnsafeMutablePointer<tongbi_lapack_int>,
    b: UnsafeMutablePointer<Double>
  ) throws(LinearAlgebraError) {
    let info = LAPACKE_dgesv_work(
      LAPACK_COL_MAJOR, lapackInt(n), lapackInt(nrhs), a, leadingDimension(n), pivots, b, leadingDimension(n))
    try checkLAPACK("dgesv", info) { .singular(routine: "dgesv", info: $0) }
  }

  /// `dgeev` (eigenvalues only): the real and imaginary parts of the eigenvalues of the `n × n` matrix
  /// `a`, which is overwritten.
  static func dgeev(n: Int, a: inout [Double], real: inout [Double], imaginary: inout [Double])
    throws(LinearAlgebraError)
  {
    var left = 0.0
    var right = 0.0
    let info = LAPACKE_dgeev(
      LAPACK_COL_MAJOR, lapackOption("N"), lapackOption("N"), lapackInt(n), &a, leadingDimension(n),
      &real, &imaginary, &left, 1, &right, 1)
    try checkLAPACK("dgeev", info) { .noConvergence(routine: "dgeev", info: $0) }
  }
}
