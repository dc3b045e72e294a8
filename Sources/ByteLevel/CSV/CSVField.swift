/// One field of a CSV record: a byte range of the input buffer.
///
/// For a quoted field the range excludes the enclosing quotes; `hasDoubledQuotes` says the content
/// still holds `""` pairs that stand for one `"` each.
@_spi(ByteLevel) public struct CSVField: Sendable {
  /// Offset of the first content byte.
  public var start: Int
  /// Offset one past the last content byte.
  public var end: Int
  /// Whether the field was enclosed in double quotes.
  public var quoted: Bool
  /// Whether the quoted content contains doubled quotes to unescape.
  public var hasDoubledQuotes: Bool

  /// A field over bytes `start..<end`.
  public init(start: Int, end: Int, quoted: Bool, hasDoubledQuotes: Bool) {
    self.start = start
    self.end = end
    self.quoted = quoted
    self.hasDoubledQuotes = hasDoubledQuotes
  }

  /// Number of content bytes.
  @inlinable
  public var count: Int { end - start }
}
