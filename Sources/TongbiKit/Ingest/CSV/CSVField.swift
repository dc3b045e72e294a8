/// One field of a CSV record: a byte range of the input buffer.
///
/// For a quoted field the range excludes the enclosing quotes; `hasDoubledQuotes` says the content
/// still holds `""` pairs that stand for one `"` each.
struct CSVField: Sendable {
  /// Offset of the first content byte.
  var start: Int
  /// Offset one past the last content byte.
  var end: Int
  /// Whether the field was enclosed in double quotes.
  var quoted: Bool
  /// Whether the quoted content contains doubled quotes to unescape.
  var hasDoubledQuotes: Bool

  /// Number of content bytes.
  var count: Int { end - start }
}
