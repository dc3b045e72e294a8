import LinearAlgebra

/// Full-year projections from year-to-date data: the combination (the mean of the seasonal share and the
/// model) where both apply, which beat every simple method and a per-series choice on thousands of real
/// series-years and was steadier across sets than the model alone (`ProjectionMethod.combination`);
/// else the method with the smallest mean absolute relative error in a backtest of exactly this task (for
/// each past year y − k, k = 1…`backtestYears`, with a complete year, every method projects A(y − k) from
/// the data up to (y − k, m)). The backtest errors are reported for every method. Intervals and the
/// probability of meeting the target come from `simulations` simulated paths of the remaining months
/// (the ETS combination), centred on the projection and widened by `spread` (calibrated on real series),
/// more with two to three years of history (`shortHistorySpreads`). Not safe to share between concurrent
/// tasks.
public final class YearProjector {
  /// Past years tested (and K of the seasonal-share method).
  public let backtestYears: Int
  /// Simulated paths for intervals and probabilities.
  public let simulations: Int
  /// Interval level (fraction).
  public let level: Double
  /// The wider interval's level (fraction).
  public let wideLevel: Double
  private let estimators: [Int: ETSEstimator]

  /// How much wider than the simulated paths the projection's uncertainty is: the paths of the fitted
  /// models leave out the uncertainty of their parameters, and the projection is the combination.
  /// Calibrated on `tongbi backtest --projection` over four real monthly sets (Benchmarks/RESULTS.md): as
  /// simulated from one model chosen by AICc (before 2026-12-04), 80% intervals held the year's outcome
  /// 68–73% of the time by m (pooled); 1.25 times as wide, 78.1–82.9%. With the ETS combination's paths
  /// (mixtures of its models, wider) they hold 78.1–83.7% at every m and 81.7% in all, on the 52,306
  /// cases where every method applies; by set M1 79.1%, TSDL 84.3%, fpp 89.1%. One number fitted on the
  /// cases it is reported on.
  static let spread = 1.25

  /// How much wider again, around the projection, the wide (95%) interval is than the widened paths'
  /// quantiles: the outcomes' tails are heavier than the paths'. Calibrated like `spread`: at 1 the 95%
  /// intervals held 88.7–92.8% of outcomes by m (pooled), at 1.25 93.2–95.9%; with the ETS combination's
  /// paths 94.3–96.6% and 95.9% in all (by set 94.9–97.8%).
  static let tailSpread = 1.25

  /// How much wider again the intervals are, by month m = 1…11 of the year to date, when the monthly
  /// history holds at least two but fewer than three full years: the model is then fitted to those years
  /// only (its point estimate is not used) and its paths spread less than the outcomes do, most of all
  /// from 1-1月 and 1-2月, with two years and a month or two to fit. Calibrated on the 57,035 cases of
  /// `Benchmarks/compare/projection/evaluate.py` where every series of the four monthly sets, for each
  /// of its last ten years, was cut to the two years before it (5,185 cases at each m): each entry is the
  /// geometric mean of the widenings that would make that m's 80% and 95% intervals hold exactly 80% and
  /// 95% of the outcomes. At one widening of 1.5 for every m they held 74.3% and 90.9% at m = 1 and up
  /// to 83.3% and 96.6% at m = 7. The 7,448 backtest cases with two to three years of history of their
  /// own check it, though not independently: most are the same series and years as cut cases, with up to
  /// 11 more months before (Benchmarks/RESULTS.md).
  static let shortHistorySpreads = [1.92, 1.65, 1.52, 1.45, 1.44, 1.37, 1.33, 1.39, 1.38, 1.46, 1.61]

  /// Creates a projector.
  public init(
    backtestYears: Int = 3, simulations: Int = 2000, level: Double = 0.8, wideLevel: Double = 0.95,
    etsOptions: ETSOptions = .fast
  ) {
    self.backtestYears = backtestYears
    self.simulations = simulations
    self.level = level
    self.wideLevel = wideLevel
    estimators = [
      11: ETSEstimator(seasonLength: 11, options: etsOptions),
      12: ETSEstimator(seasonLength: 12, options: etsOptions),
    ]
  }

