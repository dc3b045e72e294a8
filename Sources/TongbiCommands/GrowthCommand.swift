import ArgumentParser
@_spi(ByteLevel) import ByteLevel
import Foundation
import TongbiKit

/// `tongbi growth`: the growth table (同比, 累计同比, 环比, increments, changes of growth) of every
/// series, with targets, ranks and contributions when asked.
struct GrowthCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "growth",
    abstract: "Growth table: 同比, 累计同比, 环比, change in points, increments; targets and ranks when asked.",
    discussion: """
      Terminal and Markdown tables round as statistics offices do (growth to one decimal, half away \
      from zero); CSV and JSON carry full precision. Undefined values are empty (null in JSON) with \
      their reason in the note column. Exit status: 0 on success, 1 for unreadable input or output, \
      64 for usage errors.
      """
  )

  @OptionGroup var input: InputOptions
  @OptionGroup var threading: ThreadsOption

  @Option(help: "Only this month (2024-06, 2024年6月, 202406); every month when omitted.")
  var period: String?

  @Option(name: .customLong("indicator"), help: "Only this indicator (code or name); repeatable.")
  var indicators: [String] = []

  @Option(
    name: .customLong("region"),
    help: "Only this region; repeatable. Ranks and contributions stay those among every region.")
  var regions: [String] = []

  @Option(help: "Annual targets file (地区,指标,年度,目标值,目标增速(%),力争目标值,力争目标增速(%)).")
  var targets: String?

  @Option(help: "Region that is the total of all other regions (when the data have no 上级地区 column).")
  var total: String?

  @Option(
    name: .customLong("rank-by"), help: "Rank regions within their parent by growth, level or completion.")
  var rankBy: RankingBasis?

  @Option(help: "Output format: table, csv, md, json or xlsx (a workbook: --output FILE.xlsx, or a pipe).")
  var format: GrowthFormat = .table

  @Option(help: "Show amounts in this unit (万元 or 亿元) where the indicator's unit converts.")
  var unit: String?

  @Option(
    help: ArgumentHelp(
      "Only these columns, in this order (comma-separated keys, e.g. region,indicator,period,cumulative_yoy_pct).",
      discussion: "Keys: \(GrowthColumn.all.map(\.key).joined(separator: ", ")).", valueName: "keys"))
  var columns: String?

  @Option(
    name: .customLong("lang"),
    help: "table and md: column titles, indicator names and periods in zh or en (default: column keys).")
  var language: ReportLanguage?

  @OptionGroup var destination: OutputOption

  @Flag(help: "Compare growth computed from levels with the published rates of the input (e.g. 同比增长(%)).")
  var comparePublished = false

  func validate() throws {
    if input.files.isEmpty && !input.readsStore {
      throw ValidationError("give at least one file to read ('-' for standard input), or --store PATH")
    }
    if let period, Period(parsing: period) == nil {
      throw ValidationError("--period '\(period)': expected a month such as 2024-06 or 2024年6月")
    }
    if let columns {
      let keys = Self.keys(columns)
      if keys.isEmpty {
        throw ValidationError("--columns '\(columns)': expected column keys separated by commas")
      }
      if let unknown = keys.first(where: { GrowthColumn.named($0) == nil }) {
        throw ValidationError(
          "--columns: unknown column '\(unknown)'; the keys are \(GrowthColumn.all.map(\.key).joined(separator: ", "))"
        )
      }
    }
    if language != nil && [.csv, .json, .xlsx].contains(format) {
      throw ValidationError(
        "--lang applies to --format table and md; csv, json and xlsx keep the column keys")
    }
    if format == .xlsx && comparePublished {
      throw ValidationError("--compare-published writes table, csv, md or json")
    }
    try destination.refuseWorkbookOnTerminal(format == .xlsx)
    if comparePublished {
      let ignored = [
        ("--targets", targets != nil), ("--rank-by", rankBy != nil), ("--region", !regions.isEmpty),
        ("--indicator", !indicators.isEmpty), ("--columns", columns != nil), ("--unit", unit != nil),
        ("--lang", language != nil),
      ]
      if let (name, _) = ignored.first(where: \.1) {
        throw ValidationError(
          "--compare-published shows the published rates beside the computed ones; \(name) does not apply")
      }
    }
  }

  /// The keys of a `--columns` value.
  static func keys(_ text: String) -> [String] {
    text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }

  func run() throws {
    try destination.refuseOverwriting(input.files + [input.indicatorFile, input.storage.path, targets])
    let panel = try DataLoader.panel(
      input, files: input.files, threads: threading.threads, period: period, total: total)
    let makeSink = { () throws -> ByteOutput in
      try CommandFailure.wrapOutput { () throws(SystemCallError) in
        try destination.output.map { path throws(SystemCallError) in try ByteOutput(path: path) }
          ?? ByteOutput()
      }
    }
    if comparePublished {
      let sink = try makeSink()
      let comparison = PublishedRateComparison(panel: panel, period: period.flatMap(Period.init(parsing:)))
      let text =
        switch format {
        case .csv: ComparisonRenderer.csv(comparison)
        case .json: ComparisonRenderer.json(comparison)
        case .table: ComparisonRenderer.table(comparison, markdown: false)
        case .md, .xlsx: ComparisonRenderer.table(comparison, markdown: true)
        }
      try CommandFailure.wrapOutput { () throws(SystemCallError) in
        try sink.append(text)
        try sink.commit()
      }
      return
    }
    var table = try CommandFailure.wrapGrowth { () throws(GrowthError) in
      try GrowthTable(panel: panel, indicators: indicators, period: period.flatMap(Period.init(parsing:)))
    }
    if !table.ratePairs.isEmpty { table.addPublishedRateColumns() }
    if let targets {
      let read = try CommandFailure.wrap { () throws(IngestError) in
        try TargetsReader.read(path: targets, for: panel)
      }
      table.addTargetColumns(read)
    }
    var sumChecks = SumCheckReport()
    if panel.hasRegionTotals || panel.indicators.values.contains(where: { $0.parent != nil }) {
      sumChecks = table.addContributionColumns()
    }
    if let rankBy { table.addRankColumns(by: rankBy) }
    if !regions.isEmpty {
      let whole = table
      table = try CommandFailure.wrapGrowth { () throws(GrowthError) in try whole.selecting(regions: regions)
      }
    }
    if let columns {
      let keys = Self.keys(columns)
      do {
        try table.selectColumns(keys)
      } catch {
        // A column of the schema this table lacks: an option that needs another (--targets, --rank-by).
        throw ValidationError(
          "--columns: \(error); add the option that computes it (--targets, --rank-by, --total)")
      }
    }
    let shownUnit = unit.map(UnitParser.parse)
    let chosen = table
    let threads = threading.threads
    let progress = ProgressReporter(label: "writing", unit: "series")
    let update = progress.isEnabled ? progress.update : nil
    if format == .xlsx {
      try WorkbookFile.write(to: destination.output) { path throws(ReportError) in
        try GrowthXLSXRenderer(unit: shownUnit).write(chosen, to: path, threads: threads, progress: update)
      }
      progress.finish()
    }
    let sink = format == .xlsx ? nil : try makeSink()
    try CommandFailure.wrapOutput { () throws(SystemCallError) in
      guard let sink else { return }
      switch format {
      case .xlsx: return
      case .csv:
        try GrowthCSVRenderer(unit: shownUnit).write(chosen, to: sink, threads: threads, progress: update)
      case .json:
        try GrowthJSONRenderer(unit: shownUnit).write(chosen, to: sink, threads: threads, progress: update)
      case .table, .md:
        try GrowthTextRenderer(
          style: format == .md ? .markdown : .terminal, unit: shownUnit, language: language
        )
        .write(chosen, to: sink, threads: threads, progress: update)
      }
      progress.finish()
      try sink.commit()
    }
    for gap in sumChecks.gaps {
      StandardError.write(
        "note: \(gap.region) \(gap.indicator) \(gap.period): parts add up to \(gap.sumOfParts), "
          + "the published total is \(gap.total) (gap \(gap.gap))")
    }
    if sumChecks.unchecked > 0 {
      StandardError.write(
        "note: \(sumChecks.unchecked) totals not checked against their parts (a part is missing)")
    }
  }
}

extension CommandFailure {
  /// Runs `body`, turning an output error into a message and exit status 1.
  static func wrapOutput<T>(_ body: () throws(SystemCallError) -> T) throws -> T {
    do {
      return try body()
    } catch {
      throw CommandFailure.message(error.description)
    }
  }

  /// Runs `body`, turning a selection error (unknown indicator, region or period) into a message.
  static func wrapGrowth<T>(_ body: () throws(GrowthError) -> T) throws -> T {
    do {
      return try body()
    } catch {
      throw CommandFailure.message(error.description)
    }
  }
}

/// Output formats of `tongbi growth`.
enum GrowthFormat: String, ExpressibleByArgument, CaseIterable {
  case table
  case csv
  case md
  case json
  /// An Excel workbook, streamed (`GrowthXLSXRenderer`).
  case xlsx
}

extension RankingBasis: ExpressibleByArgument {}
