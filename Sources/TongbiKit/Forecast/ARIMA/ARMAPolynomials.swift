import Foundation

/// Polynomial algebra of ARMA models. Autoregressive polynomials are written 1 − Σ φₖ Bᵏ and
/// moving-average ones 1 + Σ θₖ Bᵏ; the arrays hold the coefficients φ₁…φₚ (θ₁…θ_q) without the 1.
enum ARMAPolynomials {
  /// Which kind of polynomial is expanded: the sign of its terms after the 1.
  enum Kind {
    /// 1 − Σ cₖBᵏ.
    case autoregressive
    /// 1 + Σ cₖBᵏ.
    case movingAverage
  }

  /// The coefficients of the product of a polynomial in B with one in Bᵐ: for AR,
  /// (1 − Σφᵢ Bⁱ)(1 − ΣΦⱼ Bᵐʲ) = 1 − Σ φ'ₖ Bᵏ with φ'ᵢ = φᵢ, φ'ₘⱼ += Φⱼ, φ'ₘⱼ₊ᵢ −= φᵢΦⱼ; for MA,
  /// (1 + Σθᵢ Bⁱ)(1 + ΣΘⱼ Bᵐʲ) = 1 + Σ θ'ₖ Bᵏ with θ'ₘⱼ₊ᵢ += θᵢΘⱼ. Writes count + m·seasonal.count
  /// values into `out`.
  static func expand(
    _ kind: Kind, _ coefficients: UnsafeBufferPointer<Double>, _ seasonal: UnsafeBufferPointer<Double>,
    period m: Int, into out: UnsafeMutablePointer<Double>
  ) {
    let cross = kind == .autoregressive ? -1.0 : 1.0
    out.update(repeating: 0, count: coefficients.count + m * seasonal.count)
    for i in coefficients.indices { out[i] = coefficients[i] }
    for j in seasonal.indices {
      let lag = m * (j + 1)
      out[lag - 1] += seasonal[j]
      for i in coefficients.indices { out[lag + i] += cross * coefficients[i] * seasonal[j] }
    }
  }

  /// Maps unconstrained values u₁…uₚ to the coefficients of a stationary AR(p) polynomial (Jones 1980,
  /// as R's `arima` does with `transform.pars`): partial autocorrelations πₖ = tanh(uₖ) ∈ (−1, 1), then
  /// the Durbin–Levinson recursion φ⁽ᵏ⁾ⱼ = φ⁽ᵏ⁻¹⁾ⱼ − πₖ φ⁽ᵏ⁻¹⁾ₖ₋ⱼ, φ⁽ᵏ⁾ₖ = πₖ. Every stationary AR
  /// polynomial is reached, and only those. `work` holds at least p values.
  static func stationary(
    _ u: UnsafeBufferPointer<Double>, into out: UnsafeMutablePointer<Double>,
    work: UnsafeMutablePointer<Double>
  ) {
    let p = u.count
    for j in 0..<p { out[j] = tanh(u[j]) }
    guard p > 1 else { return }
    for j in 1..<p {
      let a = out[j]
      for k in 0..<j { work[k] = out[k] - a * out[j - k - 1] }
      for k in 0..<j { out[k] = work[k] }
    }
  }

  /// The ψ-weights of θ(B)/φ(B) = Σ ψⱼ Bʲ, ψ₀ = 1, ψⱼ = θⱼ + Σ_{k=1}^{min(j,p)} φₖ ψⱼ₋ₖ (θⱼ = 0 for
  /// j > q), for j = 0…count−1.
  static func psiWeights(
    ar phi: UnsafeBufferPointer<Double>, ma theta: UnsafeBufferPointer<Double>, count: Int,
    into psi: UnsafeMutablePointer<Double>
  ) {
    for j in 0..<count {
      var value = j == 0 ? 1 : (j <= theta.count ? theta[j - 1] : 0)
      for k in stride(from: 1, through: min(j, phi.count), by: 1) { value += phi[k - 1] * psi[j - k] }
      psi[j] = value
    }
  }

  /// The differencing operator (1 − B)ᵈ(1 − Bᵐ)ᴰ written as 1 − Σ δₖ Bᵏ: the returned array holds
  /// δ₁…δ_{d+mD}, so that yₜ = wₜ + Σ δₖ yₜ₋ₖ undoes the differencing.
  static func differencing(d: Int, seasonalD: Int, period m: Int) -> [Double] {
    let seasonal = [Double](repeating: 0, count: max(0, m - 1)) + [1]
    var delta: [Double] = []
    for _ in 0..<d { delta = multiply(delta, [1]) }
    for _ in 0..<seasonalD { delta = multiply(delta, seasonal) }
    return delta
  }

  /// The AR coefficients of (1 − Σ aₖBᵏ)(1 − Σ bₖBᵏ) = 1 − Σ cₖBᵏ: cₖ = aₖ + bₖ − Σ aᵢbₖ₋ᵢ.
  static func multiply(_ a: [Double], _ b: [Double]) -> [Double] {
    var c = [Double](repeating: 0, count: a.count + b.count)
    for (i, value) in a.enumerated() { c[i] += value }
    for (j, value) in b.enumerated() { c[j] += value }
    for (i, ai) in a.enumerated() {
      for (j, bj) in b.enumerated() { c[i + j + 1] -= ai * bj }
    }
    return c
  }
}
