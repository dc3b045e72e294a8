import ArgumentParser
@_spi(ByteLevel) import ByteLevel

/// Formats of the store's listings (`vintages`, `revisions`).
enum ListingFormat: String, ExpressibleByArgument, CaseIterable {
  case table, csv, json
}

/// A listing of rows under a header, written as an aligned table, CSV (RFC 4180, UTF-8) or JSON (an
/// array of objects keyed by the header; `numeric` columns as numbers).
struct StoreListing {
  var header: [String]
  var rows: [[String]] = []
  /// Columns holding numbers: right-aligned in the table, numbers in JSON.
  var numeric: Set<Int> = []

  /// The listing in `format`, ending with a line break.
  func render(_ format: ListingFormat) -> String {
    switch format {
    case .table:
      var table = TextTable(header: header)
      table.rightAligned = numeric
      for row in rows { table.add(row) }
      return table.render() + "\n"
    case .csv:
      return ([header] + rows).map { row in
        row.map { String(decoding: CSVText.quotedIfNeeded($0), as: UTF8.self) }.joined(separator: ",")
      }.joined(separator: "\n") + "\n"
    case .json:
      let objects = rows.map { row in
        "{"
          + zip(header, row).enumerated().map { index, pair in
            let value = numeric.contains(index) && !pair.1.isEmpty ? pair.1 : JSONWriter.quoted(pair.1)
            return JSONWriter.quoted(pair.0) + ":" + value
          }.joined(separator: ",") + "}"
      }
      return "[" + objects.joined(separator: ",\n ") + "]\n"
    }
  }
}
