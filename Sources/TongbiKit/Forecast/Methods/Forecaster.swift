import Foundation
import LinearAlgebra

/// Forecasts single series by any `ForecastMethod`, falling back to simpler methods when a series is
/// too short, so a batch never stops because of one series. Holds ETS estimators for reuse: not safe
/// to share between concurrent tasks (use one per task).
///
/// `ets` is automatic ETS as the Akaike-weighted combination of its models (`AutoETS`). `comb` is the
/// equally weighted mean of ets, automatic ARIMA and Theta, the benchmark combination of the M3/M4
/// literature. `auto` uses it unless ets alone did better on a holdout: the last k = min(H, m) values
/// are held out, ets (the models and weights found on the whole series), ARIMA (the order chosen on the
/// whole series) and Theta are fitted to the rest, and ets is used when its holdout forecasts beat the
/// combination's on both sMAPE and MASE (on sMAPE alone when MASE is undefined: a training part without
/// seasonal change). Measured on M1 monthly (617 series, h = 18, `Benchmarks/compare/per_set_accuracy.py`):
/// the combination alone scores sMAPE 14.60 and MASE 1.031, `auto` 13.95 and 1.020, the mean of R's
/// `ets`, `auto.arima` and `thetaf` 14.80 and 1.039. Choosing by holdout sMAPE alone among the single
/// models and the combination was worse on MASE (measured with an earlier ETS, one model chosen by
/// AICc whose trend could be undamped). With fewer than 3m + k values there is no seasonal holdout fit
/// to compare and `auto` uses the combination.
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
  /// (fewer than 2 values). `filled` lists the positions of `series` that hold filled values
  /// (`filled(_:)`), which `auto`'s holdout does not score.
  public func forecast(_ series: MonthlySeries, horizon: Int, method: ForecastMethod, filled: [Int] = [])
    -> SeriesForecast?
  {
    if method == .auto { return automatic(series, horizon: horizon, filled: filled) }
    if let result = run(method, series, horizon: horizon) { return result }
    for fallback in method.fallbacks {
      if var result = run(fallback, series, horizon: horizon) {
        result.note =
          "\(method.rawValue) could not be fitted to these \(series.count) values (too few, or no valid "
          + "estimate); used \(result.method)"
        return result
      }
    }
    return nil
  }

  /// `series` (bridged across missing months, `MonthlySeries.bridging`) with each missing month filled
  /// by the ETS combination's forecast of it from the months before (`ETSCombination.filling`), each run
  /// of `totals` then moved to the sum the cumulative values fix for it (`MissingMonthsTotal.impose`; a
  /// sum that is not positive in a positive series is not used, and the note says so), the positions
  /// filled and a note naming those months; `nil` when the combination cannot be fitted or
  /// run up to a gap, a filled value is not finite, or it is not positive where every observed value is.
  /// The methods then see the whole history with the gaps imputed once; refitted to it, ETS finds each
  /// filled month to be its own forecast (no error) but counts it in n, so its intervals narrow a little.
  func filled(_ series: MonthlySeries, totals: [MissingMonthsTotal] = [])
    -> (series: MonthlySeries, positions: [Int], note: String)?
  {
    let estimator = estimator(series.seasonLength)
    guard let combination = AutoETS.combination(series.values, estimator: estimator),
      var values = combination.filling(series.values, estimator: estimator)
    else { return nil }
    let positions = series.values.indices.filter { series.values[$0].isNaN }
    let positive = series.values.allSatisfy { $0.isNaN || $0 > 0 }
    let applicable = totals.filter { $0.positions.upperBound <= values.count }
    let imposed = applicable.filter { $0.impose(on: &values, positive: positive) }
    guard positions.allSatisfy({ values[$0].isFinite && (!positive || values[$0] > 0) }) else { return nil }
    var note =
      series.months(at: positions, noun: "missing month")
      + " filled with the ETS combination's forecasts from the months before"
    let spans = { (runs: [MissingMonthsTotal]) in
      runs.map { run in
        let first = series.label(series.period(at: run.positions.lowerBound))
        return run.positions.count == 1
          ? first : first + " to " + series.label(series.period(at: run.positions.upperBound - 1))
      }
    }
    if !imposed.isEmpty {
      note +=
        ", made to add up to the total\(imposed.count == 1 ? "" : "s") the cumulative values give for "
        + spans(imposed).joined(separator: ", ")
    }
    let refused = applicable.filter { !imposed.contains($0) }
    if !refused.isEmpty {
      note +=
        "; the cumulative values do not rise across " + spans(refused).joined(separator: ", ")
        + ", so their total was not used"
    }
    return (
      MonthlySeries(firstPeriod: series.firstPeriod, values: values, combinedJanuary: series.combinedJanuary),
      positions, note
    )
  }

  /// `auto` as described in the type's documentation; the positions `filled` are left out of the holdout's
  /// scores and of the MASE scale.
  func automatic(_ series: MonthlySeries, horizon: Int, filled: [Int] = []) -> SeriesForecast? {
    let m = series.seasonLength
    let k = min(horizon, m)
    let y = series.values
    let estimator = estimator(m)
    guard y.count >= 3 * m + k else {
      return combinationInstead(
        series, horizon: horizon, note: "auto: \(series.count) values, too few for a holdout test")
    }
    guard let ets = AutoETS.combination(y, estimator: estimator) else {
      return combinationInstead(series, horizon: horizon, note: "auto: ETS could not be fitted")
    }
    let arima = AutoARIMA.fit(y, period: m)
    let training = Array(y.dropLast(k))
    var observed = y
    for position in filled { observed[position] = .nan }
    let actual = Array(observed.suffix(k))
    // Each member's forecasts of the held-out values: the ETS models and weights, the ARIMA order, as found
    // on the whole series.
    let etsHoldout = ets.refitted(to: training, estimator: estimator)?.pointForecasts(horizon: k)
    let arimaHoldout = arima.flatMap { ARIMAEstimator.fit(training, order: $0.order, thorough: false) }?
      .forecast(horizon: k, levels: []).mean
    let thetaHoldout = Theta.forecast(training, m: m, horizon: k, levels: [], estimator: estimator)?.mean
    let members = [etsHoldout, arimaHoldout, thetaHoldout].compactMap { $0 }
    let etsPath = SeriesForecast(
      path: ets.forecast(horizon: horizon, levels: levels), method: ets.description)
    let parts = [
      etsPath,
      arima.map {
        SeriesForecast(path: $0.forecast(horizon: horizon, levels: levels), method: $0.order.description)
      },
      run(.theta, series, horizon: horizon),
    ].compactMap { $0 }
    guard let etsHoldout, members.count >= 2, var combined = Self.combination(parts) else {
      return combinationInstead(series, horizon: horizon, note: "auto: no holdout comparison could be made")
    }
    let scale = AccuracyMetrics.maseScale(training: Array(observed.dropLast(k)), m: m)
    let combinedHoldout = (0..<k).map { step in members.reduce(0) { $0 + $1[step] } / Double(members.count) }
    let errors = (
      AccuracyMetrics.smape(actual: actual, forecast: etsHoldout),
      AccuracyMetrics.smape(actual: actual, forecast: combinedHoldout),
      AccuracyMetrics.mase(actual: actual, forecast: etsHoldout, scale: scale),
      AccuracyMetrics.mase(actual: actual, forecast: combinedHoldout, scale: scale)
    )
    let summary =
      "sMAPE \(Self.rounded(errors.0)) against \(Self.rounded(errors.1)), "
      + "MASE \(Self.rounded(errors.2)) against \(Self.rounded(errors.3))"
    if errors.0 < errors.1, errors.2.isNaN || errors.2 < errors.3 {
      var result = etsPath
      result.note = "auto: ETS beat the combination on the last \(k) values (\(summary))"
      return result
    }
    combined.note = "auto: the combination; ETS alone did not beat it on the last \(k) values (\(summary))"
    return combined
  }

  /// `comb` for `series` when `auto` cannot compare, its note prefixed by `note` and saying what was used.
  func combinationInstead(_ series: MonthlySeries, horizon: Int, note: String) -> SeriesForecast? {
    guard var result = forecast(series, horizon: horizon, method: .comb) else { return nil }
    result.note = note + "; " + (result.note ?? "used the combination")
    return result
  }

  /// `value` with two decimals, for notes.
  static func rounded(_ value: Double) -> String {
    value.isNaN ? "undefined" : String(format: "%.2f", value)
  }

  /// The equally weighted combination of `parts` (`ForecastCombination.average`), named after them;
  /// `nil` with fewer than two.
  static func combination(_ parts: [SeriesForecast]) -> SeriesForecast? {
    guard parts.count >= 2 else { return nil }
    return SeriesForecast(
      path: ForecastCombination.average(parts.map(\.path)),
      method: "comb(" + parts.map(\.method).joined(separator: ",") + ")")
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
      guard let combination = AutoETS.combination(y, estimator: estimator(m)) else { return nil }
      return SeriesForecast(
        path: combination.forecast(horizon: horizon, levels: levels), method: combination.description)
    case .ses: return ets("ANN")
    case .holt: return ets("AAN")
    case .damped: return ets("AAdN")
    case .arima:
      guard let fit = AutoARIMA.fit(y, period: m) else { return nil }
      return SeriesForecast(
        path: fit.forecast(horizon: horizon, levels: levels), method: fit.order.description)
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
      return Self.combination(
        [
          run(.ets, series, horizon: horizon), run(.arima, series, horizon: horizon),
          run(.theta, series, horizon: horizon),
        ]
        .compactMap { $0 })
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
