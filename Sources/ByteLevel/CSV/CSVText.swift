/// Text cells of CSV output, escaped once and kept as bytes.
///
/// A cell starting with `=`, `+`, `-` or `@` gets a leading apostrophe so that spreadsheets do not
/// run it as a formula (DESIGN.md, bad input); cells with a comma, quote or line break are quoted,
/// quotes doubled. Numbers never go through here: −3.2 stays a number.
package enum CSVText {
  /// The cell bytes for `text`.
  package static func escaped(_ text: String) -> [UInt8] {
    var bytes = Array(text.utf8)
    if let first = bytes.first,
      first == UInt8(ascii: "=") || first == UInt8(ascii: "+")
        || first == UInt8(ascii: "-") || first == UInt8(ascii: "@")
    {
      bytes.insert(UInt8(ascii: "'"), at: 0)
    }
    return quotedIfNeeded(bytes)
  }

  /// The cell bytes for `text` as it is (no formula guard: for CSV that Tongbi reads itself), quoted
  /// when it holds a comma, quote or line break.
  package static func quotedIfNeeded(_ text: String) -> [UInt8] {
    quotedIfNeeded(Array(text.utf8))
  }

  private static func quotedIfNeeded(_ bytes: [UInt8]) -> [UInt8] {
    let needsQuotes = bytes.contains {
      $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n")
        || $0 == UInt8(ascii: "\r")
    }
    guard needsQuotes else { return bytes }
    var quoted: [UInt8] = [UInt8(ascii: "\"")]
    for byte in bytes {
      quoted.append(byte)
      if byte == UInt8(ascii: "\"") { quoted.append(byte) }
    }
    quoted.append(UInt8(ascii: "\""))
    return quoted
  }

  /// The cell text for `text`: quoted when it holds a comma, quote or line break, and prefixed with `'`
  /// when it starts with `=`, `+`, `-` or `@` (so spreadsheets do not run it as a formula).
  package static func cell(_ text: String) -> String {
    String(decoding: escaped(text), as: UTF8.self)
  }
}