  /// Projects the year of `period` for one series with monthly and cumulative values `forms` (rows
  /// from `firstPeriod`; `average` for a 1-N月平均 indicator, whose C and A are means of months;
  /// `allowsNegative` when its months can be negative, else no simulated year ends below C(y,m)); `target`
  /// is T(y) when known. `nil` when C(y,m) is unknown.
  public func project(
    region: String, indicator: String, forms: SeriesForms, firstPeriod: Period, combined: Bool,
    average: Bool = false, allowsNegative: Bool = false, period: Period,
    target: AnnualTarget?
  ) -> YearProjection? {
    let data = ProjectionData(forms: forms, firstPeriod: firstPeriod, combined: combined, average: average)
    guard let ytd = data.cumulative(period) else { return nil }
    let year = period.year
    let month = period.month
    let lastYear = data.annual(year - 1)
    var notes: [String] = []
    var estimates: [ProjectionMethod: Double] = [:]
    estimates[.lastYearPattern] = lastYearPattern(data, year: year, month: month)
    estimates[.seasonalShare] = seasonalShare(data, year: year, month: month)
    let simulation = modelProjection(data, year: year, month: month, seasons: 3)
    estimates[.model] = simulation?.mean
    estimates[.combination] = ProjectionMethod.combined(estimates)
    // Backtest over past years: the methods that apply this year, on the past years where all of them apply.
    let applicable = ProjectionMethod.singles.filter { estimates[$0] != nil }
    var errors: [ProjectionMethod: [Double]] = [:]
    var tested: [Int] = []
    for k in 1...max(backtestYears, 1) {
      let pastYear = year - k
      guard let actual = data.annual(pastYear), actual != 0, data.cumulative(pastYear, month) != nil else {
        continue
      }
      var pastEstimates: [ProjectionMethod: Double] = [:]
      for method in applicable {
        switch method {
        case .lastYearPattern: pastEstimates[method] = lastYearPattern(data, year: pastYear, month: month)
        case .seasonalShare: pastEstimates[method] = seasonalShare(data, year: pastYear, month: month)
        case .model:
          pastEstimates[method] =
            modelProjection(data, year: pastYear, month: month, seasons: 3, paths: 0)?.mean
        case .combination: break
        }
      }
      guard pastEstimates.count == applicable.count, !applicable.isEmpty else { continue }
      tested.append(pastYear)
      pastEstimates[.combination] = ProjectionMethod.combined(pastEstimates)
      for (method, estimate) in pastEstimates {
        errors[method, default: []].append(abs(estimate / actual - 1))
      }
    }
    let meanErrors = errors.mapValues { $0.reduce(0, +) / Double($0.count) }
    var method: ProjectionMethod? =
      estimates[.combination] != nil
      ? .combination
      : meanErrors.min {
        $0.value < $1.value || ($0.value == $1.value && $0.key.rawValue < $1.key.rawValue)
      }?.key
    if method == nil {
      method = ProjectionMethod.singles.first { estimates[$0] != nil }
      if let method {
        notes.append("no past year where the methods can be backtested; used \(method.rawValue) by default")
      }
    }
    let projection = method.flatMap { estimates[$0] }
    if month == 12 { notes.append("December: the year is complete") }
    var interval: (lower: Double, upper: Double)?
    var wideInterval: (lower: Double, upper: Double)?
    var probability: Double?
    var shortHistory = false
    let targetValue = target?.value(lastYear: lastYear)
    // Paths of the remaining months: the model's, or with two to three years of history a model of those
    // years, whose paths are widened further.
    let paths =
      projection == nil ? nil : simulation ?? modelProjection(data, year: year, month: month, seasons: 2)
    if let paths, let projection, !paths.totals.isEmpty {
      // Centred on the projection (the paths' own mean moved onto it), spread `Self.spread` times as wide
      // as simulated; a flow that cannot be negative never ends below its year to date.
      shortHistory = simulation == nil
      let spread = Self.spread * (shortHistory ? Self.shortHistorySpreads[min(max(month, 1), 11) - 1] : 1)
      if let gaps = paths.gaps { notes.append(gaps) }
      if shortHistory {
        notes.append(
          "under 3 full years of monthly history: no model estimate; interval and probability "
            + "from a model of the \(paths.history) monthly values there are, widened for the short history")
      }
      let pathMean = paths.totals.reduce(0, +) / Double(paths.totals.count)
      let floor = average || allowsNegative ? -Double.infinity : ytd
      let totals = paths.totals.map { max(floor, projection + spread * ($0 - pathMean)) }.sorted()
      interval = (
        SimulatedQuantiles.quantile(sorted: totals, (1 - level) / 2),
        SimulatedQuantiles.quantile(sorted: totals, (1 + level) / 2)
      )
      let low = SimulatedQuantiles.quantile(sorted: totals, (1 - wideLevel) / 2)
      let high = SimulatedQuantiles.quantile(sorted: totals, (1 + wideLevel) / 2)
      wideInterval = (
        max(floor, projection - Self.tailSpread * (projection - low)),
        projection + Self.tailSpread * (high - projection)
      )
      if let targetValue {
        probability =
          !average && ytd >= targetValue
          ? 1 : Double(totals.filter { $0 >= targetValue }.count) / Double(totals.count)
      }
    } else if month < 12 && projection != nil && paths == nil {
      notes.append(
        "too little monthly history (2 full years needed, with at most one month in six missing and no "
          + "year-long gap) to simulate the remaining months: no interval or probability"
      )
    }
    var growthNeeded: Double?
    let met = targetValue.map { ytd >= $0 } ?? false
    if let targetValue, !met, let lastYear, let lastYearToDate = data.cumulative(year - 1, month),
      lastYear - lastYearToDate > 0, month < 12
    {
      growthNeeded = (targetValue - ytd) / (lastYear - lastYearToDate) - 1
    }
    if target != nil && targetValue == nil {
      notes.append("growth target without last year's total: no target level")
    }
    return YearProjection(
      region: region, indicator: indicator, period: period, yearToDate: ytd, lastYear: lastYear,
      estimates: estimates, backtestErrors: meanErrors, backtestYears: tested, method: method,
      projection: projection, interval: interval, intervalLevel: level, wideInterval: wideInterval,
      wideIntervalLevel: wideLevel,
      impliedGrowth: projection.flatMap { p in lastYear.flatMap { $0 > 0 ? p / $0 - 1 : nil } },
      target: targetValue,
      growthNeeded: growthNeeded, targetAlreadyMet: met, probability: probability, shortHistory: shortHistory,
      notes: notes)
  }

