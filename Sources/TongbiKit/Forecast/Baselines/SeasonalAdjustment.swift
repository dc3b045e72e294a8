/// Multiplicative seasonal adjustment as in the M4 benchmarks and R's `thetaf`: when
/// `SeasonalityTest.isSeasonal` says so, y is divided by the classical multiplicative decomposition's
/// seasonal indices; otherwise it is left as it is.
struct SeasonalAdjustment {
  /// Seasonally adjusted values.
  let adjusted: [Double]
  /// Indices by position in the cycle (counted from the first observation); nil when not seasonal.
  let figure: [Double]?

  /// Adjusts `y` with period `m` (indices within 10⁻⁴ of zero disable the adjustment, as in R).
  init(_ y: [Double], m: Int) {
    if SeasonalityTest.isSeasonal(y, m: m),
      let decomposition = ClassicalDecomposition(y, period: m, kind: .multiplicative),
      !decomposition.figure.contains(where: { abs($0) < 1e-4 || $0.isNaN })
    {
      figure = decomposition.figure
      adjusted = y.indices.map { y[$0] / decomposition.figure[$0 % m] }
    } else {
      figure = nil
      adjusted = y
    }
  }

  /// The index of future step h = 1, 2, … after n observations (1 when not seasonal).
  func index(step: Int, count n: Int) -> Double {
    guard let figure else { return 1 }
    return figure[(n + step - 1) % figure.count]
  }
}
