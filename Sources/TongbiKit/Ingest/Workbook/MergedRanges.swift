@_spi(ByteLevel) import ByteLevel

/// Fills merged ranges in a sheet's CSV text from their top-left cell, as a person reads them: a
/// region merged down a block of rows names every row of the block, a 1-6月 merged over 本年累计, 上年同期
/// and 增长(%) heads each of them. A range within one row whose row has nothing else (a title across
/// the table) is left alone. Only empty cells are filled, and only within the sheet's rows and columns
/// that hold cells: a range reaching past them (a whole column merged, or a crafted file's 65,536 ×
/// 65,536) fills nothing there.
enum MergedRanges {
  /// `csv` with `merges` filled, and the number of cells filled.
  static func fill(_ csv: [UInt8], merges: [(rows: ClosedRange<Int>, columns: ClosedRange<Int>)]) -> (
    [UInt8], Int
  ) {
    guard !merges.isEmpty else { return (csv, 0) }
    var lines = csv.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
    if lines.last?.isEmpty == true { lines.removeLast() }
    var cells: [Int: [String]] = [:]
    let fieldsOf = { (row: Int) -> [String] in
      row - 1 < lines.count ? CSVFieldSplit.fields(lines[row - 1]) : []
    }
    // The widest row: its commas and one (an upper bound; a quoted comma counts too).
    var widest = 0
    for line in lines { widest = max(widest, line.reduce(1) { $0 + ($1 == UInt8(ascii: ",") ? 1 : 0) }) }
    var filled = 0
    for written in merges {
      guard written.rows.lowerBound <= lines.count, written.columns.lowerBound <= widest else { continue }
      let merge = (
        rows: written.rows.lowerBound...min(written.rows.upperBound, lines.count),
        columns: written.columns.lowerBound...min(written.columns.upperBound, widest)
      )
      let top = merge.rows.lowerBound
      var topFields = cells[top] ?? fieldsOf(top)
      let origin = merge.columns.lowerBound - 1
      guard origin < topFields.count, !topFields[origin].isEmpty else { continue }
      let value = topFields[origin]
      if merge.rows.count == 1 {
        let others = topFields.indices.filter { !merge.columns.contains($0 + 1) && !topFields[$0].isEmpty }
        if others.isEmpty { continue }
      }
      for row in merge.rows {
        var fields = row == top ? topFields : cells[row] ?? fieldsOf(row)
        for column in merge.columns where row != top || column - 1 != origin {
          if fields.count < column { fields += Array(repeating: "", count: column - fields.count) }
          if fields[column - 1].isEmpty {
            fields[column - 1] = value
            filled += 1
          }
        }
        cells[row] = fields
        if row == top { topFields = fields }
      }
    }
    while lines.count < (cells.keys.max() ?? 0) { lines.append([]) }
    for (row, fields) in cells {
      lines[row - 1] = Array(fields.map { CSVText.quotedIfNeeded($0) }.joined(separator: [UInt8(ascii: ",")]))
    }
    return (Array(lines.joined(separator: [UInt8(ascii: "\n")])) + [UInt8(ascii: "\n")], filled)
  }
}

/// Splits one CSV line written by `SheetConverter` into its field texts (quotes removed).
enum CSVFieldSplit {
  static func fields(_ line: [UInt8]) -> [String] {
    var fields: [String] = []
    var current: [UInt8] = []
    var quoted = false
    var index = 0
    while index < line.count {
      let byte = line[index]
      if quoted {
        if byte == UInt8(ascii: "\"") {
          if index + 1 < line.count, line[index + 1] == UInt8(ascii: "\"") {
            current.append(byte)
            index += 1
          } else {
            quoted = false
          }
        } else {
          current.append(byte)
        }
      } else if byte == UInt8(ascii: "\"") {
        quoted = true
      } else if byte == UInt8(ascii: ",") {
        fields.append(String(decoding: current, as: UTF8.self))
        current.removeAll()
      } else {
        current.append(byte)
      }
      index += 1
    }
    fields.append(String(decoding: current, as: UTF8.self))
    return fields
  }
}
