/// A CSV syntax error that stops reading a file.
package enum CSVError: Error, Equatable, Sendable {
  /// A quoted field opened at (line, column) never closes before the end of the input.
  case unterminatedQuote(line: Int, column: Int)
  /// A closing quote is followed by something other than a delimiter or a line end.
  case textAfterClosingQuote(line: Int, column: Int)

  /// Line (1-based) the error points to.
  package var line: Int {
    switch self {
    case .unterminatedQuote(let line, _), .textAfterClosingQuote(let line, _): line
    }
  }

  /// Column (1-based, in fields) the error points to.
  package var column: Int {
    switch self {
    case .unterminatedQuote(_, let column), .textAfterClosingQuote(_, let column): column
    }
  }

  /// What went wrong, for the user.
  package var reason: String {
    switch self {
    case .unterminatedQuote: "unterminated quoted field (a \" opens here and never closes)"
    case .textAfterClosingQuote: "text after a closing quote (expected a delimiter or the end of the line)"
    }
  }
}
