@_spi(ByteLevel) import ByteLevel

/// Rolling-origin evaluation: for origins j = 0…N−1 each series is cut at n − H − j, forecast H steps
/// and compared with the H values that followed.
public enum Backtest {
  /// Accuracy of each method on every series of `panel` with at least H + N + 2 values: per series
  /// the means over its origins, and a summary (mean over series) per method. MASE is scaled by the
  /// seasonal naive error of each training stretch with m = the series' season length (12, or 11 for
  /// 1-2月 combined series); coverage is the share of actual values inside each interval.
  ///
  /// A series with missing months is taken across its gaps as `forecast` takes it (`ForecastSubject.bridged`):
  /// at each origin the missing months of the training stretch are filled from an ETS combination fitted
  /// to that stretch alone (`Forecaster.filled`; no value after the origin is used, though the stretch's
  /// start is chosen on the whole series), except for `trend`, which takes the gap-free stretch at its end
  /// as `forecast` does; where filling fails, every method takes that stretch. The missing months of the H
  /// that follow are not scored. An origin whose H months are all missing, or whose training stretch ends
  /// in a missing month that cannot be filled, is not counted for the methods concerned.
  /// Series are evaluated on up to `threads` threads (the result does not depend on the count);
  /// `progress(done, total)` is told how many of how many series are finished.
  public static func run(
    _ panel: Panel, horizon: Int, origins: Int, methods: [ForecastMethod], levels: [Double],
    etsOptions: ETSOptions = .fast, threads: Int = 1, progress: ((Int, Int) -> Void)? = nil
  ) -> BacktestResult {
    let subjects = ForecastSubject.all(in: panel)
    let perSubject = WorkerPool.map(
      count: subjects.count, threads: threads,
      makeWorker: { Forecaster(levels: levels, etsOptions: etsOptions) }, progress: progress
    ) { forecaster, index in
      scores(
        of: subjects[index], horizon: horizon, origins: origins, methods: methods, levels: levels,
        forecaster: forecaster)
    }
    var rows: [BacktestScore] = []
    var skipped: [(region: String, indicator: String, reason: String)] = []
    for (subject, outcome) in zip(subjects, perSubject) {
      switch outcome {
      case .success(let scores): rows += scores
      case .failure(let reason): skipped.append((subject.region, subject.indicator, reason.text))
      }
    }
    return BacktestResult(
      levels: levels, perSeries: rows, summary: summary(rows, methods: methods, levels: levels),
      skipped: skipped)
  }

  /// The scores of `subject` per method, or why it was skipped.
  private static func scores(
    of subject: ForecastSubject, horizon: Int, origins: Int, methods: [ForecastMethod], levels: [Double],
    forecaster: Forecaster
  ) -> Result<[BacktestScore], SkipReason> {
    // The months a bridged series is carried on with at its end (`ForecastSubject.closingRun`) are not
    // observed: the origins are placed from its last value, as for the series itself.
    guard let series = subject.bridged?.throughLastValue ?? subject.series,
      series.count >= horizon + origins + 2
    else {
      return .failure(
        SkipReason(
          text: "fewer than H + N + 2 = \(horizon + origins + 2) values since a gap of a year, or since more "
            + "than one month in six went missing"))
    }
    // `trend` takes each origin's gap-free tail: the months are filled only for the other methods.
    let fills = methods.contains { $0 != .trend }
    let cuts = (0..<origins).compactMap { j in
      BacktestCut(
        series, cut: series.count - horizon - j, horizon: horizon,
        totals: fills ? subject.bridgedTotals : nil, forecaster: forecaster)
    }
    var rows: [BacktestScore] = []
    for method in methods {
      var score = BacktestScore(
        region: subject.region, indicator: subject.indicator, method: method.rawValue, origins: 0, smape: 0,
        mase: 0, coverage: Array(repeating: 0, count: levels.count), fallbacks: 0)
      var maseCount = 0
      for cut in cuts {
        guard let training = method == .trend ? cut.tail : cut.filled,
          let forecast = forecaster.forecast(
            training, horizon: horizon, method: method, filled: method == .trend ? [] : cut.positions)
        else { continue }
        let actual = cut.actual
        if forecast.note != nil && method != .auto { score.fallbacks += 1 }
        score.origins += 1
        score.smape += AccuracyMetrics.smape(actual: actual, forecast: forecast.path.mean)
        let mase = AccuracyMetrics.mase(actual: actual, forecast: forecast.path.mean, scale: cut.maseScale)
        if mase.isFinite {
          score.mase += mase
          maseCount += 1
        }
        for (l, interval) in forecast.path.intervals.enumerated() {
          score.coverage[l] += AccuracyMetrics.coverage(
            actual: actual, lower: interval.lower, upper: interval.upper)
        }
      }
      guard score.origins > 0 else { continue }
      score.smape /= Double(score.origins)
      score.mase = maseCount > 0 ? score.mase / Double(maseCount) : .nan
      score.coverage = score.coverage.map { $0 / Double(score.origins) }
      rows.append(score)
    }
    guard !rows.isEmpty else {
      return .failure(
        SkipReason(
          text: "no origin could be evaluated: the months after each are missing, or those before it could "
            + "not be filled"))
    }
    return .success(rows)
  }

