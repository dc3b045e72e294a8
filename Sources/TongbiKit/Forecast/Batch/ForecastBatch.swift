/// Forecasts of every series of a panel.
public enum ForecastBatch {
  /// One result per subject of `ForecastSubject.all(in:)`, in order: a forecast for each series with
  /// at least two values (falling back to simpler methods as `Forecaster` does), otherwise the reason.
  public static func run(
    _ panel: Panel, horizon: Int, method: ForecastMethod, levels: [Double],
    etsOptions: ETSOptions = .fast
  ) -> [ForecastOutcome] {
    let forecaster = Forecaster(levels: levels, etsOptions: etsOptions)
    let subjects = ForecastSubject.all(in: panel)
    let trends =
      method == .trend
      ? BatchedTrend.forecasts(subjects.map(\.series), horizon: horizon, levels: levels) : [:]
    return subjects.enumerated().map { index, subject in
      guard let series = subject.series else {
        return ForecastOutcome(subject: subject, forecast: nil, periods: [], problem: subject.problem)
      }
      let batched = trends[index].map { SeriesForecast(path: $0, method: "trend") }
      guard let forecast = batched ?? forecaster.forecast(series, horizon: horizon, method: method) else {
        return ForecastOutcome(
          subject: subject, forecast: nil, periods: [],
          problem: "only \(series.count) value(s): nothing to forecast from")
      }
      return ForecastOutcome(
        subject: subject, forecast: forecast, periods: series.futurePeriods(horizon), problem: nil)
    }
  }
}

/// The forecast of one subject, or why there is none.
public struct ForecastOutcome: Sendable {
  /// The series forecast.
  public var subject: ForecastSubject
  /// The forecast, when one could be made.
  public var forecast: SeriesForecast?
  /// The periods of the forecast steps.
  public var periods: [Period]
  /// Why there is no forecast.
  public var problem: String?
}
