import TongbiKit

/// The targets file: `TargetsReader.read(bytes:name:)`, then the fixed panel's report with those
/// targets (completion, 序时进度, growth targets over last year's total).
///
/// Checks: an error is one positioned line; every target has a year in 1900...2200 and at least one
/// tier; the paragraph and the text report render.
enum TargetsFileFuzzTarget {
  /// The fixed panel, read once.
  private static let panel: Panel = {
    guard case .success(let panel) = FixedReport.panel() else {
      FuzzInvariant.fail("the fixed panel does not read")
    }
    return panel
  }()

  /// Runs one input (the targets file).
  static func run(_ input: UnsafeRawBufferPointer) -> String {
    let targets: [AnnualTarget]
    do {
      targets = try TargetsReader.read(bytes: input, name: "targets.csv")
    } catch {
      FuzzInvariant.checkOneLine(error.description, "targets file error")
      return "error: \(error)"
    }
    for target in targets {
      FuzzInvariant.check(
        (1900...2200).contains(target.year) && (target.base != nil || target.stretch != nil),
        "target without a year or a tier: \(target)")
    }
    let document = ReportBuilder.document(
      panel: panel, region: FixedReport.region, period: FixedReport.period, targets: targets)
    FixedReport.render(document)
    return "\(targets.count) targets"
  }
}
