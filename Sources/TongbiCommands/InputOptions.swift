import ArgumentParser
import TongbiKit

/// Options shared by every command that reads data files.
struct InputOptions: ParsableArguments {
  @Argument(
    help:
      "CSV files (long, wide, time-series or report-form layout; UTF-8 or GB18030) or .xlsx, .xls workbooks to read; '-' reads standard input."
  )
  var files: [String] = []

  @Option(
    name: .customLong("column"),
    help: ArgumentHelp(
      "Read a header as a role: HEADER=ROLE, ROLE one of \(ColumnRole.allCases.map(\.rawValue).joined(separator: ", ")).",
      valueName: "HEADER=ROLE"))
  var columnRoles: [String] = []

  @Option(name: .customLong("default-region"), help: "Region name for tables without a region column.")
  var defaultRegion: String = ""

  @Option(
    name: .customLong("header-line"),
    help: "The line (a workbook's row) that holds the header, when the one found is not it.")
  var headerLine: Int?

  @Option(
    name: .customLong("form-period"),
    help: ArgumentHelp(
      "The month of one-period report forms (本月, 1-本月, 上年同期, 增长%) whose title, header or name does not state it (a command's --period serves when this is omitted).",
      valueName: "MONTH"))
  var formPeriod: String?

  @Option(help: "Workbooks: read only this sheet (its name, or its number from 1); every sheet when omitted.")
  var sheet: String?

  @Option(
    name: .customLong("indicators"), help: "Indicator file (CSV): codes, names, units, kinds, report order.")
  var indicatorFile: String?

  @OptionGroup var storage: StoreOption

  @Option(
    name: .customLong("as-of"),
    help: ArgumentHelp(
      "With a store and no files: the data as of this vintage (its number in `tongbi vintages`) or date (2024-07-10, the end of that day UTC).",
      valueName: "VINTAGE|DATE"))
  var asOf: String?

  /// Whether the data come from the store: no files given, and a store named (`--store` or
  /// `$TONGBI_STORE`).
  var readsStore: Bool { files.isEmpty && storage.path != nil }

  func validate() throws {
    if asOf != nil && !readsStore {
      throw ValidationError(
        "--as-of reads the store as of a vintage: give --store PATH (or set TONGBI_STORE) and no files")
    }
    if let formPeriod, PeriodLabel(parsing: formPeriod).endMonth == nil {
      throw ValidationError("--form-period '\(formPeriod)': expected a month such as 2024-06 or 2024年1-6月")
    }
    if let headerLine, headerLine < 1 {
      throw ValidationError("--header-line \(headerLine): expected a line number from 1")
    }
    for mapping in columnRoles {
      guard let (_, role) = Self.split(mapping), ColumnRole(rawValue: role) != nil else {
        throw ValidationError(
          "--column '\(mapping)': expected HEADER=ROLE with ROLE one of \(ColumnRole.allCases.map(\.rawValue).joined(separator: ", "))"
        )
      }
    }
  }

  /// The ingest options these flags describe (reads the indicator file).
  func ingestOptions() throws(IngestError) -> IngestOptions {
    var options = IngestOptions()
    options.defaultRegion = defaultRegion
    options.sheet = sheet
    options.headerLine = headerLine
    options.formPeriod = formPeriod.flatMap { PeriodLabel(parsing: $0).endMonth }
    for mapping in columnRoles {
      if let (header, role) = Self.split(mapping), let parsed = ColumnRole(rawValue: role) {
        options.columnRoles[header] = parsed
      }
    }
    if let indicatorFile {
      options.catalog = IndicatorCatalog(declared: try IndicatorFileReader.read(path: indicatorFile))
    }
    return options
  }

  private static func split(_ mapping: String) -> (String, String)? {
    guard let equals = mapping.lastIndex(of: "=") else { return nil }
    return (String(mapping[..<equals]), String(mapping[mapping.index(after: equals)...]))
  }
}
