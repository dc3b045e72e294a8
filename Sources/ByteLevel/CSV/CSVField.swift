/// One field of a CSV record: a byte range of the input buffer.
///
/// For a quoted field the range excludes the enclosing quotes; `hasDoubledQuotes` says the content
/// still holds `""` pairs that stand for one `"` each.
package struct CSVField: Sendable {
  /// Offset of the first content byte.
  package var start: Int
  /// Offset one past the last content byte.
  package var end: Int
  /// Whether the field was enclosed in double quotes.
  package var quoted: Bool
  /// Whether the quoted content contains doubled quotes to unescape.
  package var hasDoubledQuotes: Bool

  /// A field over bytes `start..<end`.
  package init(start: Int, end: Int, quoted: Bool, hasDoubledQuotes: Bool) {
    self.start = start
    self.end = end
    self.quoted = quoted
    self.hasDoubledQuotes = hasDoubledQuotes
  }

  /// Number of content bytes.
  package var count: Int { end - start }
}
