internal import CLAPACK

/// Solves square linear systems A·x = b of up to `capacity` unknowns by LU with partial pivoting
/// (LAPACK `dgesv`), over buffers allocated once: `solve` allocates nothing, so it can sit in an
/// optimiser's inner loop. Not safe to share between concurrent tasks.
public final class LinearSystemWorkspace {
  /// Largest order this workspace solves.
  public let capacity: Int
  private let factors: UnsafeMutablePointer<Double>
  private let pivots: UnsafeMutablePointer<tongbi_lapack_int>

  /// Creates a workspace for systems of up to `capacity` unknowns.
  public init(capacity: Int) {
    self.capacity = max(1, capacity)
    factors = .allocate(capacity: self.capacity * self.capacity)
    pivots = .allocate(capacity: self.capacity)
  }

  deinit {
    factors.deallocate()
    pivots.deallocate()
  }

  /// Overwrites `rightHandSide` (n values) with x solving A·x = b, where A is the n × n column-major
  /// matrix `matrix` (read, not modified). n must not exceed `capacity`. NaN in the inputs gives NaN in
  /// the solution.
  /// - Throws: `.singular` when A is exactly singular; `.dimensionMismatch` when the sizes disagree.
  public func solve(
    _ matrix: UnsafeBufferPointer<Double>, _ rightHandSide: UnsafeMutableBufferPointer<Double>
  )
    throws(LinearAlgebraError)
  {
    let n = rightHandSide.count
    guard n <= capacity, matrix.count == n * n, let base = matrix.baseAddress,
      let b = rightHandSide.baseAddress
    else {
      throw .dimensionMismatch(
        "linear system: \(matrix.count) matrix elements, \(n) unknowns, capacity \(capacity)")
    }
    factors.update(from: base, count: n * n)
    try LAPACK.dgesv(n: n, nrhs: 1, a: factors, pivots: pivots, b: b)
  }
}
