/// Point forecasts for consecutive future periods with prediction intervals.
public struct ForecastPath: Sendable, Equatable {
  /// Point forecast (mean) per step ahead, step 1 first.
  public var mean: [Double]
  /// One interval per requested level, in the order requested.
  public var intervals: [ForecastInterval]

  /// Creates a forecast path.
  public init(mean: [Double], intervals: [ForecastInterval]) {
    self.mean = mean
    self.intervals = intervals
  }

  /// Number of steps.
  public var horizon: Int { mean.count }
}

/// A central prediction interval [lower, upper] per step at one coverage level.
public struct ForecastInterval: Sendable, Equatable {
  /// Nominal coverage as a fraction (0.8 for an 80% interval).
  public var level: Double
  /// Lower bound per step.
  public var lower: [Double]
  /// Upper bound per step.
  public var upper: [Double]

  /// Creates an interval.
  public init(level: Double, lower: [Double], upper: [Double]) {
    self.level = level
    self.lower = lower
    self.upper = upper
  }
}
