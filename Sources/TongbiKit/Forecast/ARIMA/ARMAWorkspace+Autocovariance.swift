extension ARMAWorkspace {
  /// Fills `psi` with ψ₀…ψ_q' and `gamma` with the autocovariances γ(0)…γ(r−1) of the stationary
  /// ARMA process φ'(B)xₜ = θ'(B)εₜ with Var εₜ = 1 (Brockwell & Davis 1991, §3.3): with
  /// cₖ = Σ_{j=k}^{q'} θ'ⱼψⱼ₋ₖ (θ'₀ = 1), the p' + 1 equations γ(k) − Σⱼ φ'ⱼ γ(|k−j|) = cₖ, k = 0…p', are
  /// solved by LAPACK `dgesv`, then γ(k) = Σⱼ φ'ⱼ γ(k−j) + cₖ for k > p'. Returns false when the system
  /// is singular (a unit root) or the variance is not positive and finite.
  func autocovariances() -> Bool {
    let r = stateCount
    let p = arCount
    let q = maCount
    ARMAPolynomials.psiWeights(
      ar: UnsafeBufferPointer(start: ar, count: p), ma: UnsafeBufferPointer(start: ma, count: q),
      count: q + 1,
      into: psi)
    func c(_ k: Int) -> Double {
      guard k <= q else { return 0 }
      var sum = k == 0 ? psi[0] : 0
      for l in 0..<maLagCount where maLags[l] >= k {
        let j = maLags[l]
        sum += ma[j - 1] * psi[j - k]
      }
      return sum
    }
    if p == 0 {
      for k in 0..<r { gamma[k] = c(k) }
    } else {
      let size = p + 1
      system.update(repeating: 0, count: size * size)
      for k in 0...p {
        system[k + k * size] += 1
        for j in 1...p { system[k + abs(k - j) * size] -= ar[j - 1] }
        systemRHS[k] = c(k)
      }
      do {
        try solver.solve(
          UnsafeBufferPointer(start: system, count: size * size),
          UnsafeMutableBufferPointer(start: systemRHS, count: size))
      } catch {
        return false
      }
      for k in 0..<min(r, size) { gamma[k] = systemRHS[k] }
      if r > size {
        for k in size..<r {
          var sum = c(k)
          for j in 1...p { sum += ar[j - 1] * gamma[k - j] }
          gamma[k] = sum
        }
      }
    }
    return gamma[0] > 0 && gamma[0].isFinite
  }
}
