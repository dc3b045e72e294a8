@_spi(ByteLevel) import ByteLevel

/// Writes a growth table as CSV with full precision (shortest text that reads back exactly), row by
/// row into a `ByteOutput`: no `String` per cell, the table is never held in memory.
///
/// Columns: `GrowthColumns.names`, then the table's extra columns. Undefined values are empty cells
/// whose reason is in `note`; amounts are in the indicator's unit, or `unit` when it converts.
package struct GrowthCSVRenderer {
  /// Unit amounts are converted into where the indicator's unit allows (万元 → 亿元).
  package var unit: Unit?

  /// Creates a renderer.
  package init(unit: Unit? = nil) {
    self.unit = unit
  }

  /// Series rendered per work item.
  static let seriesPerChunk = 32
  /// Rendered chunks that may wait to be written, per worker: enough that a slow chunk holds up no
  /// worker, while the waiting output stays small (about 0.6 MB per chunk of the benchmark table).
  static let waitingChunksPerWorker = 16

  /// Writes the header and every row of `table`.
  ///
  /// Series are computed and formatted in chunks, each chunk into its own buffer, and the buffers
  /// written out in series order, so the output is byte-identical for any thread count. With more
  /// than one thread, `threads` workers render chunks while the calling thread writes the finished
  /// ones in order (`OrderedPipeline`). `progress`, when given, is called every `waitingChunksPerWorker`
  /// chunks with the number of series written and the total.
  package func write(
    _ table: GrowthTable, to output: ByteOutput, threads: Int = 1, progress: ((Int, Int) -> Void)? = nil
  ) throws(SystemCallError) {
    let header = (GrowthColumns.names + table.extraColumns.map(\.name)).joined(separator: ",") + "\n"
    try output.append(header)
    let context = RowContext(table: table, unit: unit)
    let seriesCount = table.series.count
    let chunkCount = (seriesCount + Self.seriesPerChunk - 1) / Self.seriesPerChunk
    let seriesIn = { (chunk: Int) in
      (chunk * Self.seriesPerChunk)..<min(seriesCount, (chunk + 1) * Self.seriesPerChunk)
    }
    // Writes a rendered chunk and reports progress every `waitingChunksPerWorker` chunks.
    let emit = { (slot: ChunkSlot, chunk: Int) throws(SystemCallError) in
      try output.append(slot.chunk.bytes)
      if (chunk + 1) % Self.waitingChunksPerWorker == 0 || chunk + 1 == chunkCount {
        progress?(seriesIn(chunk).upperBound, seriesCount)
      }
    }
    if threads <= 1 {
      let slot = ChunkSlot(context: context)
      for chunk in 0..<chunkCount {
        slot.render(seriesIn(chunk))
        try emit(slot, chunk)
      }
    } else {
      let slots = (0..<threads * Self.waitingChunksPerWorker).map { _ in ChunkSlot(context: context) }
      try OrderedPipeline.run(
        count: chunkCount, workers: threads, slots: slots,
        produce: { slot, chunk in slot.render(seriesIn(chunk)) }, consume: emit)
    }
    try output.flush()
  }

  /// Writes `value`, an exact decimal of `units` (`NumberBytes.writeExact`), and a comma at `cursor`;
  /// returns the position after them. NaN writes only the comma.
  @inline(__always)
  static func units(_ value: Double, _ units: DecimalUnits, _ cursor: UnsafeMutablePointer<UInt8>)
    -> UnsafeMutablePointer<UInt8>
  {
    let end = cursor + NumberBytes.writeExact(value, in: units, to: cursor)
    end.pointee = UInt8(ascii: ",")
    return end + 1
  }

  /// Writes `value` (full precision, `decimals` the first number of decimals tried; see `NumberBytes`)
  /// and a comma at `cursor`; returns the position after them.
  @inline(__always)
  static func number(_ value: Double, _ decimals: Int?, _ cursor: UnsafeMutablePointer<UInt8>)
    -> UnsafeMutablePointer<UInt8>
  {
    let end = cursor + NumberBytes.write(value, decimalsHint: decimals, to: cursor)
    end.pointee = UInt8(ascii: ",")
    return end + 1
  }
}
