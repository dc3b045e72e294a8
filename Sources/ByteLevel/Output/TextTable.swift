/// A plain-text table with columns aligned by display width (CJK characters count as two).
package struct TextTable {
  private let header: [String]
  private var rows: [[String]] = []
  /// Columns to align right (numbers).
  package var rightAligned: Set<Int> = []

  /// Creates a table with the given column titles.
  package init(header: [String]) {
    self.header = header
  }

  /// Appends a row (missing cells are empty).
  package mutating func add(_ row: [String]) {
    rows.append(row)
  }

  /// The table as lines: header, a rule, the rows.
  package func render() -> String {
    let all = [header] + rows
    var widths = Array(repeating: 0, count: header.count)
    for row in all {
      for (index, cell) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], TextTable.displayWidth(cell))
      }
    }
    var lines: [String] = []
    for (number, row) in all.enumerated() {
      var cells: [String] = []
      for index in widths.indices {
        let cell = index < row.count ? row[index] : ""
        let padding = String(repeating: " ", count: widths[index] - TextTable.displayWidth(cell))
        cells.append(rightAligned.contains(index) ? padding + cell : cell + padding)
      }
      lines.append(cells.joined(separator: "  ").trimmingTrailingSpaces())
      if number == 0 {
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
      }
    }
    return lines.joined(separator: "\n")
  }

  /// Terminal columns `text` occupies: two for East Asian wide characters, one otherwise.
  package static func displayWidth(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { width, scalar in
      width + (isWide(scalar.value) ? 2 : 1)
    }
  }

  private static func isWide(_ value: UInt32) -> Bool {
    (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
      || (0xAC00...0xD7A3).contains(value)
      || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value)
      || (0xFF00...0xFF60).contains(value)
      || (0xFFE0...0xFFE6).contains(value) || (0x20000...0x3FFFD).contains(value)
  }
}

extension String {
  /// The string without trailing spaces.
  package func trimmingTrailingSpaces() -> String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
