import LinearAlgebra

/// Buffers for evaluating the likelihood of one ARIMA order on one differenced series, allocated once
/// per order: the optimiser's many evaluations allocate nothing. Not safe to share between concurrent
/// tasks.
///
/// Parameters are unconstrained values in R's order (p non-seasonal AR, q MA, P seasonal AR, Q seasonal
/// MA), mapped to stationary AR and invertible MA polynomials by `ARMAPolynomials.stationary` (MA
/// coefficients θ = −φ of the mapped values), then expanded to φ'(B) = φ(B)Φ(Bᵐ) and θ'(B) = θ(B)Θ(Bᵐ).
final class ARMAWorkspace {
  /// The order evaluated.
  let order: ARIMAOrder
  /// Expanded AR lags p' = p + mP.
  let arCount: Int
  /// Expanded MA lags q' = q + mQ.
  let maCount: Int
  /// State dimension r = max(p', q' + 1).
  let stateCount: Int
  /// φ'₁…φ'ₚ' of the current parameters.
  let ar: UnsafeMutablePointer<Double>
  /// θ'₁…θ'_q' of the current parameters.
  let ma: UnsafeMutablePointer<Double>
  /// The lags k (1-based) with φ'ₖ ≠ 0 and their count.
  let arLags: UnsafeMutablePointer<Int>
  var arLagCount = 0
  /// The lags k (1-based) with θ'ₖ ≠ 0 and their count.
  let maLags: UnsafeMutablePointer<Int>
  var maLagCount = 0
  /// ψ₀…ψ_q' of θ'(B)/φ'(B).
  let psi: UnsafeMutablePointer<Double>
  /// Autocovariances γ(0)…γ(r−1) of the ARMA process with unit innovation variance.
  let gamma: UnsafeMutablePointer<Double>
  /// The direction W of the rank-one change of the state covariance (Chandrasekhar recursions).
  let direction: UnsafeMutablePointer<Double>
  /// The gain g = T P e₀, the state of the data and the state of the constant series 1 (for the mean).
  let gain: UnsafeMutablePointer<Double>
  let state: UnsafeMutablePointer<Double>
  let unitState: UnsafeMutablePointer<Double>
  /// Scratch for the polynomial maps, the autocovariance system and the conditional residuals.
  let scratch: UnsafeMutablePointer<Double>
  let system: UnsafeMutablePointer<Double>
  let systemRHS: UnsafeMutablePointer<Double>
  let residuals: UnsafeMutablePointer<Double>
  let unitResiduals: UnsafeMutablePointer<Double>
  let residualCapacity: Int
  let solver: LinearSystemWorkspace

  /// Creates buffers for `order` and differenced series of up to `length` values.
  init(order: ARIMAOrder, length: Int) {
    self.order = order
    arCount = order.expandedAR
    maCount = order.expandedMA
    stateCount = max(arCount, maCount + 1)
    let r = stateCount
    ar = .allocate(capacity: max(1, arCount))
    ma = .allocate(capacity: max(1, maCount))
    arLags = .allocate(capacity: max(1, arCount))
    maLags = .allocate(capacity: max(1, maCount))
    psi = .allocate(capacity: r)
    gamma = .allocate(capacity: r)
    direction = .allocate(capacity: r)
    gain = .allocate(capacity: r)
    state = .allocate(capacity: r)
    unitState = .allocate(capacity: r)
    scratch = .allocate(capacity: 4 * max(1, order.armaCount))
    system = .allocate(capacity: (arCount + 1) * (arCount + 1))
    systemRHS = .allocate(capacity: arCount + 1)
    residualCapacity = max(1, length)
    residuals = .allocate(capacity: residualCapacity)
    unitResiduals = .allocate(capacity: residualCapacity)
    solver = LinearSystemWorkspace(capacity: arCount + 1)
  }

