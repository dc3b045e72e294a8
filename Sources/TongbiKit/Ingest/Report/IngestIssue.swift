/// A row or cell the ingest could not use, with where it is and why.
public struct IngestReject: Hashable, Sendable {
  /// Where the rejected row or cell is.
  public var position: SourcePosition
  /// Why it was rejected, in words a user can act on.
  public var reason: String

  /// Creates a rejection.
  public init(position: SourcePosition, reason: String) {
    self.position = position
    self.reason = reason
  }
}

/// Something the ingest noticed that does not reject a row: a break of 上月累计 + 本月 = 本月累计, an
/// ignored column, a title or footer line, a skipped quarterly column.
public struct IngestNotice: Hashable, Sendable {
  /// Where it is (column 0 when it concerns a whole line).
  public var position: SourcePosition
  /// What was noticed.
  public var message: String

  /// Creates a notice.
  public init(position: SourcePosition, message: String) {
    self.position = position
    self.message = message
  }
}
