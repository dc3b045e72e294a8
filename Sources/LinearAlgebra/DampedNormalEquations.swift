internal import CLAPACK

/// The Levenberg–Marquardt step of a least-squares problem with k ≤ `capacity` unknowns: with J the
/// n × k Jacobian of the residuals r, δ solves (JᵀJ + λ diag(JᵀJ)) δ = −Jᵀr (BLAS `dsyrk` and `dgemv`,
/// LAPACK `dgesv`). Buffers are allocated once; `step` allocates nothing. Not safe to share between
/// concurrent tasks.
public final class DampedNormalEquations {
  /// Largest number of unknowns.
  public let capacity: Int
  private let normal: UnsafeMutablePointer<Double>
  private let solver: LinearSystemWorkspace

  /// Creates a workspace for up to `capacity` unknowns.
  public init(capacity: Int) {
    self.capacity = max(1, capacity)
    normal = .allocate(capacity: self.capacity * self.capacity)
    solver = LinearSystemWorkspace(capacity: self.capacity)
  }

  deinit { normal.deallocate() }

  /// Writes δ into `step` (k values) for the column-major n × k `jacobian`, the n `residuals` and the
  /// damping λ ≥ 0. A zero diagonal element of JᵀJ (a parameter with no effect) is damped by λ alone.
  /// - Throws: `.singular` when the damped system is singular; `.dimensionMismatch` when the sizes
  ///   disagree.
  public func step(
    jacobian: UnsafeBufferPointer<Double>, residuals: UnsafeBufferPointer<Double>, damping: Double,
    into step: UnsafeMutableBufferPointer<Double>
  ) throws(LinearAlgebraError) {
    let k = step.count
    let n = residuals.count
    guard k <= capacity, jacobian.count == n * k, let j = jacobian.baseAddress, let r = residuals.baseAddress,
      let delta = step.baseAddress
    else {
      throw .dimensionMismatch(
        "damped normal equations: \(jacobian.count) Jacobian elements, \(n) residuals, \(k) unknowns")
    }
    guard k > 0 else { return }
    cblas_dsyrk(
      CblasColMajor, CblasLower, CblasTrans, lapackInt(k), lapackInt(n), 1, j, leadingDimension(n), 0, normal,
      leadingDimension(k))
    cblas_dgemv(
      CblasColMajor, CblasTrans, lapackInt(n), lapackInt(k), -1, j, leadingDimension(n), r, 1, 0, delta, 1)
    for column in 0..<k {
      for row in 0..<column { normal[row + column * k] = normal[column + row * k] }
      let diagonal = normal[column + column * k]
      normal[column + column * k] = diagonal + damping * (diagonal > 0 ? diagonal : 1)
    }
    try solver.solve(UnsafeBufferPointer(start: normal, count: k * k), step)
  }
}
