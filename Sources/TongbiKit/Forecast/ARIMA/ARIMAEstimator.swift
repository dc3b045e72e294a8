import Foundation
import LinearAlgebra

/// How an ARIMA model's coefficients are estimated (R's `arima` `method`).
public enum ARIMAEstimation: Sendable {
  /// Minimise the conditional sum of squares.
  case conditionalSumOfSquares
  /// Minimise the conditional sum of squares, then maximise the exact likelihood from there (R's
  /// default `CSS-ML`).
  case exact
}

/// Fits ARIMA models of given orders.
///
/// The series is differenced, (1−B)ᵈ(1−Bᵐ)ᴰ yₜ = wₜ, and an ARMA model with mean (when the order has a
/// constant) is fitted to w. The mean is profiled out exactly (generalised least squares inside every
/// evaluation), and so is σ²; the p + q + P + Q coefficients are searched over unconstrained values
/// mapped to stationary AR and invertible MA polynomials (`ARMAPolynomials.stationary`), by
/// Levenberg–Marquardt: first the conditional sum of squares from
/// zero, then the exact criterion from there (R's `CSS-ML`), or from zero when the conditional
/// estimates have a unit root (where R's `CSS-ML` stops with "non-stationary AR part from CSS"). The
/// exact likelihood comes from `ARMAWorkspace.exactLikelihood`.
public enum ARIMAEstimator {
  /// The fit of `order` to `y`, or `nil` when the series is too short for it (n − d − mD ≤ k + 1 with k
  /// the parameter count) or no valid coefficients were found. The exact search stops when a step
  /// lowers the criterion by less than 10⁻⁷ of it or after 25 steps, or at 10⁻¹⁰ and 100 steps when
  /// `thorough` (the default; `AutoARIMA`'s search and `auto`'s holdout use the former). The
  /// conditional search stops at 10⁻⁶ or 25 steps.
  public static func fit(
    _ y: [Double], order: ARIMAOrder, estimation: ARIMAEstimation = .exact, thorough: Bool = true
  ) -> ARIMAFit? {
    let scale = powerOfTwoScale(y)
    return fitScaled(
      scale == 1 ? y : y.map { $0 / scale }, order: order, estimation: estimation, thorough: thorough)?
      .scaled(by: scale)
  }

  /// The power of two nearest below the largest |yₜ| (1 when there is none): dividing by it is exact in
  /// floating point, so the estimates do not depend on the data's units (bit for bit), and values near
  /// the limits of `Double` (10±³⁰⁰) are fitted without their squares overflowing or vanishing.
  static func powerOfTwoScale(_ y: [Double]) -> Double {
    let largest = y.reduce(0.0) { max($0, abs($1)) }
    guard largest.isNormal else { return 1 }
    return Double(sign: .plus, exponent: largest.exponent, significand: 1)
  }

  /// `fit` on data already scaled.
  static func fitScaled(
    _ y: [Double], order: ARIMAOrder, estimation: ARIMAEstimation, thorough: Bool
  ) -> ARIMAFit? {
    let w = difference(y, order: order)
    let parameterCount = order.coefficientCount + 1
    guard w.count > parameterCount + 1, order.period >= 1 else { return nil }
    let workspace = ARMAWorkspace(order: order, length: w.count)
    return w.withUnsafeBufferPointer { data -> ARIMAFit? in
      var parameters = [Double](repeating: 0, count: order.armaCount)
      if order.armaCount > 0 {
        let optimizer = LevenbergMarquardt(capacity: order.armaCount, residualCapacity: data.count)
        var conditional = ARMAResiduals(workspace: workspace, data: data, exact: false)
        var exact = ARMAResiduals(workspace: workspace, data: data, exact: true)
        parameters.withUnsafeMutableBufferPointer { x in
          let (tolerance, iterations) = thorough ? (1e-10, 100) : (1e-7, 25)
          optimizer.minimize(&conditional, x: x, tolerance: 1e-6, maximumIterations: 25)
          guard estimation == .exact else { return }
          if !optimizer.minimize(&exact, x: x, tolerance: tolerance, maximumIterations: iterations).value
            .isFinite
          {
            x.update(repeating: 0)
            optimizer.minimize(&exact, x: x, tolerance: tolerance, maximumIterations: iterations)
          }
        }
      }
      let coefficients = workspace.coefficients(parameters)
      return result(workspace, data: data, coefficients: coefficients, y: y, exact: estimation == .exact)
    }
  }

