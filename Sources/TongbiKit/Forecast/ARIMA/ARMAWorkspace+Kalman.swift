import Foundation

/// The sums a pass of the Kalman filter or the conditional recursion leaves, from which the mean and the
/// innovation variance are profiled out.
struct ARMASums {
  /// Σ vₜ²/Fₜ, Σ vₜuₜ/Fₜ, Σ uₜ²/Fₜ: innovations v of the data and u of the constant series 1.
  var dataData = 0.0
  var dataUnit = 0.0
  var unitUnit = 0.0
  /// Σ log Fₜ (0 for the conditional sum of squares).
  var logDeterminant = 0.0
  /// Number of innovations.
  var count = 0

  /// The generalised-least-squares mean μ̂ = Σvu/F ÷ Σu²/F when `withMean`, else 0.
  func mean(withMean: Bool) -> Double {
    withMean && unitUnit > 0 ? dataUnit / unitUnit : 0
  }
}

extension ARMAWorkspace {
  /// The exact Gaussian likelihood of the differenced series `w` under the current coefficients, by the
  /// Kalman filter on the state xₜ = (ŵₜ|ₜ₋₁, ŵₜ₊₁|ₜ₋₁, …) of Akaike's Markovian representation:
  /// xₜ₊₁ = T xₜ + gₜ vₜ / Fₜ with T the companion of φ', wₜ = xₜ[0] + vₜ, innovation variance
  /// Fₜ = Pₜ[0][0] and gₜ = T Pₜ e₀. The filter starts from the stationary covariance P₀ = Σ, whose first
  /// column is the autocovariances (Σ[i][0] = γ(i)), and the covariance is never formed: its changes
  /// ΔPₜ = Pₜ₊₁ − Pₜ = Mₜ Wₜ Wₜᵀ have rank one, so the Chandrasekhar recursions (Morf, Sidhu & Kailath
  /// 1974; Herbst 2015) update F, g, M and W in O(r) a step:
  ///
  ///     F₀ = γ(0), g₀ = T γ, W₀ = g₀, M₀ = −1/F₀, and with c = Wₜ[0]:
  ///     Fₜ₊₁ = Fₜ + Mₜc²,  gₜ₊₁ = gₜ + Mₜc·T Wₜ,  Mₜ₊₁ = Mₜ + Mₜ²c²/Fₜ,  Wₜ₊₁ = T Wₜ − gₜ₊₁ c/Fₜ₊₁.
  ///
  /// The constant series 1 is filtered alongside when the order has a constant, so the mean is profiled
  /// out exactly (the innovations are linear in it). `nil` when the coefficients give no valid variance.
  /// When `recording`, the standardised innovations vₜ/√Fₜ and uₜ/√Fₜ are kept in `residuals` and
  /// `unitResiduals`.
  func exactLikelihood(_ w: UnsafeBufferPointer<Double>, recording: Bool = false) -> ARMASums? {
    guard autocovariances() else { return nil }
    let r = stateCount
    for i in 0..<r { direction[i] = gamma[i] }
    transition(direction)
    for i in 0..<r { gain[i] = direction[i] }
    var F = gamma[0]
    var M = -1 / F
    state.update(repeating: 0, count: r)
    unitState.update(repeating: 0, count: r)
    var sums = ARMASums()
    let last = r - 1
    let withMean = order.constant
    for t in 0..<w.count {
      guard F > 0, F.isFinite else { return nil }
      let v = w[t] - state[0]
      let u = withMean ? 1 - unitState[0] : 0
      sums.logDeterminant += log(F)
      sums.dataData += v * v / F
      sums.dataUnit += v * u / F
      sums.unitUnit += u * u / F
      let scaledV = v / F
      let scaledU = u / F
      if recording {
        let root = F.squareRoot()
        residuals[t] = v / root
        unitResiduals[t] = u / root
      }
      let c = direction[0]
      let nextF = F + M * c * c
      let step = M * c
      var lastState = 0.0
      var lastUnit = 0.0
      var lastDirection = 0.0
      for l in 0..<arLagCount {
        let k = arLags[l]
        let phi = ar[k - 1]
        lastState += phi * state[r - k]
        lastUnit += phi * unitState[r - k]
        lastDirection += phi * direction[r - k]
      }
      if withMean {
        for i in 0..<last { unitState[i] = unitState[i + 1] + gain[i] * scaledU }
        unitState[last] = lastUnit + gain[last] * scaledU
      }
      for i in 0..<last {
        state[i] = state[i + 1] + gain[i] * scaledV
        let moved = direction[i + 1]
        gain[i] += step * moved
        direction[i] = moved - gain[i] * c / nextF
      }
      state[last] = lastState + gain[last] * scaledV
      gain[last] += step * lastDirection
      direction[last] = lastDirection - gain[last] * c / nextF
      M += step * step / F
      F = nextF
    }
    sums.count = w.count
    return sums
  }

  /// x ← T x for the companion T of φ': (Tx)ᵢ = xᵢ₊₁ for i < r − 1, (Tx)ᵣ₋₁ = Σₖ φ'ₖ xᵣ₋ₖ.
  func transition(_ x: UnsafeMutablePointer<Double>) {
    let r = stateCount
    var last = 0.0
    for l in 0..<arLagCount {
      let k = arLags[l]
      last += ar[k - 1] * x[r - k]
    }
    for i in 0..<(r - 1) { x[i] = x[i + 1] }
    x[r - 1] = last
  }
}

extension ARMAWorkspace {
  /// The residuals whose sum of squares is the exact criterion: rₜ = (vₜ − μ̂uₜ)/√Fₜ · (Π Fₜ)^{1/(2n)},
  /// so Σ rₜ² = S · (Π Fₜ)^{1/n} and −2 log L = n log(Σ rₜ² / n) + constant. False when the
  /// coefficients give no valid variance.
  func exactResiduals(_ w: UnsafeBufferPointer<Double>, into out: UnsafeMutableBufferPointer<Double>) -> Bool
  {
    guard let sums = exactLikelihood(w, recording: true), sums.count > 0 else { return false }
    let mean = sums.mean(withMean: order.constant)
    let scale = exp(0.5 * sums.logDeterminant / Double(sums.count))
    guard scale.isFinite, scale > 0 else { return false }
    for t in 0..<sums.count { out[t] = (residuals[t] - mean * unitResiduals[t]) * scale }
    return true
  }

  /// Σ (rₜ − μ̂uₜ)² over the `count` recorded residuals from index `first` (the standardised innovations
  /// of a recording `exactLikelihood`, or the residuals of `conditionalSumOfSquares` from p'): the
  /// profiled sum of squares summed term by term, which keeps its precision where Σr² − μ̂Σru would
  /// cancel (a level large against the noise).
  func profiledSumOfSquares(count: Int, first: Int, mean: Double) -> Double {
    var sum = 0.0
    for t in first..<(first + count) {
      let r = residuals[t] - mean * unitResiduals[t]
      sum += r * r
    }
    return sum
  }

  /// The conditional residuals eₜ − μ̂gₜ, t = p'…n−1, whose sum of squares is the CSS criterion.
  func conditionalResiduals(_ w: UnsafeBufferPointer<Double>, into out: UnsafeMutableBufferPointer<Double>)
    -> Bool
  {
    let sums = conditionalSumOfSquares(w)
    guard sums.count > 0 else { return false }
    let mean = sums.mean(withMean: order.constant)
    for t in 0..<sums.count { out[t] = residuals[arCount + t] - mean * unitResiduals[arCount + t] }
    return true
  }
}
