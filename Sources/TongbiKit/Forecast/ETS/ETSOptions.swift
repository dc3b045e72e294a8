/// Settings of ETS estimation.
public struct ETSOptions: Sendable {
  /// Whether the m − 1 free initial seasonal states are estimated with the other parameters (as R's
  /// `ets` does) or kept at their classical-decomposition values (fewer dimensions, much faster). They
  /// are estimated regardless on series shorter than 3m, whose heuristic states are one year of
  /// detrended values rather than an average over years (R's `initstate`).
  public var optimizeSeasonalStates: Bool
  /// Evaluation budget of each Nelder–Mead run (R's `ets` uses `maxit = 2000`).
  public var maximumEvaluations: Int
  /// Further starting points tried after R's (the likelihood is often multimodal in α and γ).
  public var extraStarts: [ETSStart]
  /// Relative tolerance on the simplex's criterion values.
  public var tolerance: Double

  /// Creates options; the defaults estimate everything as R does.
  public init(
    optimizeSeasonalStates: Bool = true, maximumEvaluations: Int = 2000,
    extraStarts: [ETSStart] = ETSStart.defaults,
    tolerance: Double = 1e-8
  ) {
    self.extraStarts = extraStarts
    self.optimizeSeasonalStates = optimizeSeasonalStates
    self.maximumEvaluations = maximumEvaluations
    self.tolerance = tolerance
  }
}

extension ETSOptions {
  /// Faster settings for large batches, the default of the batch APIs and the CLI: initial seasonal
  /// states kept at their decomposition values (5 instead of up to 16 dimensions) and one extra start
  /// (α = 0.5) instead of three, and a looser simplex tolerance (10⁻⁶; 28% faster, same M1 accuracy). On M1 monthly (h = 18) this was 8.6× faster and more accurate than
  /// estimating every state (sMAPE 16.06 against 16.46 on the 266 series measured): the fully
  /// estimated seasonal states overfit short series.
  public static let fast = ETSOptions(
    optimizeSeasonalStates: false, extraStarts: [ETSStart(alpha: 0.5, gammaShare: 0.05)], tolerance: 1e-6)
}

extension ETSOptions {
  /// The fit of a model with an undamped trend in automatic ETS (`AutoETS`): every initial state
  /// estimated, R's start and α = 0.5, 400 evaluations a run (200 for the restart), tolerance 10⁻⁶. An
  /// undamped trend is extrapolated without bound, so its forecasts depend on the states more than a
  /// damped one's: on the four monthly sets (h = 18) the undamped leader fitted this way scored sMAPE
  /// 14.17 on M1, 82.79 on r-datasets, 27.63 on TSDL and 8.73 on fpp, against 14.19, 82.87, 27.72 and
  /// 9.50 for its screening fit; 600 evaluations scored the same within 0.02 (fpp 0.02), R's start alone
  /// 9.52 on fpp, where souvenirs' better maximum is reached from α = 0.5 (Benchmarks/compare/README.md).
  public static let undampedTrend = ETSOptions(
    optimizeSeasonalStates: true, maximumEvaluations: 200,
    extraStarts: [ETSStart(alpha: 0.5, gammaShare: 0.05)],
    tolerance: 1e-6)
}

/// A starting point of the smoothing parameters: α, and γ as a share of its range [10⁻⁴, 1 − α]
/// (β starts at a tenth of its range, φ at 0.978, as in R).
public struct ETSStart: Sendable, Equatable {
  /// Starting α.
  public var alpha: Double
  /// Starting γ as a share of its range.
  public var gammaShare: Double

  /// Creates a starting point.
  public init(alpha: Double, gammaShare: Double) {
    self.alpha = alpha
    self.gammaShare = gammaShare
  }

  /// The extra starts used by default: (0.5, 0.05), (0.95, 0.05), (0.2, 0.9).
  public static let defaults = [
    ETSStart(alpha: 0.5, gammaShare: 0.05), ETSStart(alpha: 0.95, gammaShare: 0.05),
    ETSStart(alpha: 0.2, gammaShare: 0.9),
  ]
}
