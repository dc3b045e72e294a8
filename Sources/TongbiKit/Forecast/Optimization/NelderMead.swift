/// A function minimised by `NelderMead`: called with a point of the search space, returns the
/// objective there (`+∞` for a point outside the feasible region).
package protocol NelderMeadObjective {
  /// The objective at `x`.
  mutating func value(_ x: UnsafeBufferPointer<Double>) -> Double
}

/// The Nelder–Mead downhill simplex minimiser with the dimension-adaptive coefficients of Gao & Han
/// (2012): reflection 1, expansion 1 + 2/n, contraction 0.75 − 1/(2n), shrink 1 − 1/n.
///
/// Constraints are handled as the R `optim` users of the method do: an infeasible point has value +∞
/// and is never accepted. The search stops when the simplex's objective values agree within
/// `tolerance · (|f_best| + tolerance)` (R `optim`'s `reltol` rule) or after `maximumEvaluations`
/// evaluations. All buffers are allocated once per workspace; `minimize` allocates nothing.
/// Not safe to share between concurrent tasks.
package final class NelderMead {
  /// Largest dimension this workspace handles.
  package let capacity: Int
  private let simplex: UnsafeMutablePointer<Double>
  private let values: UnsafeMutablePointer<Double>
  private let centroid: UnsafeMutablePointer<Double>
  private let reflected: UnsafeMutablePointer<Double>
  private let trial: UnsafeMutablePointer<Double>

  /// Creates a workspace for problems of up to `capacity` dimensions.
  package init(capacity: Int) {
    self.capacity = max(1, capacity)
    let n = self.capacity
    simplex = .allocate(capacity: (n + 1) * n)
    values = .allocate(capacity: n + 1)
    centroid = .allocate(capacity: n)
    reflected = .allocate(capacity: n)
    trial = .allocate(capacity: n)
  }

  deinit {
    simplex.deallocate()
    values.deallocate()
    centroid.deallocate()
    reflected.deallocate()
    trial.deallocate()
  }

  /// Minimises `objective` from the start point `x` (overwritten with the best point found), with
  /// initial simplex x, x + step₀e₀, …, x + step_{n−1}e_{n−1}. Returns the best value and the number
  /// of evaluations used. `x.count` must not exceed `capacity` and equal `steps.count`.
  @discardableResult
  package func minimize<Objective: NelderMeadObjective>(
    _ objective: inout Objective, x: UnsafeMutableBufferPointer<Double>,
    steps: UnsafeBufferPointer<Double>, tolerance: Double = 1e-8, maximumEvaluations: Int = 2000
  ) -> (value: Double, evaluations: Int) {
    let n = x.count
    precondition(n <= capacity && steps.count == n, "Nelder–Mead dimension exceeds the workspace")
    guard n > 0 else { return (objective.value(UnsafeBufferPointer(x)), 1) }
    let dn = Double(n)
    let expansion = 1 + 2 / dn
    let contraction = 0.75 - 1 / (2 * dn)
    let shrink = 1 - 1 / dn
    var evaluations = 0
    func vertex(_ i: Int) -> UnsafeMutablePointer<Double> { simplex + i * n }
    func evaluate(_ point: UnsafeMutablePointer<Double>) -> Double {
      evaluations += 1
      let v = objective.value(UnsafeBufferPointer(start: point, count: n))
      return v.isNaN ? .infinity : v
    }
    for i in 0...n {
      let p = vertex(i)
      for j in 0..<n { p[j] = x[j] }
      if i > 0 { p[i - 1] += steps[i - 1] }
      values[i] = evaluate(p)
    }
    while evaluations < maximumEvaluations {
      var best = 0
      var worst = 0
      for i in 1...n {
        if values[i] < values[best] { best = i }
        if values[i] > values[worst] { worst = i }
      }
      var second = best
      for i in 0...n where i != worst && values[i] >= values[second] { second = i }
      let fBest = values[best]
      if values[worst].isFinite, values[worst] - fBest <= tolerance * (abs(fBest) + tolerance) { break }
      for j in 0..<n { centroid[j] = 0 }
      for i in 0...n where i != worst {
        let p = vertex(i)
        for j in 0..<n { centroid[j] += p[j] }
      }
      for j in 0..<n { centroid[j] /= dn }
      let w = vertex(worst)
      for j in 0..<n { reflected[j] = centroid[j] + (centroid[j] - w[j]) }
      let fReflected = evaluate(reflected)
      if fReflected < fBest {
        for j in 0..<n { trial[j] = centroid[j] + expansion * (reflected[j] - centroid[j]) }
        let fExpanded = evaluate(trial)
        if fExpanded < fReflected {
          for j in 0..<n { w[j] = trial[j] }
          values[worst] = fExpanded
        } else {
          for j in 0..<n { w[j] = reflected[j] }
          values[worst] = fReflected
        }
        continue
      }
      if fReflected < values[second] {
        for j in 0..<n { w[j] = reflected[j] }
        values[worst] = fReflected
        continue
      }
      let outside = fReflected < values[worst]
      for j in 0..<n {
        trial[j] =
          outside
          ? centroid[j] + contraction * (reflected[j] - centroid[j])
          : centroid[j] - contraction * (centroid[j] - w[j])
      }
      let fContracted = evaluate(trial)
      if fContracted < (outside ? fReflected : values[worst]) {
        for j in 0..<n { w[j] = trial[j] }
        values[worst] = fContracted
        continue
      }
      let b = vertex(best)
      for i in 0...n where i != best {
        let p = vertex(i)
        for j in 0..<n { p[j] = b[j] + shrink * (p[j] - b[j]) }
        values[i] = evaluate(p)
      }
    }
    var best = 0
    for i in 1...n where values[i] < values[best] { best = i }
    let b = vertex(best)
    for j in 0..<n { x[j] = b[j] }
    return (values[best], evaluations)
  }
}