  /// The model `order` for `y` at given coefficients (φ₁…φₚ, θ₁…θ_q, Φ₁…Φ_P, Θ₁…Θ_Q, R's order), the
  /// mean profiled out and σ² at its maximum-likelihood value: the exact likelihood there, and forecasts
  /// from it. `nil` when the series is too short or the AR part is not stationary.
  public static func evaluate(_ y: [Double], order: ARIMAOrder, coefficients: [Double]) -> ARIMAFit? {
    let scale = powerOfTwoScale(y)
    let scaled = scale == 1 ? y : y.map { $0 / scale }
    let w = difference(scaled, order: order)
    guard !w.isEmpty, coefficients.count == order.armaCount else { return nil }
    let workspace = ARMAWorkspace(order: order, length: w.count)
    workspace.setCoefficients(coefficients)
    return w.withUnsafeBufferPointer {
      result(workspace, data: $0, coefficients: coefficients, y: scaled, exact: true)?.scaled(by: scale)
    }
  }

  /// The differenced series (1−B)ᵈ(1−Bᵐ)ᴰ y: seasonal differences first, then ordinary ones.
  static func difference(_ y: [Double], order: ARIMAOrder) -> [Double] {
    guard y.count > order.differencingLoss else { return [] }
    var w = y
    for _ in 0..<order.seasonalD { w = w.lagDifferences(order.period) }
    for _ in 0..<order.d { w = w.lagDifferences(1) }
    return w
  }

  /// The fit at the workspace's current coefficients (`coefficients` in R's order).
  static func result(
    _ workspace: ARMAWorkspace, data: UnsafeBufferPointer<Double>, coefficients: [Double], y: [Double],
    exact: Bool
  ) -> ARIMAFit? {
    let order = workspace.order
    let n = Double(data.count)
    guard let filtered = workspace.exactLikelihood(data, recording: exact) else { return nil }
    let sums = exact ? filtered : workspace.conditionalSumOfSquares(data)
    let mean = sums.mean(withMean: order.constant)
    let sumOfSquares = workspace.profiledSumOfSquares(
      count: sums.count, first: exact ? 0 : workspace.arCount, mean: mean)
    guard sumOfSquares > 0, sumOfSquares.isFinite, sums.count > 0 else { return nil }
    let sigma2 = sumOfSquares / Double(sums.count)
    let logDeterminant = exact ? filtered.logDeterminant : 0
    let logLikelihood = -0.5 * (n * (log(2 * Double.pi * sigma2) + 1) + logDeterminant)
    let p = order.p
    let q = order.q
    let bigP = order.seasonalP
    let r = workspace.stateCount
    let state = (0..<r).map { workspace.state[$0] - mean * workspace.unitState[$0] }
    return ARIMAFit(
      order: order,
      ar: Array(coefficients[0..<p]), ma: Array(coefficients[p..<(p + q)]),
      seasonalAR: Array(coefficients[(p + q)..<(p + q + bigP)]),
      seasonalMA: Array(coefficients[(p + q + bigP)...]),
      differencedMean: mean, sigma2: sigma2, logLikelihood: logLikelihood, observations: Int(n),
      exact: exact, finalState: state, lastObservations: Array(y.suffix(order.differencingLoss)))
  }
}

/// The residuals Levenberg–Marquardt minimises: the exact ones (`ARMAWorkspace.exactResiduals`, whose
/// sum of squares is R's `armafn` criterion up to a monotone transformation) or the conditional ones
/// (R's `armaCSS`).
struct ARMAResiduals: ResidualObjective {
  let workspace: ARMAWorkspace
  let data: UnsafeBufferPointer<Double>
  let exact: Bool

  var residualCount: Int { exact ? data.count : max(0, data.count - workspace.arCount) }

  mutating func residuals(_ x: UnsafeBufferPointer<Double>, into out: UnsafeMutableBufferPointer<Double>)
    -> Bool
  {
    workspace.setParameters(x)
    return exact ? workspace.exactResiduals(data, into: out) : workspace.conditionalResiduals(data, into: out)
  }
}