  /// A(y−1) · C(y,m) / C(y−1,m); nil when a value is missing or C(y−1,m) ≤ 0.
  func lastYearPattern(_ data: ProjectionData, year: Int, month: Int) -> Double? {
    guard let ytd = data.cumulative(year, month), let base = data.cumulative(year - 1, month), base > 0,
      let annual = data.annual(year - 1)
    else { return nil }
    return annual * ytd / base
  }

  /// C(y,m) / mean_k(C(y−k,m)/A(y−k)) over the k = 1…K with both values positive; nil when none.
  func seasonalShare(_ data: ProjectionData, year: Int, month: Int) -> Double? {
    guard let ytd = data.cumulative(year, month) else { return nil }
    var shares: [Double] = []
    for k in 1...max(backtestYears, 1) {
      if let c = data.cumulative(year - k, month), let a = data.annual(year - k), a > 0, c > 0 {
        shares.append(c / a)
      }
    }
    guard !shares.isEmpty else { return nil }
    let share = shares.reduce(0, +) / Double(shares.count)
    return share > 0 ? ytd / share : nil
  }

  /// C(y,m) + the automatic-ETS forecasts of the months after m (for an average, (m · C(y,m) + those
  /// forecasts) / 12), with the finite ones of `paths` simulated totals and the number of monthly values
  /// the model was fitted to (0 in December); nil when the monthly series up to (y,m), missing months
  /// inside bridged (`ProjectionData.monthlySeries`), spans fewer than `seasons` years or ends more than
  /// a year before. Runs of missing months whose sum the cumulative values fix (`knownSums`) are filled
  /// before the forecasts start. Where the months just before (y,m) are missing otherwise, the series
  /// ends earlier: it is forecast from its end, and only the months after m are added (the missing ones
  /// are in C(y,m) already). `gaps` says which months of the history were missing and how the model
  /// took them (`gapNote`); `nil` when none was.
  func modelProjection(_ data: ProjectionData, year: Int, month: Int, seasons: Int, paths: Int? = nil)
    -> (mean: Double, totals: [Double], history: Int, gaps: String?)?
  {
    guard let ytd = data.cumulative(year, month), let end = Period(year: year, month: month) else {
      return nil
    }
    let count = paths ?? simulations
    if month == 12 { return (ytd, Array(repeating: ytd, count: count), 0, nil) }
    // A 1-2月 series has no January period to forecast from.
    guard !(data.combined && month == 1) else { return nil }
    guard let bridged = data.monthlySeries(through: end) else { return nil }
    guard let estimator = estimators[bridged.seasonLength], bridged.count >= seasons * bridged.seasonLength,
      let fitted = AutoETS.combination(bridged.values, estimator: estimator)
    else {
      return nil
    }
    let (series, combination) =
      knownSums(bridged, through: end, data: data, combination: fitted, estimator: estimator)
      ?? (bridged, fitted)
    let ahead = series.futurePeriods(24)
    let wanted = ahead.indices.filter { ahead[$0].year == year && ahead[$0].month > month }
    guard let horizon = wanted.last.map({ $0 + 1 }) else { return nil }
    let total = { (months: UnsafeBufferPointer<Double>) -> Double in
      let rest = wanted.reduce(0) { $0 + months[$1] }
      return data.average ? (Double(month) * ytd + rest) / 12 : ytd + rest
    }
    let mean = combination.pointForecasts(horizon: horizon).withUnsafeBufferPointer(total)
    let gaps = Self.gapNote(bridged: bridged, modelled: series)
    guard count > 0 else { return (mean, [], bridged.observedCount, gaps) }
    let simulated = combination.simulate(horizon: horizon, paths: count, seed: 7)
    let totals = (0..<count).map { path in simulated.withColumn(path, total) }.filter(\.isFinite)
    return (mean, totals, bridged.observedCount, gaps)
  }

