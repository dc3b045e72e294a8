import LinearAlgebra

/// A least-squares objective for `LevenbergMarquardt`: the residuals r(x) ∈ ℝⁿ at a point x ∈ ℝᵏ.
package protocol ResidualObjective {
  /// n, the number of residuals (the same at every point).
  var residualCount: Int { get }
  /// Writes r(x) into `residuals`; false when x is outside the feasible region.
  mutating func residuals(
    _ x: UnsafeBufferPointer<Double>, into residuals: UnsafeMutableBufferPointer<Double>
  )
    -> Bool
}

/// The Levenberg–Marquardt minimiser of S(x) = Σ rᵢ(x)² (Marquardt 1963): the Jacobian by forward
/// differences (hⱼ = 10⁻⁷ max(1, |xⱼ|)), then updated by Broyden's rank-one formula after each
/// accepted step and computed afresh after four updates or when a step from an updated Jacobian fails
/// (k residual evaluations saved per update); the step from `DampedNormalEquations`, the damping λ
/// divided by 10 after a step that lowers S and multiplied by 10 after one from a fresh Jacobian that
/// does not. It stops when a step from a fresh Jacobian lowers S by less than `tolerance · S`, when λ
/// exceeds 10¹⁰ (no step lowers S), or after `maximumIterations` steps. λ starts at 10⁻³ and never
/// falls below 10⁻¹². All buffers are allocated once per workspace. Not safe to share between
/// concurrent tasks.
package final class LevenbergMarquardt {
  /// Largest number of unknowns and of residuals this workspace handles.
  package let capacity: Int
  package let residualCapacity: Int
  private let jacobian: UnsafeMutablePointer<Double>
  private let current: UnsafeMutablePointer<Double>
  private let trial: UnsafeMutablePointer<Double>
  private let point: UnsafeMutablePointer<Double>
  private let step: UnsafeMutablePointer<Double>
  private let equations: DampedNormalEquations

  /// Creates a workspace for up to `capacity` unknowns and `residualCapacity` residuals.
  package init(capacity: Int, residualCapacity: Int) {
    self.capacity = max(1, capacity)
    self.residualCapacity = max(1, residualCapacity)
    jacobian = .allocate(capacity: self.capacity * self.residualCapacity)
    current = .allocate(capacity: self.residualCapacity)
    trial = .allocate(capacity: self.residualCapacity)
    point = .allocate(capacity: self.capacity)
    step = .allocate(capacity: self.capacity)
    equations = DampedNormalEquations(capacity: self.capacity)
  }

  deinit {
    for buffer in [jacobian, current, trial, point, step] { buffer.deallocate() }
  }

  /// The Jacobian at `point` by forward differences (backward where the forward point is infeasible);
  /// false when neither is feasible.
  private func differentiate(
    n: Int, k: Int,
    evaluate: (UnsafeMutablePointer<Double>, UnsafeMutablePointer<Double>) -> Double?
  ) -> Bool {
    for j in 0..<k {
      let h = 1e-7 * max(1, abs(point[j]))
      let saved = point[j]
      defer { point[j] = saved }
      point[j] = saved + h
      let column = jacobian + j * n
      if evaluate(point, column) != nil {
        for i in 0..<n { column[i] = (column[i] - current[i]) / h }
        continue
      }
      point[j] = saved - h
      guard evaluate(point, column) != nil else { return false }
      for i in 0..<n { column[i] = (current[i] - column[i]) / h }
    }
    return true
  }

  /// Broyden's rank-one update of the Jacobian after the step δ (`step`) changed the residuals from
  /// `current` to `trial`: J ← J + (Δr − Jδ) δᵀ / δᵀδ.
  private func broydenUpdate(n: Int, k: Int) {
    var norm = 0.0
    for j in 0..<k { norm += step[j] * step[j] }
    guard norm > 0 else { return }
    for i in 0..<n {
      var predicted = 0.0
      for j in 0..<k { predicted += jacobian[i + j * n] * step[j] }
      let correction = (trial[i] - current[i] - predicted) / norm
      for j in 0..<k { jacobian[i + j * n] += correction * step[j] }
    }
  }

  /// Minimises S from `x` (overwritten with the best point found). Returns the smallest S (+∞ when
  /// the start is infeasible) and the number of residual evaluations.
  @discardableResult
  package func minimize<Objective: ResidualObjective>(
    _ objective: inout Objective, x: UnsafeMutableBufferPointer<Double>, tolerance: Double = 1e-10,
    maximumIterations: Int = 100
  ) -> (value: Double, evaluations: Int) {
    let k = x.count
    let n = objective.residualCount
    precondition(k <= capacity && n <= residualCapacity, "Levenberg–Marquardt problem exceeds the workspace")
    var evaluations = 0
    func evaluate(_ at: UnsafeMutablePointer<Double>, into out: UnsafeMutablePointer<Double>) -> Double? {
      evaluations += 1
      guard
        objective.residuals(
          UnsafeBufferPointer(start: at, count: k), into: UnsafeMutableBufferPointer(start: out, count: n))
      else { return nil }
      var sum = 0.0
      for i in 0..<n { sum += out[i] * out[i] }
      return sum.isFinite ? sum : nil
    }
    guard let base = x.baseAddress else { return (.infinity, 0) }
    for j in 0..<k { point[j] = x[j] }
    guard var value = evaluate(point, into: current) else { return (.infinity, evaluations) }
    guard k > 0, n > 0 else { return (value, evaluations) }
    var damping = 1e-3
    var fresh = false
    var updates = 0
    iterations: for _ in 0..<maximumIterations {
      if !fresh && (updates == 0 || updates >= 4) {
        guard differentiate(n: n, k: k, evaluate: evaluate) else { break iterations }
        fresh = true
        updates = 0
      }
      while true {
        do {
          try equations.step(
            jacobian: UnsafeBufferPointer(start: jacobian, count: n * k),
            residuals: UnsafeBufferPointer(start: current, count: n), damping: damping,
            into: UnsafeMutableBufferPointer(start: step, count: k))
        } catch {
          damping *= 10
          if damping > 1e10 { break iterations }
          continue
        }
        for j in 0..<k { base[j] = point[j] + step[j] }
        guard let trialValue = evaluate(base, into: trial), trialValue < value else {
          if !fresh {
            updates = 0
            continue iterations
          }
          damping *= 10
          if damping > 1e10 { break iterations }
          continue
        }
        let converged = value - trialValue <= tolerance * trialValue
        if !(converged && fresh) { broydenUpdate(n: n, k: k) }
        value = trialValue
        for j in 0..<k { point[j] = base[j] }
        for i in 0..<n { current[i] = trial[i] }
        damping = max(damping / 10, 1e-12)
        if converged && fresh { break iterations }
        fresh = false
        updates = converged ? 0 : updates + 1
        continue iterations
      }
    }
    for j in 0..<k { base[j] = point[j] }
    return (value, evaluations)
  }
}
