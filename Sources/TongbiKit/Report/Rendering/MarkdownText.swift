/// Text from the data made safe inside Markdown: characters with Markdown meaning are
/// backslash-escaped, so a region named `<script>` or `*x*` shows literally.
package enum MarkdownText {
  static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "!", "&"]

  /// `text` with every Markdown-special character escaped and line breaks made spaces.
  package static func escape(_ text: String) -> String {
    var result = ""
    for character in text {
      if character == "\n" || character == "\r" {
        result.append(" ")
        continue
      }
      if special.contains(character) { result.append("\\") }
      result.append(character)
    }
    return result
  }

  /// A Markdown table (pipe syntax) of already escaped cells; `numeric` columns align right.
  package static func table(header: [String], rows: [[String]], numeric: Set<Int>) -> String {
    var lines = ["| " + header.joined(separator: " | ") + " |"]
    lines.append("|" + header.indices.map { numeric.contains($0) ? " ---: |" : " --- |" }.joined())
    for row in rows { lines.append("| " + row.joined(separator: " | ") + " |") }
    return lines.joined(separator: "\n")
  }
}
