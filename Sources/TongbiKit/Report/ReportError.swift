@_spi(ByteLevel) import ByteLevel

/// A report that cannot be made; the message says what and where.
public enum ReportError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A template directory or file cannot be read or parsed.
  case templates(path: String, reason: String)
  /// An output file (a workbook) cannot be written.
  case output(path: String, reason: String)

  /// One line for the user: line breaks in it (from a template's text or the path) are escaped.
  public var description: String {
    switch self {
    case .templates(let path, let reason), .output(let path, let reason):
      SingleLine.escaping("\(path): \(reason)")
    }
  }
}
