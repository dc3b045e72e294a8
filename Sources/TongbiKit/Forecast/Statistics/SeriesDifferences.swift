extension Array where Element == Double {
  /// The lag-l differences yₜ − yₜ₋ₗ, t = l…n−1 (empty when n ≤ l).
  func lagDifferences(_ lag: Int) -> [Double] {
    guard count > lag else { return [] }
    return (lag..<count).map { self[$0] - self[$0 - lag] }
  }

  /// Whether every value equals the first (true for an empty array).
  var isConstant: Bool {
    guard let first else { return true }
    return !contains { $0 != first }
  }
}
