extension ETSEstimator {
  /// The fit of `model` with the given smoothing parameters and initial states (no estimation):
  /// runs the recursion over `y` (NaN: a missing value, see `ETSKernel.run`) to get the criterion, σ²
  /// and the final states. `parameters.seasonal`
  /// holds m initial indices by cycle position (see `ETSParameters`). σ² is NaN when there are no more
  /// observed values than parameters other than σ². Returns `nil` when the model does not fit the shape
  /// of `parameters`, no value is observed, or the recursion fails (a zero multiplicative forecast).
  public func evaluate(_ y: [Double], model: ETSModel, parameters: ETSParameters) -> ETSFit? {
    let m = model.hasSeason ? seasonLength : 1
    guard !model.hasSeason || parameters.seasonal.count == m else { return nil }
    var ring = model.hasSeason ? parameters.seasonal : [0]
    let stateCount = 1 + (model.hasTrend ? 1 : 0) + (model.hasSeason ? m - 1 : 0)
    let smoothingCount =
      1 + (model.hasTrend ? 1 : 0) + (model.hasSeason ? 1 : 0) + (model.trend == .damped ? 1 : 0)
    let parameterCount = smoothingCount + stateCount + 1
    guard y.contains(where: { !$0.isNaN }) else { return nil }
    return ring.withUnsafeMutableBufferPointer { buffer -> ETSFit? in
      guard let base = buffer.baseAddress else { return nil }
      var state = ETSKernel.State(level: parameters.level, trend: parameters.trend, seasonal: base, m: m)
      let phi = model.trend == .damped ? parameters.phi : 1
      let result = y.withUnsafeBufferPointer { values in
        ETSKernel.run(
          values, state: &state, model: model, alpha: parameters.alpha, beta: parameters.beta,
          gamma: parameters.gamma, phi: phi, hasGaps: y.contains(where: \.isNaN))
      }
      guard result.criterion.isFinite else { return nil }
      var used = parameters
      used.phi = phi
      return ETSFit(
        model: model, parameters: used, seasonLength: m, length: y.count, observationCount: result.observed,
        parameterCount: parameterCount, criterion: result.criterion,
        sigma2: result.observed >= parameterCount
          ? result.sse / Double(result.observed - parameterCount + 1) : .nan, finalLevel: state.level,
        finalTrend: state.trend, finalSeasonal: model.hasSeason ? Array(buffer) : [])
    }
  }
}
