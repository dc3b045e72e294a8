/// The eigenvalues of a general real square matrix (LAPACK `dgeev`, no eigenvectors), as real and
/// imaginary parts in the order LAPACK returns them (complex pairs adjacent, positive imaginary part
/// first).
public struct Eigenvalues: Sendable {
  /// Real parts.
  public let real: [Double]
  /// Imaginary parts.
  public let imaginary: [Double]

  /// The eigenvalues of the square matrix `a` (not modified: LAPACK works on a copy).
  /// - Throws: `.dimensionMismatch` when `a` is not square; `.noConvergence` when the QR algorithm
  ///   failed; `.illegalArgument` when `a` holds NaN.
  public init(of a: Matrix) throws(LinearAlgebraError) {
    guard a.rows == a.columns else {
      throw .dimensionMismatch("eigenvalues: A is \(a.rows)×\(a.columns), must be square")
    }
    var copy = a.storage
    var real = [Double](repeating: 0, count: a.rows)
    var imaginary = [Double](repeating: 0, count: a.rows)
    if a.rows > 0 { try LAPACK.dgeev(n: a.rows, a: &copy, real: &real, imaginary: &imaginary) }
    self.real = real
    self.imaginary = imaginary
  }

  /// The largest modulus |λ| = √(re² + im²) over the eigenvalues (the spectral radius); 0 for an empty
  /// matrix.
  public var spectralRadius: Double {
    zip(real, imaginary).reduce(0) { max($0, ($1.0 * $1.0 + $1.1 * $1.1).squareRoot()) }
  }
}
