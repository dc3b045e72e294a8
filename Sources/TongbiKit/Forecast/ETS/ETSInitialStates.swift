import Foundation
import LinearAlgebra

/// Heuristic initial states of R's `ets` (its function `initstate`, forecast 8.20).
enum ETSInitialStates {
  /// Initial level, trend and seasonal states for `model` on `y` with period m:
  ///
  /// - season, n ≥ 3m: classical decomposition of the whole series (additive or multiplicative as the
  ///   model's season); the seasonal component is the figure;
  /// - season, m < n < 3m: the least-squares fit of y on 1, t, sin(2πt/m), cos(2πt/m) (t = 1…n); the
  ///   seasonal component is y minus (additive) or divided by (multiplicative) its line c₀ + c₁t;
  /// - the seasonal states are the component at positions 1…m − 1, position 0 taking −Σ (additive) or
  ///   m − Σ (multiplicative); multiplicative states are floored at 0.01 and rescaled when they sum
  ///   above m; y is seasonally adjusted by the component (floored at 0.01 when multiplicative);
  /// - level and trend: on the first min(max(10, 2m), n) adjusted values (m = 1 without season), the
  ///   mean (no trend) or the intercept ℓ₀ and slope b₀ of the least-squares line over t = 1, 2, …
  ///   (additive trend; ℓ₀ scaled by 1 + 10⁻³ and b₀ by 1 − 10⁻³ when |ℓ₀ + b₀| < 10⁻⁸).
  ///
  /// Missing values (NaN) are first filled (`filled`), for these heuristics only.
  ///
  /// Returns `nil` when a seasonal model has m < 2 or at most m values, or its component cannot be
  /// computed.
  static func estimate(_ observed: [Double], model: ETSModel, m: Int) -> ETSParameters? {
    guard let y = filled(observed, m: model.hasSeason ? m : 1) else { return nil }
    let n = y.count
    var seasonal: [Double] = []
    var adjusted = y
    var period = 1
    if model.hasSeason {
      let multiplicative = model.season == .multiplicative
      guard m >= 2, n > m, let component = seasonalComponent(y, m: m, multiplicative: multiplicative)
      else { return nil }
      period = m
      seasonal = Array(component[0..<m])
      if multiplicative {
        for k in 1..<m { seasonal[k] = max(seasonal[k], 0.01) }
        let rest = seasonal[1...].reduce(0, +)
        if rest > Double(m) {
          let total = seasonal[1...].reduce(0) { $0 + $1 + 0.01 }
          for k in 1..<m { seasonal[k] /= total }
        }
        seasonal[0] = max(Double(m) - seasonal[1...].reduce(0, +), 0.01)
        for t in 0..<n { adjusted[t] = y[t] / max(component[t], 0.01) }
      } else {
        seasonal[0] = -seasonal[1...].reduce(0, +)
        for t in 0..<n { adjusted[t] = y[t] - component[t] }
      }
    }
    let count = min(max(10, 2 * period), n)
    var level = 0.0
    var trend = 0.0
    if model.hasTrend {
      let line = leastSquaresLine(adjusted, count: count)
      level = line.intercept
      trend = line.slope
      if abs(level + trend) < 1e-8 {
        level *= 1 + 1e-3
        trend *= 1 - 1e-3
      }
    } else {
      level = adjusted[0..<count].reduce(0, +) / Double(count)
    }
    return ETSParameters(
      alpha: 0, beta: 0, gamma: 0, phi: 1, level: level, trend: trend, seasonal: seasonal)
  }

  /// The seasonal component of `y` at every t (see `estimate`): the classical decomposition's figure
  /// when n ≥ 3m, y relative to the line of a trend-plus-first-harmonic fit when m < n < 3m; `nil` when
  /// that fit fails or (multiplicative) its line reaches zero.
  static func seasonalComponent(_ y: [Double], m: Int, multiplicative: Bool) -> [Double]? {
    let n = y.count
    if n >= 3 * m {
      guard
        let decomposition = ClassicalDecomposition(
          y, period: m, kind: multiplicative ? .multiplicative : .additive)
      else { return nil }
      return (0..<n).map { decomposition.seasonal(at: $0) }
    }
    // The sine of the first harmonic is identically zero when m = 2 and is left out then.
    let withSine = m > 2
    let columns = withSine ? 4 : 3
    guard n > columns else { return nil }
    var design = [Double](repeating: 1, count: n * columns)
    for t in 0..<n {
      let angle = 2 * Double.pi * Double(t + 1) / Double(m)
      design[n + t] = Double(t + 1)
      design[2 * n + t] = cos(angle)
      if withSine { design[3 * n + t] = sin(angle) }
    }
    guard
      let coefficients = try? leastSquares(
        Matrix(rows: n, columns: columns, storage: design), Matrix(rows: n, columns: 1, storage: y))
    else { return nil }
    let intercept = coefficients[0, 0]
    let slope = coefficients[1, 0]
    var component = [Double](repeating: 0, count: n)
    for t in 0..<n {
      let line = intercept + slope * Double(t + 1)
      if multiplicative {
        guard line != 0 else { return nil }
        component[t] = y[t] / line
      } else {
        component[t] = y[t] - line
      }
    }
    return component
  }

  /// Intercept and slope of the least-squares line through (t, y[t−1]), t = 1…count.
  static func leastSquaresLine(_ y: [Double], count: Int) -> (intercept: Double, slope: Double) {
    let n = Double(count)
    let meanT = (n + 1) / 2
    var meanY = 0.0
    for t in 0..<count { meanY += y[t] }
    meanY /= n
    var sxy = 0.0
    var sxx = 0.0
    for t in 0..<count {
      let dt = Double(t + 1) - meanT
      sxy += dt * (y[t] - meanY)
      sxx += dt * dt
    }
    let slope = sxx > 0 ? sxy / sxx : 0
    return (meanY - slope * meanT, slope)
  }

  /// `y` with each missing value (NaN) filled: with m ≥ 2, by the mean of the observed values of the
  /// same season a year before and after (t ± m), so that the seasonal pattern the decomposition sees
  /// is not flattened; otherwise (or without either) by linear interpolation between the nearest
  /// observed values before and after it, the nearest one alone at either end. `y` itself when nothing
  /// is missing, `nil` when nothing is observed.
  static func filled(_ y: [Double], m: Int) -> [Double]? {
    guard y.contains(where: \.isNaN) else { return y }
    let observed = y.indices.filter { !y[$0].isNaN }
    guard let first = observed.first, let last = observed.last else { return nil }
    var result = y
    for t in 0..<first { result[t] = y[first] }
    for t in (last + 1)..<y.count { result[t] = y[last] }
    for (a, b) in zip(observed, observed.dropFirst()) where b > a + 1 {
      for t in (a + 1)..<b {
        result[t] = y[a] + (y[b] - y[a]) * Double(t - a) / Double(b - a)
      }
    }
    guard m >= 2 else { return result }
    for t in y.indices where y[t].isNaN {
      let neighbours = [t - m, t + m].filter { y.indices.contains($0) && !y[$0].isNaN }.map { y[$0] }
      if !neighbours.isEmpty { result[t] = neighbours.reduce(0, +) / Double(neighbours.count) }
    }
    return result
  }
}