  deinit {
    for buffer in [
      ar, ma, psi, gamma, direction, gain, state, unitState, scratch, system, systemRHS,
      residuals, unitResiduals,
    ] {
      buffer.deallocate()
    }
    arLags.deallocate()
    maLags.deallocate()
  }

  /// Sets φ' and θ' from the unconstrained parameters (`order.armaCount` values).
  func setParameters(_ parameters: UnsafeBufferPointer<Double>) {
    let p = order.p
    let q = order.q
    let bigP = order.seasonalP
    let bigQ = order.seasonalQ
    let polynomials = scratch
    let work = scratch + 2 * max(1, order.armaCount)
    guard let base = parameters.baseAddress else { return }
    ARMAPolynomials.stationary(UnsafeBufferPointer(start: base, count: p), into: polynomials, work: work)
    ARMAPolynomials.stationary(
      UnsafeBufferPointer(start: base + p, count: q), into: polynomials + p, work: work)
    ARMAPolynomials.stationary(
      UnsafeBufferPointer(start: base + p + q, count: bigP), into: polynomials + p + q, work: work)
    ARMAPolynomials.stationary(
      UnsafeBufferPointer(start: base + p + q + bigP, count: bigQ), into: polynomials + p + q + bigP,
      work: work)
    for i in 0..<q { polynomials[p + i] = -polynomials[p + i] }
    for i in 0..<bigQ { polynomials[p + q + bigP + i] = -polynomials[p + q + bigP + i] }
    setPolynomials(
      ar: UnsafeBufferPointer(start: polynomials, count: p),
      ma: UnsafeBufferPointer(start: polynomials + p, count: q),
      seasonalAR: UnsafeBufferPointer(start: polynomials + p + q, count: bigP),
      seasonalMA: UnsafeBufferPointer(start: polynomials + p + q + bigP, count: bigQ))
  }

  /// Sets φ' and θ' from the coefficients of the four polynomials in R's order (AR, MA, seasonal AR,
  /// seasonal MA).
  func setCoefficients(_ coefficients: [Double]) {
    let (p, q, bigP) = (order.p, order.q, order.seasonalP)
    coefficients.withUnsafeBufferPointer { c in
      guard let base = c.baseAddress else {
        setPolynomials(ar: c, ma: c, seasonalAR: c, seasonalMA: c)
        return
      }
      setPolynomials(
        ar: UnsafeBufferPointer(start: base, count: p), ma: UnsafeBufferPointer(start: base + p, count: q),
        seasonalAR: UnsafeBufferPointer(start: base + p + q, count: bigP),
        seasonalMA: UnsafeBufferPointer(start: base + p + q + bigP, count: order.seasonalQ))
    }
  }

  /// Sets φ' and θ' from the coefficients of the four polynomials.
  func setPolynomials(
    ar phi: UnsafeBufferPointer<Double>, ma theta: UnsafeBufferPointer<Double>,
    seasonalAR: UnsafeBufferPointer<Double>, seasonalMA: UnsafeBufferPointer<Double>
  ) {
    ARMAPolynomials.expand(.autoregressive, phi, seasonalAR, period: order.period, into: ar)
    ARMAPolynomials.expand(.movingAverage, theta, seasonalMA, period: order.period, into: ma)
    arLagCount = 0
    for k in 0..<arCount where ar[k] != 0 {
      arLags[arLagCount] = k + 1
      arLagCount += 1
    }
    maLagCount = 0
    for k in 0..<maCount where ma[k] != 0 {
      maLags[maLagCount] = k + 1
      maLagCount += 1
    }
  }

  /// The coefficients of the four polynomials (AR, MA, seasonal AR, seasonal MA, in that order) for
  /// the unconstrained parameters.
  func coefficients(_ parameters: [Double]) -> [Double] {
    parameters.withUnsafeBufferPointer { setParameters($0) }
    return Array(UnsafeBufferPointer(start: scratch, count: order.armaCount))
  }
}