  /// "the model's history misses N months (…): M filled to their sums from the cumulative values, K
  /// bridged by the model" for the missing months of `bridged`, the monthly history, and those that
  /// `modelled` (the series the model forecasts from, `knownSums`) carries on with; `nil` when none is
  /// missing.
  static func gapNote(bridged: MonthlySeries, modelled: MonthlySeries) -> String? {
    let missing = modelled.values.indices.filter { $0 >= bridged.count || bridged.values[$0].isNaN }
    guard !missing.isEmpty else { return nil }
    let filled = missing.count(where: { !modelled.values[$0].isNaN })
    let sums = "filled to their sums from the cumulative values"
    let bridging = "bridged by the model"
    let how: String
    switch filled {
    case missing.count: how = sums
    case 0: how = bridging
    default: how = "\(filled) \(sums), \(missing.count - filled) \(bridging)"
    }
    return "the model's history misses \(modelled.months(at: missing)): \(how)"
  }

  /// `series` carried on to `end` with its missing months, each run of them whose sum the cumulative
  /// values of a flow fix (`MissingMonthsTotal`) filled by `combination` (`ETSCombination.filling`) and
  /// scaled to that sum, the other runs left missing; and `combination` with its estimates run over it
  /// (`ETSCombination.conditioned`), so that its forecasts start from the filled months. A run at the
  /// end (C(y,m−1) redacted: M(y,m−1) and M(y,m) unknown, C(y,m) − C(y,m−2) their sum) is kept only
  /// when its sum is known. `nil` when no run has a known sum, or the filling fails.
  func knownSums(
    _ series: MonthlySeries, through end: Period, data: ProjectionData, combination: ETSCombination,
    estimator: ETSEstimator
  ) -> (MonthlySeries, ETSCombination)? {
    guard !data.average else { return nil }
    let extended =
      series.carriedOn(through: end, forms: data.forms, firstPeriod: data.firstPeriod) ?? series
    let values = extended.values
    let totals = MissingMonthsTotal.all(in: extended, forms: data.forms, firstPeriod: data.firstPeriod)
    guard !totals.isEmpty, var filled = combination.filling(values, estimator: estimator) else { return nil }
    let positive = values.allSatisfy { $0.isNaN || $0 > 0 }
    var known = Set<Int>()
    for total in totals where total.impose(on: &filled, positive: positive) {
      known.formUnion(total.positions)
    }
    guard !known.isEmpty else { return nil }
    for index in values.indices where values[index].isNaN && !known.contains(index) { filled[index] = .nan }
    guard known.allSatisfy({ filled[$0].isFinite }),
      let conditioned = combination.conditioned(on: filled, estimator: estimator)
    else { return nil }
    return (
      MonthlySeries(firstPeriod: series.firstPeriod, values: filled, combinedJanuary: series.combinedJanuary),
      conditioned
    )
  }
}
