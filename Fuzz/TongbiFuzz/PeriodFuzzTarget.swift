import TongbiKit

/// Period labels: `PeriodLabel(parsing:)` of the bytes and of the text, and `Period(parsing:)`.
///
/// Checks: the bytes and the text (when the input is UTF-8) read the same, and so do they with blanks
/// around them (labels are trimmed); `Period(parsing:)` is the label's single month; every period is a
/// calendar month of a year in 1000...9999 whose label reads back as itself; a failure is one line.
enum PeriodFuzzTarget {
  /// Runs one input (the label).
  static func run(_ input: UnsafeRawBufferPointer) -> String {
    let bytes = input.assumingMemoryBound(to: UInt8.self)
    let label = PeriodLabel(parsing: bytes)
    let padded = Array(" \t".utf8) + bytes + Array("\u{3000} ".utf8)
    let paddedLabel = padded.withUnsafeBufferPointer { PeriodLabel(parsing: $0) }
    FuzzInvariant.check(
      paddedLabel == label, "blanks around the label change it: \(paddedLabel) against \(label)")
    if let text = String(validating: bytes, as: UTF8.self) {
      let textLabel = PeriodLabel(parsing: text)
      FuzzInvariant.check(textLabel == label, "the text reads as \(textLabel), the bytes as \(label)")
      FuzzInvariant.check(
        Period(parsing: text) == label.singleMonth,
        "Period(parsing:) is \(String(describing: Period(parsing: text))), the label's month "
          + "\(String(describing: label.singleMonth))")
    }
    switch label {
    case .month(let period):
      checkCalendar(period)
      checkReadsBack(period.description, as: label)
    case .cumulative(let period):
      checkCalendar(period)
      checkReadsBack("\(period.year)年1-\(period.month)月", as: label)
    case .monthWithoutYear(let month, _):
      FuzzInvariant.check((1...12).contains(month), "month \(month) without a year is out of range")
    case .quarter(let year, let quarter):
      FuzzInvariant.check(
        (1000...9999).contains(year) && (1...4).contains(quarter),
        "quarter \(quarter) of \(year) out of range")
    case .year(let year):
      FuzzInvariant.check((1000...9999).contains(year), "year \(year) out of range")
    case .invalid(let failure):
      FuzzInvariant.checkOneLine(failure.description, "period label failure")
      FuzzInvariant.check(label.failure == failure, "the label's failure is not its reason")
    }
    return "\(label)"
  }

  /// Checks that `period` is a month 1...12 of a year in 1000...9999.
  private static func checkCalendar(_ period: Period) {
    FuzzInvariant.check(
      (1000...9999).contains(period.year) && (1...12).contains(period.month), "period \(period) out of range")
  }

  /// Checks that `text`, written from a parsed label, reads back as that label.
  private static func checkReadsBack(_ text: String, as label: PeriodLabel) {
    let again = PeriodLabel(parsing: text)
    FuzzInvariant.check(again == label, "'\(text)' written from \(label) reads back as \(again)")
  }
}
