@_spi(ByteLevel) import ByteLevel

/// Forecasts of every series of a panel.
public enum ForecastBatch {
  /// One result per subject of `ForecastSubject.all(in:)`, in order: a forecast for each series with
  /// at least two values (falling back to simpler methods as `Forecaster` does), otherwise the reason.
  /// A series with missing months inside its bridged stretch is forecast with them filled by the ETS
  /// combination (`Forecaster.filled`), except by `trend`, whose regressions are batched on each series'
  /// last gap-free stretch; otherwise from that stretch. The note (or the reason) names the months filled
  /// and the values left out.
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
      var input = series
      var positions: [Int] = []
      var notes = [subject.leftOut]
      if method != .trend, let bridged = subject.bridged,
        let filled = forecaster.filled(bridged, totals: subject.bridgedTotals)
      {
        input = filled.series
        positions = filled.positions
        notes = [filled.note, subject.bridgedLeftOut]
      }
      guard
        var forecast = batched
          ?? forecaster.forecast(input, horizon: horizon, method: method, filled: positions)
      else {
        return ForecastOutcome(
          subject: subject, forecast: nil, periods: [],
          problem: (["only \(input.count) value(s): nothing to forecast from"] + notes)
            .compactMap { $0 }.joined(separator: "; "))
      }
      let added = notes.compactMap { $0 }
      if !added.isEmpty {
        forecast.note = (added + [forecast.note].compactMap { $0 }).joined(separator: "; ")
      }
      return ForecastOutcome(
        subject: subject, forecast: forecast, periods: input.futurePeriods(horizon), problem: nil)
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
