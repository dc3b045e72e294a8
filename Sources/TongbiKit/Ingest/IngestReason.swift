/// Why a row or cell was rejected; `description` is the text users see.
enum IngestReason: Error, CustomStringConvertible, Equatable {
  case invalidNumber(String)
  case invalidPeriod(String)
  case negativeValue(value: Double, indicator: String)
  case duplicate(of: SourcePosition)
  case unitMismatch(found: String, expected: String, indicator: String)
  case unknownIndicator(String)
  case missingField(String)
  case notMonthly(String)
  case emptyRow
  case footer(String)
  case unknownKind(String)
  case kindContradictsPeriod(kind: String, period: String)
  case periodNeedsYear(String)
  case skippedColumn(String)
  case fieldCount(row: Int, header: Int)
  case periodOutsideSpan(period: Period, earliest: Period, latest: Period, limitMonths: Int)
  case cumulativeFalls(value: String, previous: String, previousPeriod: Period, indicator: String)
  case ambiguousDottedMonth(year: Int)

  var description: String {
    switch self {
    case .invalidNumber(let reason): "value: \(reason)"
    case .invalidPeriod(let reason): "period: \(reason)"
    case .negativeValue(let value, let indicator):
      "negative value \(value) for \(indicator), which cannot be negative (an indicator file can allow it)"
    case .duplicate(let earlier): "duplicate of \(earlier) (same region, indicator, period and kind)"
    case .unitMismatch(let found, let expected, let indicator):
      "unit \(found) cannot be converted to \(expected), the unit of \(indicator) elsewhere"
    case .unknownIndicator(let name): "unknown indicator '\(name)'"
    case .missingField(let what): "missing \(what)"
    case .notMonthly(let label): "'\(label)' is not a monthly period (quarterly or annual data are skipped)"
    case .emptyRow: "empty row"
    case .footer(let text): "note or footer line, not data: '\(text)'"
    case .unknownKind(let text): "kind '\(text)' is neither 当月/monthly nor 累计/cumulative"
    case .kindContradictsPeriod(let kind, let period):
      "kind '\(kind)' contradicts the period '\(period)', a year-to-date span: is the value monthly or cumulative?"
    case .periodNeedsYear(let label): "period '\(label)' has no year and the table has no year column"
    case .skippedColumn(let why): why
    case .fieldCount(let row, let header):
      "row has \(row) field\(row == 1 ? "" : "s"), the header has \(header)"
    case .periodOutsideSpan(let period, let earliest, let latest, let limit):
      "period \(period) is implausibly far from the other periods (\(earliest) to \(latest)): "
        + "one table spans at most \(limit / 12) years"
    case .ambiguousDottedMonth(let year):
      "period '\(year).1' is January or October (\(year).10 saved as a number), and the months around it do not "
        + "tell: write \(year)-01 or \(year)-10"
    case .cumulativeFalls(let value, let previous, let previousPeriod, let indicator):
      "cumulative \(value) is below \(previous) of \(previousPeriod): a year-to-date total of \(indicator), "
        + "which cannot be negative, never falls (a mistyped figure?)"
    }
  }
}
