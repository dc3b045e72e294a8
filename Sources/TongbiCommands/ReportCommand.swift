import ArgumentParser
@_spi(ByteLevel) import ByteLevel
import Foundation
import TongbiKit

/// `tongbi report`: the work-report paragraph, tables and charts for one region and period.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write the work report of a region and period: paragraph, tables and (HTML) charts.",
    discussion: """
      With no FILE, reports on the bundled township panel Datasets/township/township-monthly.csv with its \
      indicators.csv and targets.csv. Datasets/ is looked for in the current directory, then beside the \
      tongbi executable and in every directory above it; run from the checkout or pass files.
      Defaults: the region is the first region without a parent that has sub-regions (else the first); \
      the period is the latest 1-6月 (latest half-year) in the data, else the latest period.
      Units: amounts are shown in the --unit unit where an indicator's unit converts into it (万元, 亿元, \
      元, ...), else (--lang en) money in million yuan, else in the indicator file's unit, else as the data \
      publish them; conversions are exact and keep every published digit.
      Templates: --templates DIR replaces any default template by file name (report-text.mustache, \
      report-markdown.mustache, report-html.mustache, paragraph-zh.mustache, clause-zh.mustache, ...); \
      see Sources/TongbiKit/Report/Templates/README.md for the variables.
      """
  )

  @OptionGroup var input: InputOptions
  @OptionGroup var threading: ThreadsOption

  @Option(help: "Report period, e.g. 2024-06 or 2024年1-6月 (default: the latest half-year).")
  var period: String?

  @Option(help: "Region to report on (default: the top region).")
  var region: String?

  @Option(help: "Region that is the total of all other regions (when the data have no 上级地区 column).")
  var total: String?

  @Option(help: "Annual targets file (CSV: 地区, 指标, 年度, 目标值, 目标增速(%)).")
  var targets: String?

  @Option(help: "Language: zh or en.")
  var lang: ReportLanguage = .zh

  @Option(help: "Show amounts in this unit (e.g. 万元, 亿元, 元) where an indicator's unit converts into it.")
  var unit: String?

  @Option(
    help:
      "Decimals of every amount (default: as published; a unit converted into with --unit at its usual decimals, two for 亿元)."
  )
  var decimals: Int?

  @Option(
    help:
      "Output format: text, md, html, csv, json, xlsx (a workbook) or docx (GB/T 9704 layout); xlsx and docx: --output FILE or a pipe."
  )
  var format: ReportFormat = .text

  @OptionGroup var destination: OutputOption

  @Option(help: "Directory of *.mustache files replacing default templates of the same name.")
  var templates: String?

  @Option(
    name: .customLong("reference-doc"),
    help: ArgumentHelp(
      "docx: the office's own Word document (.docx or .dotx) whose styles, page, headers, footers and letterhead the report takes.",
      discussion:
        "A paragraph reading {{正文}} (or {{report}}) marks where the report goes: the template's body before it (the letterhead, 红头) stays before the report, what follows it (signature, 抄送, 印发) after; without it the template's body is left out. Styles are taken by name (Body Text, else the default paragraph style; Title; heading 1; heading 2; Table Text); those missing are added in the GB/T 9704 look. Page numbers are added when the template has no footer."
    ))
  var referenceDoc: String?

  @Flag(name: .customLong("half-year"), help: "Word 1-6月 as 上半年 (First half).")
  var halfYear = false

  @Flag(help: "CSV: start with a UTF-8 byte order mark so Excel and WPS read Chinese text.")
  var excel = false

  @Flag(help: "Add the full-year projection of each indicator (预计全年完成 …; see `tongbi project`).")
  var project = false

  func validate() throws {
    if let decimals, !(0...9).contains(decimals) {
      throw ValidationError("--decimals \(decimals): expected 0 to 9")
    }
    if excel && format != .csv {
      throw ValidationError("--excel applies to --format csv (a byte order mark for Excel and WPS)")
    }
    if templates != nil && [.csv, .json, .xlsx, .docx].contains(format) {
      throw ValidationError(
        "--templates applies to --format text, md and html; csv, json, xlsx and docx are not templated")
    }
    if referenceDoc != nil && format != .docx {
      throw ValidationError("--reference-doc applies to --format docx (the office's Word template)")
    }
    try destination.refuseWorkbookOnTerminal(format == .xlsx || format == .docx)
  }

  func run() throws {
    var input = input
    var files = input.files
    var targetsFile = targets
    if files.isEmpty && !input.readsStore {
      guard let datasets = BundledDatasets.locate() else {
        throw CommandFailure.message(
          "no input files, and the bundled Datasets/ folder was not found in the current directory or above "
            + "the executable; run from the tongbi checkout or give data files")
      }
      let township = datasets.appendingPathComponent("township")
      files = [township.appendingPathComponent("township-monthly.csv").path]
      if input.indicatorFile == nil {
        input.indicatorFile = township.appendingPathComponent("indicators.csv").path
      }
      if targetsFile == nil { targetsFile = township.appendingPathComponent("targets.csv").path }
    }
    try destination.refuseOverwriting(
      files + [input.indicatorFile, targetsFile, referenceDoc, input.storage.path] + templateFiles())
    let reference = try referenceDoc.map { path in
      try CommandFailure.wrapReport { () throws(ReportError) in try ReferenceDocument.read(path: path) }
    }
    if let reference, reference.ignoresBody {
      StandardError.write(
        "note: \(reference.path): the template's body text is left out; put {{正文}} on a line of its own "
          + "where the report goes to keep the letterhead and closing")
    }
    let panel =
      input.readsStore && total == nil
      ? try DataLoader.reportSlice(input, region: region, period: period, projects: project)
      : try DataLoader.panel(input, files: files, threads: threading.threads, period: period, total: total)
    let regionName = try ReportSelection.region(region, in: panel)
    let reportPeriod = try ReportSelection.period(period, in: panel)
    let annualTargets = try DataLoader.targets(targetsFile, input: input, panel: panel) ?? []
    let projections =
      project
      ? ProjectionBatch.run(panel, period: reportPeriod, targets: annualTargets)
        .filter { $0.region == regionName } : []
    let document = ReportBuilder.document(
      panel: panel, region: regionName, period: reportPeriod, targets: annualTargets, projections: projections
    )
    let shownUnit = try unit.map { text in try Self.displayUnit(text, for: document) }
    let renderer = try CommandFailure.wrapReport { () throws(ReportError) in
      ReportRenderer(
        templates: try ReportTemplates(overrides: templates), language: lang, halfYear: halfYear,
        unit: shownUnit, decimals: decimals)
    }
    if format == .xlsx || format == .docx {
      try WorkbookFile.write(to: destination.output, extension: format.rawValue) { path throws(ReportError) in
        if format == .xlsx {
          try renderer.writeWorkbook(document, to: path)
        } else {
          try renderer.writeDocument(document, reference: reference, to: path)
        }
      }
      return
    }
    let text = try CommandFailure.wrapReport { () throws(ReportError) in
      try renderer.render(document, format: format, excel: excel)
    }
    try destination.write(destination.output == nil && !text.hasSuffix("\n") ? text + "\n" : text)
  }

  /// The files of the `--templates` directory (inputs the output must not replace).
  private func templateFiles() -> [String?] {
    guard let templates else { return [] }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: templates)) ?? []
    return names.map { URL(fileURLWithPath: templates).appendingPathComponent($0).path }
  }

  /// The unit `--unit` names; fails when no indicator of `document` converts into it (a typo such as
  /// `亿` would otherwise be ignored silently).
  static func displayUnit(_ text: String, for document: ReportDocument) throws -> TongbiKit.Unit {
    let unit = UnitParser.parse(text)
    guard document.figures.contains(where: { $0.unit.isConvertible(from: unit) }) else {
      var units: [String] = []
      for figures in document.figures where !units.contains(figures.unit.symbol) {
        units.append(figures.unit.symbol)
      }
      throw CommandFailure.message(
        "--unit '\(text)': no indicator is measured in a unit that converts into it "
          + "(the indicators' units: \(units.joined(separator: ", ")))")
    }
    return unit
  }
}

extension ReportLanguage: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}
