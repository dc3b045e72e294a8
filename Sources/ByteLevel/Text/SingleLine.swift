/// Messages for the user on one line: a cell quoted in a message may hold line breaks (a quoted CSV
/// field can), which would split the `file:line:column: reason` line of a report in two.
package enum SingleLine {
  /// `text` with each line break written as an escape: LF as `\n`, CR as `\r`, and the other characters
  /// Swift counts as newlines (VT, FF, NEL U+0085, LS U+2028, PS U+2029) as `\u{…}`; other text as is.
  package static func escaping(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isLineBreak) else { return text }
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0A: result += "\\n"
      case 0x0D: result += "\\r"
      case _ where isLineBreak(scalar): result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Whether `scalar` is one of the characters Swift's `Character.isNewline` is true for.
  private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
    default: false
    }
  }
}
