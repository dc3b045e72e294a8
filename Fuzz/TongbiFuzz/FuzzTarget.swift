/// The fuzz targets: each takes one input of bytes, runs it through one part of the library, checks
/// what must hold whatever the input, and says in one line what the input was read as.
enum FuzzTarget: String, CaseIterable, Sendable {
  /// The whole ingest (`IngestFuzzTarget`).
  case ingest
  /// Period labels (`PeriodFuzzTarget`).
  case periods
  /// Number parsing and formatting (`NumberFuzzTarget`).
  case numbers
  /// The indicator file (`IndicatorFileFuzzTarget`).
  case indicators
  /// The targets file (`TargetsFileFuzzTarget`).
  case targets
  /// User templates (`TemplateFuzzTarget`).
  case templates
  /// A workbook sheet's XML (`SheetFuzzTarget`).
  case sheets
  /// An `.xls` workbook's container and records (`XLSFuzzTarget`).
  case xls
  /// A Word template's document and styles (`DocumentFuzzTarget`).
  case documents

  /// Runs `input` through this target and returns what happened; a broken invariant aborts
  /// (`FuzzInvariant`), which libFuzzer reports as a crash.
  func run(_ input: UnsafeRawBufferPointer) -> String {
    switch self {
    case .ingest: IngestFuzzTarget.run(input)
    case .periods: PeriodFuzzTarget.run(input)
    case .numbers: NumberFuzzTarget.run(input)
    case .indicators: IndicatorFileFuzzTarget.run(input)
    case .targets: TargetsFileFuzzTarget.run(input)
    case .templates: TemplateFuzzTarget.run(input)
    case .sheets: SheetFuzzTarget.run(input)
    case .xls: XLSFuzzTarget.run(input)
    case .documents: DocumentFuzzTarget.run(input)
    }
  }

  /// The names of all targets, comma-separated, for usage messages.
  static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
