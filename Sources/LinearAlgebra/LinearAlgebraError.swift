/// Why a linear-algebra routine failed.
///
/// LAPACK reports failure through its integer `info` result: `info < 0` means argument number `-info`
/// was illegal, `info > 0` has a meaning specific to each routine. Each case below says which value it
/// stands for; every message names the routine.
public enum LinearAlgebraError: Error, Equatable, Sendable {
  /// LAPACK `info = -position < 0`: argument number `position` of `routine` was illegal. Normally a bug in
  /// this module's wrapper. The high-level LAPACKE functions also report a NaN in an input matrix this
  /// way (the position is that of the matrix argument).
  case illegalArgument(routine: String, position: Int)
  /// LAPACKE `info = LAPACK_WORK_MEMORY_ERROR (-1010)` or `LAPACK_TRANSPOSE_MEMORY_ERROR (-1011)`:
  /// LAPACKE could not allocate its workspace or a transposed copy.
  case outOfMemory(routine: String)
  /// LAPACK `info > 0` from `dgels`: diagonal element `info` of the triangular factor of A is exactly
  /// zero, so A does not have full rank and the least-squares solution is not unique.
  case singular(routine: String, info: Int)
  /// LAPACK `info > 0` from `dpotrf`: the leading minor of order `order` is not positive definite, so the
  /// Cholesky factorization could not be completed.
  case notPositiveDefinite(routine: String, order: Int)
  /// LAPACK `info > 0` from `dgelsd` or `dgesdd`: the SVD iteration did not converge (`info` is the
  /// number of off-diagonal elements of an intermediate bidiagonal form that did not converge to zero).
  case noConvergence(routine: String, info: Int)
  /// LAPACK `info > 0` from a routine whose documentation defines no positive `info`
  /// (`dpotrs`, `dgeqrf`, `dorgqr`); kept rather than dropped so nothing fails silently.
  case unexpectedInfo(routine: String, info: Int)
  /// Operand shapes that do not fit together, detected by this module before calling BLAS or LAPACK.
  case dimensionMismatch(String)
}

extension LinearAlgebraError: CustomStringConvertible {
  /// A one-line English message naming the routine and the failure.
  public var description: String {
    switch self {
    case .illegalArgument(let routine, let position):
      return "\(routine): argument \(position) is illegal (or holds NaN)"
    case .outOfMemory(let routine):
      return "\(routine): LAPACKE could not allocate workspace"
    case .singular(let routine, let info):
      return
        "\(routine): diagonal element \(info) of the triangular factor is zero; the matrix is not of full rank"
    case .notPositiveDefinite(let routine, let order):
      return "\(routine): the leading minor of order \(order) is not positive definite"
    case .noConvergence(let routine, let info):
      return "\(routine): the SVD did not converge (\(info) off-diagonal elements left)"
    case .unexpectedInfo(let routine, let info):
      return "\(routine): undocumented info = \(info)"
    case .dimensionMismatch(let message):
      return "dimension mismatch: \(message)"
    }
  }
}
