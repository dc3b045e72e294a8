extension ARMAWorkspace {
  /// The conditional sums of squares of the differenced series `w` under the current coefficients
  /// (R's `CSS`): residuals eₜ = wₜ − Σ φ'ₖ wₜ₋ₖ − Σ θ'ₖ eₜ₋ₖ for t ≥ p', with eₜ = 0 before, and the
  /// same recursion on the constant series 1 when the model has a mean, so the mean is profiled out.
  /// Every innovation has F = 1.
  func conditionalSumOfSquares(_ w: UnsafeBufferPointer<Double>) -> ARMASums {
    let n = min(w.count, residualCapacity)
    let start = arCount
    var sums = ARMASums()
    guard n > start else { return sums }
    let withMean = order.constant
    for t in start..<n {
      var e = w[t]
      var g = withMean ? 1.0 : 0
      for l in 0..<arLagCount {
        let k = arLags[l]
        e -= ar[k - 1] * w[t - k]
        if withMean { g -= ar[k - 1] }
      }
      for l in 0..<maLagCount {
        let k = maLags[l]
        guard t - k >= start else { continue }
        e -= ma[k - 1] * residuals[t - k]
        if withMean { g -= ma[k - 1] * unitResiduals[t - k] }
      }
      residuals[t] = e
      unitResiduals[t] = g
      sums.dataData += e * e
      sums.dataUnit += e * g
      sums.unitUnit += g * g
    }
    sums.count = n - start
    return sums
  }
}
