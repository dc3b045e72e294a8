@_spi(ByteLevel) import ByteLevel

/// Renders a growth table as JSON with full precision: an array of row objects with the table's
/// column keys (`GrowthTable.columns`), `null` for undefined values, and `note` naming why each
/// undefined value is undefined.
package struct GrowthJSONRenderer {
  /// Unit amounts are converted into where the indicator's unit allows.
  package var unit: Unit?

  /// Creates a renderer.
  package init(unit: Unit? = nil) {
    self.unit = unit
  }

  /// Writes the table to `output`, computed in chunks on `threads` threads
  /// (`GrowthTable.renderInChunks`, which calls `progress`); the text is the same for any thread count.
  package func write(
    _ table: GrowthTable, to output: ByteOutput, threads: Int = 1, progress: ((Int, Int) -> Void)? = nil
  ) throws(SystemCallError) {
    try output.append("[")
    var empty = true
    try table.renderInChunks(
      threads: threads, progress: progress, makeRenderer: { JSONSeriesRenderer(table: table, unit: unit) }
    ) { (renderer, _) throws(SystemCallError) in
      // Every chunk starts with the comma before its first object; the table's first has none.
      let text = renderer.writer.text
      guard !text.isEmpty else { return }
      try output.append(empty ? String(text.dropFirst()) : text)
      empty = false
    }
    try output.append(empty ? "]\n" : "\n]\n")
    try output.flush()
  }
}

/// Renders series of a growth table as JSON objects, one per published row.
final class JSONSeriesRenderer: SeriesRendering {
  let table: GrowthTable
  private(set) var writer = JSONWriter.laterArrayElements()
  private let layout: [(column: GrowthColumn, cell: GrowthCell)]
  private let unit: Unit?

  init(table: GrowthTable, unit: Unit?) {
    self.table = table
    self.unit = unit
    layout = table.layout
  }

  func startChunk() { writer = JSONWriter.laterArrayElements() }

  func render(series ordinal: Int, growth: SeriesGrowth) {
    guard let indicator = table.indicator(ofSeries: ordinal) else { return }
    let key = table.series[ordinal]
    let shown = AmountDisplay(for: indicator, requested: unit)
    let amount = { (value: Double) in shown.scale.apply(value, written: key.decimals) }
    for row in table.rows where growth.isPublished(row: row) {
      writer.beginObject()
      for (column, cell) in layout {
        switch cell {
        case .region: writer.string(column.key, key.region)
        case .indicator: writer.string(column.key, indicator.nameZh)
        case .period: writer.string(column.key, table.panel.period(atRow: row).description)
        case .unit: writer.string(column.key, shown.unit.symbol)
        case .note: writer.string(column.key, GrowthNote.text(growth, row: row))
        case .monthly, .cumulative, .quantity:
          let value = cell.values(in: growth)?[row] ?? .nan
          writer.number(column.key, column.kind == .amount ? amount(value) : value)
        case .extra(let index):
          let extra = table.extraColumns[index]
          let value = extra.values[ordinal * extra.periodCount + row]
          writer.number(column.key, column.kind == .amount ? amount(value) : value)
        }
      }
      writer.endObject()
    }
  }
}
