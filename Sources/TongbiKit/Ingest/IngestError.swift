@_spi(ByteLevel) import ByteLevel

/// An input that cannot be ingested at all; the message names the file and, where there is one, the
/// line and column.
public enum IngestError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file could not be opened or read.
  case unreadable(path: String, reason: String)
  /// The file is malformed at a position (bad encoding, unterminated quote, no header, ...).
  case malformed(SourcePosition, reason: String)
  /// The file has no data rows.
  case empty(path: String, reason: String)

  /// `file:line:column: reason`, one line: line breaks in it (from a quoted cell or the path) are escaped.
  public var description: String {
    SingleLine.escaping(text)
  }

  /// `file:line:column: reason` as it is.
  private var text: String {
    switch self {
    case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
    case .malformed(let position, let reason): "\(position): \(reason)"
    case .empty(let path, let reason): "\(path): \(reason)"
    }
  }
}
