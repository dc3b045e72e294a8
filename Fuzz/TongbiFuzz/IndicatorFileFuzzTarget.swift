import TongbiKit

/// The indicator file: `IndicatorFileReader.read(bytes:name:)`, then the fixed panel read with the
/// indicators it declares and its report paragraph.
///
/// Checks: an error is one positioned line; every indicator has a name and a code; the fixed panel
/// still reads (its rows are accounted for) and its paragraph renders.
enum IndicatorFileFuzzTarget {
  /// Runs one input (the indicator file).
  static func run(_ input: UnsafeRawBufferPointer) -> String {
    let indicators: [Indicator]
    do {
      indicators = try IndicatorFileReader.read(bytes: input, name: "indicators.csv")
    } catch {
      FuzzInvariant.checkOneLine(error.description, "indicator file error")
      return "error: \(error)"
    }
    for indicator in indicators {
      FuzzInvariant.check(
        !indicator.nameZh.isEmpty && !indicator.code.isEmpty, "indicator without a name or code: \(indicator)"
      )
    }
    switch FixedReport.panel(catalog: IndicatorCatalog(declared: indicators)) {
    case .failure(let error):
      FuzzInvariant.fail("the fixed panel does not read with \(indicators.count) indicators: \(error)")
    case .success(let panel):
      let document = ReportBuilder.document(
        panel: panel, region: FixedReport.region, period: FixedReport.period)
      FixedReport.render(document)
      return "\(indicators.count) indicators: "
        + indicators.map { "\($0.code) \($0.kind)" }.joined(separator: ", ")
    }
  }
}
