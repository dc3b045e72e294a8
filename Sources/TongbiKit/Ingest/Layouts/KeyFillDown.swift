/// Region and indicator cells left blank under a filled one take the value above, as a person reads a
/// table whose merged cells were saved as CSV (the region written once per block of rows).
///
/// A file read in parts cannot know, at the start of a later part, what lies above: a part that fills a
/// cell, or meets a blank key before any filled one, is therefore read again in one pass
/// (`IngestSession.absorb(part:)`), so that the result never depends on the parts.
struct KeyFillDown {
  /// The last filled region and indicator.
  private var last: [String] = ["", ""]
  /// Cells filled, and the first.
  private(set) var filled = 0
  private(set) var first: SourcePosition?
  /// Whether a key was blank with nothing above it to fill from.
  private(set) var blankBeforeFilled = false

  /// The region (`key` 0) or indicator (`key` 1) of a row: `text`, or, when it is blank, the last
  /// filled one, counted as filled at `position`.
  mutating func fill(_ text: String, key: Int, at position: @autoclosure () -> SourcePosition) -> String {
    guard text.isEmpty else {
      last[key] = text
      return text
    }
    guard !last[key].isEmpty else {
      blankBeforeFilled = true
      return text
    }
    noteFilled(at: position())
    return last[key]
  }

  /// Counts one more cell filled (a row reusing keys that were filled).
  mutating func noteFilled(at position: SourcePosition) {
    filled += 1
    if first == nil { first = position }
  }

  /// Adds what was filled to `session`: the counts the part check reads and one notice.
  func report(into session: inout IngestSession) {
    session.keysFilledDown += filled
    session.blankKeyBeforeFilled = session.blankKeyBeforeFilled || blankBeforeFilled
    if let first {
      session.notice(
        first,
        "\(filled) blank region or indicator cell(s) under a filled one read as the cell above "
          + "(merged cells saved as CSV), the first here")
    }
  }
}
