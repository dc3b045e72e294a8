@_spi(ByteLevel) import ByteLevel

/// Writes a growth table as CSV with full precision (shortest text that reads back exactly), row by
/// row into a `ByteOutput`: no `String` per cell, the table is never held in memory.
///
/// Columns: the table's (`GrowthTable.columns`), keys as the header. Undefined values are empty cells
/// whose reason is in `note`; amounts are in the indicator's unit, or `unit` when it converts.
package struct GrowthCSVRenderer {
  /// Unit amounts are converted into where the indicator's unit allows (万元 → 亿元).
  package var unit: Unit?

  /// Creates a renderer.
  package init(unit: Unit? = nil) {
    self.unit = unit
  }

  /// Writes the header and every row of `table`.
  ///
  /// Series are computed and formatted in chunks on `threads` threads (`GrowthTable.renderInChunks`,
  /// which calls `progress`) and written out in series order, so the output is byte-identical for any
  /// thread count.
  package func write(
    _ table: GrowthTable, to output: ByteOutput, threads: Int = 1, progress: ((Int, Int) -> Void)? = nil
  ) throws(SystemCallError) {
    assert(!table.columns.isEmpty, "a table has at least one column")
    try output.append(table.columns.map(\.key).joined(separator: ",") + "\n")
    let periods = PeriodLabels(
      (0..<table.panel.periodCount).map { table.panel.period(atRow: $0).description })
    try table.renderInChunks(
      threads: threads, progress: progress,
      makeRenderer: { CSVSeriesRenderer(table: table, unit: unit, periods: periods) }
    ) { (renderer, _) throws(SystemCallError) in try output.append(renderer.chunk.bytes) }
    try output.flush()
  }
}
