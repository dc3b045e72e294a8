/// The full-year projection of one series from its year-to-date value (see `YearProjector`).
public struct YearProjection: Sendable {
  /// Region name.
  public var region: String
  /// Indicator code.
  public var indicator: String
  /// The last month of data used, (y, m).
  public var period: Period
  /// C(y,m).
  public var yearToDate: Double
  /// A(y−1), when known.
  public var lastYear: Double?
  /// Each method's estimate of A(y) (methods that apply).
  public var estimates: [ProjectionMethod: Double]
  /// Mean absolute relative error |Â(y') / A(y') − 1| of each method over the past years backtested.
  public var backtestErrors: [ProjectionMethod: Double]
  /// Past years used in the backtest.
  public var backtestYears: [Int]
  /// The method chosen (smallest backtest error, or the default order when nothing could be tested).
  public var method: ProjectionMethod?
  /// The projected A(y).
  public var projection: Double?
  /// Central interval of A(y) at `intervalLevel` from the model's simulated paths, recentred on the
  /// projection; `nil` when the model could not simulate.
  public var interval: (lower: Double, upper: Double)?
  /// Level of `interval`.
  public var intervalLevel: Double
  /// The wider interval at `wideIntervalLevel` (95% by default), from the same paths.
  public var wideInterval: (lower: Double, upper: Double)?
  /// Level of `wideInterval`.
  public var wideIntervalLevel: Double = 0.95
  /// Implied growth Â(y)/A(y−1) − 1.
  public var impliedGrowth: Double?
  /// The annual target T(y), when one was given.
  public var target: Double?
  /// Growth the remaining months need: (T − C(y,m)) / (A(y−1) − C(y−1,m)) − 1; `nil` when undefined or
  /// already met.
  public var growthNeeded: Double?
  /// Whether C(y,m) ≥ T(y) (已完成).
  public var targetAlreadyMet: Bool
  /// P(A(y) ≥ T): share of simulated paths (recentred like `interval`) reaching the target.
  public var probability: Double?
  /// Whether `interval`, `wideInterval` and `probability` come from a model of two to three years of
  /// monthly history, widened further (`YearProjector`), rather than from the model of the projection.
  public var shortHistory = false
  /// What could not be computed and why, and how the method was chosen.
  public var notes: [String]
  /// Decimals of the input values, which tables show the amounts with.
  public var decimals = 0
}
