/// A report that cannot be made; the message says what and where.
public enum ReportError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A template directory or file cannot be read or parsed.
  case templates(path: String, reason: String)

  /// One line for the user.
  public var description: String {
    switch self {
    case .templates(let path, let reason): "\(path): \(reason)"
    }
  }
}
