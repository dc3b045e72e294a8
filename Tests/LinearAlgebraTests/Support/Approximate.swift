import LinearAlgebra
import Testing

/// Largest |xᵢ|, or 0 for no elements.
func maxMagnitude(_ values: [Double]) -> Double {
  values.reduce(0) { max($0, abs($1)) }
}

/// Expects `actual` and `expected` to have the same length and |actualᵢ − expectedᵢ| ≤ relative · scale for
/// every i, with scale = max(1, maxᵢ |expectedᵢ|): a tolerance relative to the size of the result, so
/// elements near zero are compared on the result's scale rather than their own.
func expectClose(
  _ actual: [Double], _ expected: [Double], relative: Double = 1e-10,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(actual.count == expected.count, sourceLocation: sourceLocation)
  let tolerance = relative * max(1, maxMagnitude(expected))
  let worst = zip(actual, expected).reduce(0) { max($0, abs($1.0 - $1.1)) }
  #expect(
    worst <= tolerance, "largest difference \(worst) exceeds \(tolerance)", sourceLocation: sourceLocation)
}

/// Expects the same shape and elements within `relative` as in `expectClose(_:_:relative:)` for arrays.
func expectClose(
  _ actual: Matrix, _ expected: Matrix, relative: Double = 1e-10,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(actual.rows == expected.rows && actual.columns == expected.columns, sourceLocation: sourceLocation)
  expectClose(actual.storage, expected.storage, relative: relative, sourceLocation: sourceLocation)
}

/// Expects QᵀQ = I within `relative`: the columns of `q` are orthonormal.
func expectOrthonormalColumns(
  _ q: Matrix, relative: Double = 1e-10, sourceLocation: SourceLocation = #_sourceLocation
) throws {
  try expectClose(
    q.transposed() * q, Matrix.identity(q.columns), relative: relative, sourceLocation: sourceLocation)
}
