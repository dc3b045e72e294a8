/// What a numeric CSV cell holds.
@_spi(ByteLevel) public enum NumberParseResult: Equatable, Sendable {
  /// A number. `decimals` is the count of digits written after the decimal point (`"12.50"` → 2,
  /// `"1.5e3"` → 1, `"1,234"` → 0), the precision to display it with.
  case value(Double, decimals: Int)
  /// A missing-value marker: empty or blank, `*`, `-`, `--`, `—`, `——`, `NA`, `N/A`, `n/a`, `..`,
  /// `…`, `……`.
  case missing
  /// Text that is not a number and not a marker.
  case invalid(NumberParseFailure)
}

/// Why a cell is not a number. Each case carries the cell text (blanks trimmed, long text shortened
/// with "…") for the reject report.
@_spi(ByteLevel) public enum NumberParseFailure: Error, Equatable, Sendable, CustomStringConvertible {
  /// More than one decimal point (`1.2.3`, or European thousands `1.234.567`).
  case severalDecimalPoints(String)
  /// A thousands separator not between groups of three integer digits (`12,34`, `,123`,
  /// `1,234.5,6`, `0,5`).
  case misplacedThousandsSeparator(String)
  /// A spreadsheet formula rather than its value (`=SUM(B2:B5)`).
  case formula(String)
  /// A spreadsheet error value (`#DIV/0!`, `#VALUE!`).
  case spreadsheetError(String)
  /// Accounting notation for a negative number (`(1,234)`), which is not accepted.
  case parenthesized(String)
  /// A well-formed number whose magnitude exceeds `Double.greatestFiniteMagnitude` (`1e400`).
  case outOfRange(String)
  /// Anything else (`12a`, `1e`, `nan`, `inf`, `- 5`).
  case notANumber(String)

  /// Human-readable reason, e.g. `not a number: '12a'`.
  @inlinable
  public var reason: String {
    switch self {
    case .severalDecimalPoints(let text): return "several decimal points: '\(text)'"
    case .misplacedThousandsSeparator(let text): return "misplaced thousands separator: '\(text)'"
    case .formula(let text): return "formula, not a value: '\(text)'"
    case .spreadsheetError(let text): return "spreadsheet error, not a value: '\(text)'"
    case .parenthesized(let text): return "parentheses for negatives are not accepted: '\(text)'"
    case .outOfRange(let text): return "out of range: '\(text)'"
    case .notANumber(let text): return "not a number: '\(text)'"
    }
  }

  /// Same as `reason`.
  @inlinable
  public var description: String { reason }
}
