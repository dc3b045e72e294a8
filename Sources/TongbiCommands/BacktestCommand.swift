import ArgumentParser
import TongbiKit

/// `tongbi backtest`: rolling-origin accuracy per method.
struct BacktestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "backtest",
    abstract: "Rolling-origin backtest: sMAPE, MASE (seasonal naive scale) and interval coverage per method.",
    discussion: """
      With --projection, the full-year projection of tongbi project instead: for every cumulating series, \
      every one of its last --years complete years y and every month m = 1-11, each method projects the \
      year from the data up to (y, m) only; the table gives by m the mean and median absolute percentage \
      error of each method, of the run rate C(y,m)·12/m and of the projection tongbi project gave; csv \
      and json list every case.
      """)

  @OptionGroup var input: InputOptions
  @OptionGroup var threading: ThreadsOption
  @OptionGroup var destination: OutputOption

  @Option(help: "Months forecast from each origin.")
  var horizon: Int = 12

  @Option(help: "Number of forecast origins (the last N cut points, one month apart).")
  var origins: Int = 3

  @Option(help: "Methods, comma-separated.")
  var method: String = "auto,ets,theta,trend,snaive,naive2"

  @Option(help: "Interval levels in percent, comma-separated, or none (no interval coverage).")
  var level: String = "80,95"

  @Option(
    help:
      "Output format: table, csv, json or xlsx (csv, json and xlsx add the scores per series and method).")
  var format: ForecastFormat = .table

  @Flag(help: "Backtest the full-year projection (tongbi project) from 1-m月, m = 1-11, instead of forecasts.")
  var projection = false

  @Option(help: "With --projection: the last N complete years of each series projected.")
  var years: Int = 10

  func validate() throws {
    try destination.refuseWorkbookOnTerminal(format == .xlsx)
    if input.files.isEmpty && !input.readsStore {
      throw ValidationError("give at least one file to read ('-' for standard input), or --store PATH")
    }
    guard horizon >= 1, origins >= 1, years >= 1 else {
      throw ValidationError("--horizon, --origins and --years must be at least 1")
    }
    _ = try methods()
    _ = try LevelOption.parse(level)
  }

  private func methods() throws -> [ForecastMethod] {
    try method.split(separator: ",").map { name in
      guard let parsed = ForecastMethod(rawValue: String(name)) else {
        throw ValidationError("--method: unknown method '\(name)'")
      }
      return parsed
    }
  }

  func run() throws {
    try destination.refuseOverwriting(input.files + [input.indicatorFile, input.storage.path])
    let levels = try LevelOption.parse(level)
    let result = try DataLoader.load(input, files: input.files, threads: threading.threads)
    if projection { return try runProjection(result.panel) }
    let progress = ProgressReporter(label: "backtesting", unit: "series")
    let backtest = Backtest.run(
      result.panel, horizon: horizon, origins: origins, methods: try methods(), levels: levels,
      threads: threading.threads, progress: progress.isEnabled ? progress.update : nil)
    progress.finish()
    switch format {
    case .csv: try destination.write(BacktestReport.csv(backtest))
    case .json: try destination.write(BacktestReport.json(backtest))
    case .table: try destination.write(BacktestReport.table(backtest))
    case .xlsx:
      try WorkbookFile.write(to: destination.output) { path throws(ReportError) in
        try CSVWorkbook.write(csv: Array(BacktestReport.csv(backtest).utf8), sheet: "backtest", to: path)
      }
    }
  }

  /// `--projection`: the projection backtest, every case or the accuracy by month.
  private func runProjection(_ panel: Panel) throws {
    let progress = ProgressReporter(label: "backtesting projections", unit: "series")
    let cases = ProjectionBacktest.run(
      panel, years: years, threads: threading.threads, progress: progress.isEnabled ? progress.update : nil)
    progress.finish()
    switch format {
    case .csv: try destination.write(ProjectionBacktestReport.csv(cases))
    case .json: try destination.write(ProjectionBacktestReport.json(cases))
    case .table: try destination.write(ProjectionBacktestReport.table(cases))
    case .xlsx:
      try WorkbookFile.write(to: destination.output) { path throws(ReportError) in
        try CSVWorkbook.write(
          csv: Array(ProjectionBacktestReport.csv(cases).utf8), sheet: "projection backtest", to: path)
      }
    }
  }
}
