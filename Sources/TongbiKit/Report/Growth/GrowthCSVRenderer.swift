import Dispatch

/// Writes a growth table as CSV with full precision (shortest text that reads back exactly), row by
/// row into a `ByteOutput`: no `String` per cell, the table is never held in memory.
///
/// Columns: `GrowthColumns.names`, then the table's extra columns. Undefined values are empty cells
/// whose reason is in `note`; amounts are in the indicator's unit, or `unit` when it converts.
public struct GrowthCSVRenderer {
  /// Unit amounts are converted into where the indicator's unit allows (万元 → 亿元).
  public var unit: Unit?

  /// Creates a renderer.
  public init(unit: Unit? = nil) {
    self.unit = unit
  }

  /// Series rendered per work item.
  static let seriesPerChunk = 32
  /// Chunks per worker in one batch. Each batch ends at a barrier where the last chunks run alone;
  /// 16 chunks per worker kept both workers busy 85% of the time on 2 cores (4 per worker: 75%; the 1 GB
  /// benchmark table 12.6–13.3 s instead of 14.9–16.6 s), while two batches of output stay in memory.
  static let chunksPerWorker = 16

  /// Writes the header and every row of `table`.
  ///
  /// Series are computed and formatted in chunks on `threads` threads, each chunk into its own buffer,
  /// and the buffers written out in series order, so the output is byte-identical for any thread
  /// count. With more than one thread the batches form a two-stage pipeline: while the calling thread
  /// writes one batch of chunks, the workers render the next into a second set of buffers, so memory
  /// stays bounded by two batches. `progress`, when given, is called after each batch with the number
  /// of series written and the total.
  public func write(
    _ table: GrowthTable, to output: ByteOutput, threads: Int = 1, progress: ((Int, Int) -> Void)? = nil
  ) throws(OutputError) {
    let header = (GrowthColumns.names + table.extraColumns.map(\.name)).joined(separator: ",") + "\n"
    try output.append(header)
    let context = RowContext(table: table, unit: unit)
    let workers = max(1, threads)
    let batchSize = workers * Self.chunksPerWorker
    let seriesCount = table.series.count
    let chunkCount = (seriesCount + Self.seriesPerChunk - 1) / Self.seriesPerChunk
    let batchCount = (chunkCount + batchSize - 1) / batchSize
    let banks = (0..<(workers > 1 ? 2 : 1)).map { _ in
      (0..<batchSize).map { _ in ChunkSlot(context: context) }
    }
    let chunksIn = { (batch: Int) in min(batchSize, chunkCount - batch * batchSize) }
    let render = UncheckedBox { (batch: Int) in
      let slots = banks[batch % banks.count]
      let body = { (index: Int) in
        let chunk = batch * batchSize + index
        slots[index].render(
          (chunk * Self.seriesPerChunk)..<min(seriesCount, (chunk + 1) * Self.seriesPerChunk))
      }
      if workers > 1 && chunksIn(batch) > 1 {
        ParallelWork.run(count: chunksIn(batch), body: body)
      } else {
        for index in 0..<chunksIn(batch) { body(index) }
      }
    }
    let rendering = DispatchGroup()
    defer { rendering.wait() }
    if workers > 1 && batchCount > 0 {
      DispatchQueue.global().async(group: rendering) { render.value(0) }
    }
    for batch in 0..<batchCount {
      if workers > 1 {
        rendering.wait()
        if batch + 1 < batchCount {
          DispatchQueue.global().async(group: rendering) { render.value(batch + 1) }
        }
      } else {
        render.value(batch)
      }
      let slots = banks[batch % banks.count]
      for index in 0..<chunksIn(batch) { try output.append(slots[index].chunk.bytes) }
      progress?(min(seriesCount, (batch + 1) * batchSize * Self.seriesPerChunk), seriesCount)
    }
    try output.flush()
  }

  @inline(__always)
  static func copy(_ bytes: [UInt8], to cursor: UnsafeMutablePointer<UInt8>, comma: Bool)
    -> UnsafeMutablePointer<UInt8>
  {
    var end = cursor
    bytes.withUnsafeBufferPointer { source in
      if let base = source.baseAddress { cursor.update(from: base, count: source.count) }
      end += source.count
    }
    if comma {
      end.pointee = UInt8(ascii: ",")
      end += 1
    }
    return end
  }

  @inline(__always)
  static func number(_ value: Double, _ decimals: Int?, _ cursor: UnsafeMutablePointer<UInt8>)
    -> UnsafeMutablePointer<UInt8>
  {
    let end = cursor + NumberBytes.write(value, decimalsHint: decimals, to: cursor)
    end.pointee = UInt8(ascii: ",")
    return end + 1
  }
}
