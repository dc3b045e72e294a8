/// Settings of ETS estimation.
public struct ETSOptions: Sendable {
  /// Whether the m − 1 free initial seasonal states are estimated with the other parameters (as R's
  /// `ets` does) or kept at their classical-decomposition values (fewer dimensions, much faster).
  public var optimizeSeasonalStates: Bool
  /// Evaluation budget of each Nelder–Mead run (R's `ets` uses `maxit = 2000`).
  public var maximumEvaluations: Int
  /// Relative tolerance on the simplex's criterion values.
  public var tolerance: Double

  /// Creates options; the defaults estimate everything as R does.
  public init(optimizeSeasonalStates: Bool = true, maximumEvaluations: Int = 2000, tolerance: Double = 1e-8) {
    self.optimizeSeasonalStates = optimizeSeasonalStates
    self.maximumEvaluations = maximumEvaluations
    self.tolerance = tolerance
  }
}
