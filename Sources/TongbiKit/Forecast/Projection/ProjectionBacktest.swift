@_spi(ByteLevel) import ByteLevel

/// One backtested full-year projection: a series' year y projected from its data up to month m, against
/// the outcome A(y).
public struct ProjectionCase: Sendable {
  /// Region name.
  public var region: String
  /// Indicator code.
  public var indicator: String
  /// The year projected, y.
  public var year: Int
  /// The last month of data used, m (1…11).
  public var month: Int
  /// The outcome, A(y) = C(y,12).
  public var actual: Double
  /// Each method's estimate of A(y) from the data up to (y, m) (methods that apply).
  public var estimates: [ProjectionMethod: Double]
  /// The run rate Â(y) = C(y,m) · 12 / m (H1 × 2 at m = 6; for an average, C(y,m) itself), the simplest
  /// benchmark.
  public var runRate: Double
  /// The method `tongbi project` chose, and its estimate.
  public var chosen: ProjectionMethod?
  /// The projection `tongbi project` gave.
  public var projection: Double?
  /// Its interval (at the projector's level, 80%), when the remaining months could be simulated.
  public var interval: (lower: Double, upper: Double)?
  /// Its wider interval (95%), likewise.
  public var wideInterval: (lower: Double, upper: Double)?
  /// A target of 5% growth over last year, T = 1.05 · A(y−1), when A(y−1) is known: what an office's
  /// growth target typically asks.
  public var target: Double?
  /// The projection's probability of meeting `target`, P(A(y) ≥ T), when simulated.
  public var probability: Double?
  /// Whether the intervals and probability came from two to three years of history (`YearProjection`).
  public var shortHistory: Bool
}

/// The full-year projection backtested on a panel's own history: every cumulating series, every year y
/// among its last `years` complete years with A(y) > 0, every month m = 1…11 with C(y,m) — each method
/// projects A(y) from the data up to (y, m) only, as `tongbi project` would have in that month, with the
/// projection's 80% and 95% intervals (1,000 simulated paths) and its probability of growing 5% or more.
public enum ProjectionBacktest {
  /// The cases in panel column order, then by year and month; series projected on up to `threads`
  /// threads (the result does not depend on the count).
  public static func run(
    _ panel: Panel, years: Int = 10, threads: Int = 1,
    makeProjector: () -> YearProjector = { YearProjector(simulations: 1000) },
    progress: ((Int, Int) -> Void)? = nil
  ) -> [ProjectionCase] {
    let work = ProjectionBatch.projectable(panel, pairs: PublishedRatePairs(panel: panel))
    let perSeries = WorkerPool.map(
      count: work.count, threads: threads, makeWorker: makeProjector, progress: progress
    ) { projector, index -> [ProjectionCase] in
      let (key, indicator, forms) = work[index]
      let combined = indicator.january == .withFebruary
      let average = indicator.kind == .average
      let data = ProjectionData(
        forms: forms, firstPeriod: panel.firstPeriod, combined: combined, average: average)
      guard let last = panel.lastPeriod else { return [] }
      let complete = (panel.firstPeriod.year...last.year).filter { year in
        (data.annual(year) ?? 0) > 0
      }
      var cases: [ProjectionCase] = []
      for year in complete.suffix(years) {
        guard let actual = data.annual(year) else { continue }
        for month in 1...11 {
          guard let period = Period(year: year, month: month), let ytd = data.cumulative(period),
            let projection = projector.project(
              region: key.region, indicator: key.indicator, forms: forms, firstPeriod: panel.firstPeriod,
              combined: combined, average: average, allowsNegative: indicator.allowsNegative, period: period,
              target: AnnualTarget(
                region: key.region, indicator: key.indicator, year: year, base: .growth(5), stretch: nil))
          else { continue }
          cases.append(
            ProjectionCase(
              region: key.region, indicator: key.indicator, year: year, month: month, actual: actual,
              estimates: projection.estimates, runRate: average ? ytd : ytd * 12 / Double(month),
              chosen: projection.method,
              projection: projection.projection, interval: projection.interval,
              wideInterval: projection.wideInterval, target: projection.target,
              probability: projection.probability, shortHistory: projection.shortHistory))
        }
      }
      return cases
    }
    return perSeries.flatMap { $0 }
  }
}
