@_spi(ByteLevel) import ByteLevel

/// Forecasts of every series of a panel.
public enum ForecastBatch {
  /// One result per subject of `ForecastSubject.all(in:)`, in order: a forecast for each series with
  /// at least two values (falling back to simpler methods as `Forecaster` does), otherwise the reason;
  /// the note (or the reason) says so when values before a missing month were left out.
  /// Series are forecast on up to `threads` threads (the result does not depend on the count);
  /// `progress(done, total)` is told how many of how many subjects are finished.
  public static func run(
    _ panel: Panel, horizon: Int, method: ForecastMethod, levels: [Double],
    etsOptions: ETSOptions = .fast, threads: Int = 1, progress: ((Int, Int) -> Void)? = nil
  ) -> [ForecastOutcome] {
    let subjects = ForecastSubject.all(in: panel)
    let trends =
      method == .trend
      ? BatchedTrend.forecasts(subjects.map(\.series), horizon: horizon, levels: levels) : [:]
    return WorkerPool.map(
      count: subjects.count, threads: threads,
      makeWorker: { Forecaster(levels: levels, etsOptions: etsOptions) }, progress: progress
    ) { forecaster, index in
      let subject = subjects[index]
      guard let series = subject.series else {
        return ForecastOutcome(subject: subject, forecast: nil, periods: [], problem: subject.problem)
      }
      let batched = trends[index].map { SeriesForecast(path: $0, method: "trend") }
      guard var forecast = batched ?? forecaster.forecast(series, horizon: horizon, method: method) else {
        return ForecastOutcome(
          subject: subject, forecast: nil, periods: [],
          problem: ["only \(series.count) value(s): nothing to forecast from", subject.leftOut]
            .compactMap { $0 }.joined(separator: "; "))
      }
      if let leftOut = subject.leftOut {
        forecast.note = [leftOut, forecast.note].compactMap { $0 }.joined(separator: "; ")
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
