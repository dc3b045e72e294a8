import ArgumentParser
import Foundation
import TongbiKit

/// `tongbi forecast`: forecasts every series H months past its last observation.
struct ForecastCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "forecast",
    abstract: "Forecast every series H months past its last observation, with prediction intervals.",
    discussion: """
      Methods: auto (comb, or ets where ets alone beat it on the last min(H, 12) values on both sMAPE and \
      MASE), comb (average of ets, arima and theta), ets (the ETS models combined by their Akaike \
      weights), arima (automatic seasonal ARIMA as R's auto.arima), theta, trend (seasonal trend \
      regression), snaive, naive, drift, naive2, ses, holt, damped. Series too short for a method fall back \
      to a simpler one and the note says so. Series published with 1-2月 combined are modelled on 11 periods \
      a year. Missing or redacted months inside a series (no gap of a year, at most one month in six) are \
      filled with the ETS combination's forecasts from the months before, for every method but trend, and \
      the note names them; where a series' cumulative values still fix the sum of a run of them (a redacted \
      1-9月 between 1-8月 and 1-10月, or a redacted 1-11月 before the last value, 1-12月), the filled months \
      are made to add up to that sum.
      """
  )

  @OptionGroup var input: InputOptions
  @OptionGroup var threading: ThreadsOption
  @OptionGroup var destination: OutputOption

  @Option(help: "Months to forecast.")
  var horizon: Int = 12

  @Option(help: "Method: \(ForecastMethod.allCases.map(\.rawValue).joined(separator: ", ")).")
  var method: ForecastMethod = .auto

  @Option(help: "Interval levels in percent, comma-separated, or none (point forecasts only: faster).")
  var level: String = "80,95"

  @Option(help: "Output format: csv, json, table or xlsx (a workbook: --output FILE.xlsx, or a pipe).")
  var format: ForecastFormat = .csv

  @Option(
    name: .customLong("ets-fit"),
    help:
      "ETS estimation: exact (as R: initial seasonal states estimated, 4 starts) or fast (decomposition states, 2 starts)."
  )
  var etsFit: ETSFitMode = .fast

  func validate() throws {
    try destination.refuseWorkbookOnTerminal(format == .xlsx)
    if input.files.isEmpty && !input.readsStore {
      throw ValidationError("give at least one file to read ('-' for standard input), or --store PATH")
    }
    guard horizon >= 1 else { throw ValidationError("--horizon must be at least 1") }
    _ = try LevelOption.parse(level)
  }

  func run() throws {
    try destination.refuseOverwriting(input.files + [input.indicatorFile, input.storage.path])
    let levels = try LevelOption.parse(level)
    let result = try DataLoader.load(input, files: input.files, threads: threading.threads)
    let progress = ProgressReporter(label: "forecasting", unit: "series")
    let outcomes = ForecastBatch.run(
      result.panel, horizon: horizon, method: method, levels: levels,
      etsOptions: etsFit == .fast ? .fast : ETSOptions(), threads: threading.threads,
      progress: progress.isEnabled ? progress.update : nil)
    progress.finish()
    switch format {
    case .csv: try destination.write(ForecastReport.csv(outcomes, levels: levels))
    case .json: try destination.write(ForecastReport.json(outcomes, levels: levels))
    case .table: try destination.write(ForecastReport.table(outcomes, levels: levels))
    case .xlsx:
      try WorkbookFile.write(to: destination.output) { path throws(ReportError) in
        try CSVWorkbook.write(csv: ForecastReport.csv(outcomes, levels: levels), sheet: "forecasts", to: path)
      }
    }
  }
}

extension ForecastMethod: ExpressibleByArgument {}

/// Output formats of `tongbi forecast`.
enum ForecastFormat: String, ExpressibleByArgument, CaseIterable {
  case csv
  case json
  case table
  /// An Excel workbook of the CSV's table (`CSVWorkbook`).
  case xlsx
}

/// `--ets-fit` values.
enum ETSFitMode: String, ExpressibleByArgument, CaseIterable {
  case exact
  case fast
}

/// Parses `--level 80,95` into fractions; `none` is no interval.
enum LevelOption {
  static func parse(_ text: String) throws -> [Double] {
    if text.trimmingCharacters(in: .whitespaces).lowercased() == "none" { return [] }
    let levels = text.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
    guard !levels.isEmpty, levels.allSatisfy({ $0.map { $0 > 0 && $0 < 100 } ?? false }) else {
      throw ValidationError("--level: expected percentages between 0 and 100, e.g. 80,95, or none")
    }
    return levels.compactMap { $0.map { $0 / 100 } }
  }
}
