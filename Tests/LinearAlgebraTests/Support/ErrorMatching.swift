import LinearAlgebra

extension LinearAlgebraError {
  /// Whether this is `.dimensionMismatch`, whatever its message.
  var isDimensionMismatch: Bool {
    if case .dimensionMismatch = self { return true }
    return false
  }
}
