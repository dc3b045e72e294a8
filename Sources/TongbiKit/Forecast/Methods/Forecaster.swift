import LinearAlgebra

/// Forecasts single series by any `ForecastMethod`, falling back to simpler methods when a series is
/// too short, so a batch never stops because of one series. Holds ETS estimators for reuse: not safe
/// to share between concurrent tasks (use one per task).
///
/// `auto` chooses per series by a holdout backtest: the last k = min(H, m) values are held out, ETS,
/// Theta and the combination are fitted on the rest and the one with the smallest sMAPE on the holdout
/// is refitted on the whole series. A backtest rather than AICc because AICc compares only likelihood
/// models on the same data (not Theta, and not trend regression against ETS), and because it measures
/// the quantity reported (out-of-sample error). With fewer than 3m + k values there is no seasonal
/// holdout fit to compare and `auto` uses the combination.
public final class Forecaster {
  /// Interval levels as fractions (0.8, 0.95).
  public let levels: [Double]
  /// ETS estimation settings.
  public let etsOptions: ETSOptions
  private var estimators: [Int: ETSEstimator] = [:]

  /// Creates a forecaster producing intervals at `levels`.
  public init(levels: [Double], etsOptions: ETSOptions = ETSOptions()) {
    self.levels = levels
    self.etsOptions = etsOptions
  }

  /// The ETS estimator for season length m.
  func estimator(_ m: Int) -> ETSEstimator {
    if let existing = estimators[m] { return existing }
    let created = ETSEstimator(seasonLength: m, options: etsOptions)
    estimators[m] = created
    return created
  }

  /// Forecast of `series` for `horizon` periods by `method`, or by the first of its fallbacks that
  /// applies (the note says which and why); `nil` only when not even the naive method applies
  /// (fewer than 2 values).
  public func forecast(_ series: MonthlySeries, horizon: Int, method: ForecastMethod) -> SeriesForecast? {
    if method == .auto { return automatic(series, horizon: horizon) }
    if let result = run(method, series, horizon: horizon) { return result }
    for fallback in method.fallbacks {
      if var result = run(fallback, series, horizon: horizon) {
        result.note =
          "\(method.rawValue) needs a longer series than \(series.count) values; used \(result.method)"
        return result
      }
    }
    return nil
  }

  /// `auto` as described in the type's documentation.
  func automatic(_ series: MonthlySeries, horizon: Int) -> SeriesForecast? {
    let m = series.seasonLength
    let k = min(horizon, m)
    let candidates: [ForecastMethod] = [.ets, .theta, .comb]
    guard series.count >= 3 * m + k else {
      guard var result = forecast(series, horizon: horizon, method: .comb) else { return nil }
      if result.note == nil {
        result.note = "auto: \(series.count) values, too few for a holdout test; used the combination"
      }
      return result
    }
    let training = MonthlySeries(
      firstPeriod: series.firstPeriod, values: Array(series.values.dropLast(k)),
      combinedJanuary: series.combinedJanuary)
    let actual = Array(series.values.suffix(k))
    var best: (method: ForecastMethod, error: Double)?
    for candidate in candidates {
      guard let trial = run(candidate, training, horizon: k) else { continue }
      let error = AccuracyMetrics.smape(actual: actual, forecast: trial.path.mean)
      if error.isFinite, best.map({ error < $0.error }) ?? true { best = (candidate, error) }
    }
    let chosen = best?.method ?? .comb
    var result = forecast(series, horizon: horizon, method: chosen)
    if result?.note == nil {
      result?.note = "auto: chose \(chosen.rawValue) by holdout sMAPE on the last \(k) values"
    }
    return result
  }

  /// One method without fallback; `nil` when it does not apply.
  func run(_ method: ForecastMethod, _ series: MonthlySeries, horizon: Int) -> SeriesForecast? {
    let y = series.values
    let m = series.seasonLength
    func ets(_ code: String) -> SeriesForecast? {
      guard let model = ETSModel(code: code), let fit = estimator(m).fit(y, model: model) else { return nil }
      return SeriesForecast(
        path: fit.forecast(horizon: horizon, levels: levels), method: fit.model.description)
    }
    switch method {
    case .auto:
      return automatic(series, horizon: horizon)
    case .ets:
      guard let fit = AutoETS.fit(y, estimator: estimator(m)) else { return nil }
      return SeriesForecast(
        path: fit.forecast(horizon: horizon, levels: levels), method: fit.model.description)
    case .ses: return ets("ANN")
    case .holt: return ets("AAN")
    case .damped: return ets("AAdN")
    case .theta:
      return Theta.forecast(y, m: m, horizon: horizon, levels: levels, estimator: estimator(m)).map {
        SeriesForecast(path: $0, method: "theta")
      }
    case .trend:
      return trend(series, horizon: horizon).map { SeriesForecast(path: $0, method: "trend") }
    case .snaive:
      return RandomWalkForecasts.seasonalNaive(y, m: m, horizon: horizon, levels: levels).map {
        SeriesForecast(path: $0, method: "snaive")
      }
    case .naive:
      return RandomWalkForecasts.naive(y, horizon: horizon, levels: levels).map {
        SeriesForecast(path: $0, method: "naive")
      }
    case .drift:
      return RandomWalkForecasts.drift(y, horizon: horizon, levels: levels).map {
        SeriesForecast(path: $0, method: "drift")
      }
    case .naive2:
      return Naive2.forecast(y, m: m, horizon: horizon, levels: levels).map {
        SeriesForecast(path: $0, method: "naive2")
      }
    case .comb:
      let parts = [
        run(.ets, series, horizon: horizon), run(.theta, series, horizon: horizon),
        run(.trend, series, horizon: horizon),
      ]
      .compactMap { $0 }
      guard parts.count >= 2 else { return nil }
      return SeriesForecast(
        path: ForecastCombination.average(parts.map(\.path)),
        method: "comb(" + parts.map(\.method).joined(separator: ",") + ")")
    }
  }

  /// Trend regression of one series on its calendar (1-2月 combined series keep January empty), the
  /// forecasts taken at the series' future periods.
  func trend(_ series: MonthlySeries, horizon: Int) -> ForecastPath? {
    let calendar = series.calendarValues()
    let fit = TrendRegression.fit(
      Matrix(rows: calendar.count, columns: 1, storage: calendar), firstPeriod: series.firstPeriod)
    return Self.trendPath(fit, column: 0, of: series, horizon: horizon, levels: levels)
  }

  /// The forecast of `series`, column `column` of the calendar matrix `fit` was fitted on, at the
  /// series' `horizon` future periods (a combined series skips Januaries); `nil` when it was not fitted.
  static func trendPath(
    _ fit: TrendRegressionFit, column: Int, of series: MonthlySeries, horizon: Int, levels: [Double]
  ) -> ForecastPath? {
    let last = series.period(at: series.count - 1)
    let future = series.futurePeriods(horizon)
    guard let span = future.last.map({ $0 - last }),
      let path = fit.forecast(series: column, horizon: span, levels: levels)
    else { return nil }
    let steps = future.map { $0 - last - 1 }
    return ForecastPath(
      mean: steps.map { path.mean[$0] },
      intervals: path.intervals.map { interval in
        ForecastInterval(
          level: interval.level, lower: steps.map { interval.lower[$0] },
          upper: steps.map { interval.upper[$0] })
      })
  }
}
