import ArgumentParser
import Foundation
import TongbiKit

/// `tongbi project`: full-year projection per series from the year to date.
struct ProjectCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "project",
    abstract: "Project the full year from 1-m月 data: projection, interval, implied growth, target odds.",
    discussion: """
      Methods: last-year (A(y-1)·C(y,m)/C(y-1,m)), seasonal-share (over up to 3 past years), model \
      (automatic ETS of the remaining months) and combination, the mean of seasonal-share and model. The \
      projection is the combination where both apply (3 full years of history before the year): on \
      thousands of real series-years it beat every simple method and a per-series choice (tongbi backtest \
      --projection measures them on your data). With less history, the method with the smallest error in \
      a backtest of the same task over past years is used. Intervals and the probability of meeting the \
      target come from simulated paths of the remaining months; with 2 to 3 full years of history, from \
      a model of those years, widened further (under 2 years: none, with a note). Missing or redacted \
      months inside the history are bridged by the model, as long as no gap lasts a year and at most one \
      month in six is missing; where the cumulative values still fix the sum of a run of them (a redacted \
      1-5月 between 1-4月 and 1-6月), the model's forecasts start from those months filled to that sum. The \
      note names the months missing.
      """
  )

  @OptionGroup var input: InputOptions
  @OptionGroup var threading: ThreadsOption
  @OptionGroup var destination: OutputOption

  @Option(help: "Last month of data to use, e.g. 2024-06.")
  var period: String

  @Option(help: "Targets file (地区,指标,年度,目标值,目标增速(%),...).")
  var targets: String?

  @Option(help: "Output format: csv, json, table or xlsx (a workbook: --output FILE.xlsx, or a pipe).")
  var format: ForecastFormat = .table

  func validate() throws {
    try destination.refuseWorkbookOnTerminal(format == .xlsx)
    if input.files.isEmpty && !input.readsStore {
      throw ValidationError("give at least one file to read ('-' for standard input), or --store PATH")
    }
    guard Period(parsing: period) != nil else {
      throw ValidationError("--period: expected YYYY-MM, e.g. 2024-06")
    }
  }

  func run() throws {
    try destination.refuseOverwriting(input.files + [input.indicatorFile, input.storage.path, targets])
    guard let end = Period(parsing: period) else { return }
    let result = try DataLoader.load(input, files: input.files, threads: threading.threads, period: period)
    let targetList = try DataLoader.targets(targets, input: input, panel: result.panel) ?? []
    let progress = ProgressReporter(label: "projecting", unit: "series")
    let projections = ProjectionBatch.run(
      result.panel, period: end, targets: targetList, threads: threading.threads,
      progress: progress.isEnabled ? progress.update : nil)
    progress.finish()
    switch format {
    case .csv: try destination.write(ProjectionReport.csv(projections))
    case .json: try destination.write(ProjectionReport.json(projections))
    case .table: try destination.write(ProjectionReport.table(projections))
    case .xlsx:
      try WorkbookFile.write(to: destination.output) { path throws(ReportError) in
        try CSVWorkbook.write(
          csv: Array(ProjectionReport.csv(projections).utf8), sheet: "projections", to: path)
      }
    }
  }
}
