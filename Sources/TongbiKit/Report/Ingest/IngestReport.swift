@_spi(ByteLevel) import ByteLevel

/// Renders what an ingest understood and rejected, as JSON or as text for a terminal.
package enum IngestReport {
  /// JSON with the keys `rows_read`, `rows_used`, `rows_rejected`, `cells_read`, `cells_used`,
  /// `cells_missing`, `cells_rejected`, `series`, `regions`, `first_period`, `last_period`, `files`,
  /// `indicators`, `rejects` (each with `file`, `line`, `column`, `reason`) and `notices`.
  package static func json(_ result: IngestResult) -> String {
    let summary = result.summary
    let panel = result.panel
    var json = JSONWriter()
    json.beginObject()
    json.int("rows_read", summary.rowsRead)
    json.int("rows_used", summary.rowsUsed)
    json.int("rows_rejected", summary.rowsRejected)
    json.int("cells_read", summary.cellsRead)
    json.int("cells_used", summary.cellsUsed)
    json.int("cells_missing", summary.cellsMissing)
    json.int("cells_rejected", summary.cellsRejected)
    json.int("series", panel.seriesCount)
    json.int("regions", panel.regionOrder.count)
    json.optionalString("first_period", panel.periodCount > 0 ? panel.firstPeriod.description : nil)
    json.optionalString("last_period", panel.lastPeriod?.description)
    json.beginArray("files")
    for file in summary.files {
      json.beginObject()
      json.string("path", file.path)
      json.string("encoding", file.encoding)
      json.string("layout", file.layout)
      json.int("header_line", file.headerLine)
      json.int("bytes", file.byteCount)
      json.endObject()
    }
    json.endArray()
    json.beginArray("indicators")
    for overview in IndicatorOverview.make(for: panel) {
      let indicator = overview.indicator
      json.beginObject()
      json.string("code", indicator.code)
      json.string("name", indicator.nameZh)
      json.string("name_en", indicator.nameEn)
      json.string("unit", indicator.unit.symbol)
      json.string("kind", indicator.kind.rawValue)
      json.string("publication", indicator.publication.rawValue)
      json.string("january", indicator.january.rawValue)
      json.optionalString("parent", indicator.parent)
      json.string("direction", indicator.direction.rawValue)
      json.bool("allows_negative", indicator.allowsNegative)
      json.int("series", overview.seriesCount)
      json.int("regions", overview.regionCount)
      json.optionalString("first_period", overview.span?.lowerBound.description)
      json.optionalString("last_period", overview.span?.upperBound.description)
      json.endObject()
    }
    json.endArray()
    positioned(
      summary.rejects.map { ($0.position, $0.reason) }, array: "rejects", text: "reason", into: &json)
    positioned(
      summary.notices.map { ($0.position, $0.message) }, array: "notices", text: "message", into: &json)
    json.endObject()
    return json.text
  }

  /// Writes `items` as an array of objects with `file`, `line`, `column` and the text under `text`.
  private static func positioned(
    _ items: [(SourcePosition, String)], array: String, text: String, into json: inout JSONWriter
  ) {
    json.beginArray(array)
    for (position, message) in items {
      json.beginObject()
      json.string("file", position.file)
      json.int("line", position.line)
      json.int("column", position.column)
      json.string(text, message)
      json.endObject()
    }
    json.endArray()
  }

  /// A terminal summary: files, counts, indicators, then rejections and notices (at most `limit` of
  /// each; the JSON form lists all).
  package static func text(_ result: IngestResult, limit: Int = 50) -> String {
    // A panel read from the store has no files, and its rows were accounted for at import
    // (`tongbi vintages`): the rows line is left out.
    let summary = result.summary
    let panel = result.panel
    var lines: [String] = []
    for file in summary.files {
      lines.append(
        "\(file.path): \(file.layout) layout, \(file.encoding), header on line \(file.headerLine), \(file.byteCount) bytes"
      )
    }
    if !summary.files.isEmpty {
      lines.append(
        "rows: \(summary.rowsRead) read, \(summary.rowsUsed) used, \(summary.rowsRejected) rejected; "
          + "cells: \(summary.cellsRead) read, \(summary.cellsUsed) used, \(summary.cellsMissing) missing, "
          + "\(summary.cellsRejected) rejected")
    }
    let span = panel.lastPeriod.map { "\(panel.firstPeriod) to \($0)" } ?? "no periods"
    lines.append("\(panel.seriesCount) series, \(panel.regionOrder.count) regions, \(span)")
    lines.append("")
    var table = TextTable(header: [
      "indicator", "unit", "kind", "published", "January", "series", "from", "to",
    ])
    for overview in IndicatorOverview.make(for: panel) {
      let indicator = overview.indicator
      table.add([
        indicator.nameZh, indicator.unit.symbol, indicator.kind.rawValue, indicator.publication.rawValue,
        indicator.january.rawValue, String(overview.seriesCount),
        overview.span?.lowerBound.description ?? "—",
        overview.span?.upperBound.description ?? "—",
      ])
    }
    lines.append(table.render())
    append(
      grouped(summary.rejects.map { ($0.position, $0.reason) }), count: summary.rejects.count,
      title: "rejected", limit: limit, to: &lines)
    append(
      grouped(summary.notices.map { ($0.position, $0.message) }), count: summary.notices.count,
      title: "notices", limit: limit, to: &lines)
    return lines.joined(separator: "\n") + "\n"
  }

  /// One line per distinct message, in order of first appearance: `position: message`, or for a message
  /// repeated at several positions `message (N times): first, second, third, …`.
  static func grouped(_ items: [(SourcePosition, String)]) -> [String] {
    var order: [String] = []
    var positions: [String: [SourcePosition]] = [:]
    for (position, message) in items {
      if positions[message] == nil { order.append(message) }
      positions[message, default: []].append(position)
    }
    return order.map { message in
      let list = positions[message] ?? []
      guard list.count > 1 else { return "\(list.first.map(String.init(describing:)) ?? ""): \(message)" }
      let shown = list.prefix(3).map(\.description).joined(separator: ", ")
      return "\(message) (\(list.count) times): \(shown)\(list.count > 3 ? ", …" : "")"
    }
  }

  private static func append(
    _ items: [String], count: Int, title: String, limit: Int, to lines: inout [String]
  ) {
    guard !items.isEmpty else { return }
    lines.append("")
    lines.append("\(title) (\(count)):")
    lines.append(contentsOf: items.prefix(limit).map { "  " + $0 })
    if items.count > limit { lines.append("  ... \(items.count - limit) more (--format json lists all)") }
  }
}