  /// Per method, the means over the series' scores (MASE over the finite ones).
  private static func summary(_ rows: [BacktestScore], methods: [ForecastMethod], levels: [Double])
    -> [BacktestScore]
  {
    methods.compactMap { method -> BacktestScore? in
      let list = rows.filter { $0.method == method.rawValue }
      guard !list.isEmpty else { return nil }
      let finiteMASE = list.map(\.mase).filter(\.isFinite)
      return BacktestScore(
        region: "", indicator: "", method: method.rawValue, origins: list.reduce(0) { $0 + $1.origins },
        smape: list.reduce(0) { $0 + $1.smape } / Double(list.count),
        mase: finiteMASE.isEmpty ? .nan : finiteMASE.reduce(0, +) / Double(finiteMASE.count),
        coverage: levels.indices.map { l in list.reduce(0) { $0 + $1.coverage[l] } / Double(list.count) },
        fallbacks: list.reduce(0) { $0 + $1.fallbacks })
    }
  }

  /// Why a series was left out of a backtest.
  private struct SkipReason: Error {
    let text: String
  }
}

/// Accuracy of one method on one series (or, in a summary, over all series).
public struct BacktestScore: Sendable {
  /// Region ("" in a summary).
  public var region: String
  /// Indicator ("" in a summary).
  public var indicator: String
  /// Method name.
  public var method: String
  /// Forecast origins evaluated.
  public var origins: Int
  /// Mean sMAPE (%).
  public var smape: Double
  /// Mean MASE.
  public var mase: Double
  /// Mean coverage per level.
  public var coverage: [Double]
  /// Origins where a simpler method had to stand in.
  public var fallbacks: Int
}

/// The result of `Backtest.run`.
public struct BacktestResult: Sendable {
  /// Interval levels.
  public var levels: [Double]
  /// One score per series and method.
  public var perSeries: [BacktestScore]
  /// One score per method, averaged over series.
  public var summary: [BacktestScore]
  /// Series not evaluated: region, indicator, reason.
  public var skipped: [(region: String, indicator: String, reason: String)]
}

/// One origin of a backtest: the training stretch up to the cut as each method takes it, its observed
/// values and the H values that follow.
private struct BacktestCut {
  /// The training stretch with its missing months filled (`Forecaster.filled`), or its gap-free end
  /// where filling fails or is not asked for; `nil` when neither exists.
  let filled: MonthlySeries?
  /// The positions of `filled` that hold filled values.
  let positions: [Int]
  /// The gap-free stretch at the end of the training stretch; `nil` when its last month is missing.
  let tail: MonthlySeries?
  /// The H values after the cut (NaN where missing).
  let actual: [Double]
  /// MASE's scale: the seasonal naive error over the training values as observed.
  let maseScale: Double

  /// The origin at `cut` of `series`, whose runs of missing months add up to `totals` (those of runs
  /// that end before the cut are imposed on the filled training months); `totals` nil when no method
  /// takes filled months (the gap-free tail stands in). `nil` when all H values after the cut are missing.
  init?(
    _ series: MonthlySeries, cut: Int, horizon: Int, totals: [MissingMonthsTotal]?, forecaster: Forecaster
  ) {
    let observed = Array(series.values[0..<cut])
    actual = Array(series.values[cut..<(cut + horizon)])
    guard actual.contains(where: { !$0.isNaN }) else { return nil }
    maseScale = AccuracyMetrics.maseScale(training: observed, m: series.seasonLength)
    let training = MonthlySeries(
      firstPeriod: series.firstPeriod, values: observed, combinedJanuary: series.combinedJanuary)
    tail = training.completeTail
    if let totals, observed.contains(where: \.isNaN),
      let result = forecaster.filled(training, totals: totals.filter { $0.positions.upperBound <= cut })
    {
      filled = result.series
      positions = result.positions
    } else {
      filled = tail
      positions = []
    }
  }
}
