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

  /// Writes the header and every row of `table`.
  ///
  /// Series are computed and formatted in chunks on `threads` threads, each chunk into its own buffer,
  /// and the buffers written out in series order, so the output is byte-identical for any thread
  /// count and memory stays bounded by one batch of chunks. `progress`, when given, is called after
  /// each batch with the number of series written and the total.
  public func write(
    _ table: GrowthTable, to output: ByteOutput, threads: Int = 1, progress: ((Int, Int) -> Void)? = nil
  ) throws(OutputError) {
    let header = (GrowthColumns.names + table.extraColumns.map(\.name)).joined(separator: ",") + "\n"
    try output.append(header)
    let context = RowContext(table: table, unit: unit)
    let workers = max(1, threads)
    let slots = (0..<(workers * 4)).map { _ in ChunkSlot(context: context) }
    let chunkCount = (table.series.count + Self.seriesPerChunk - 1) / Self.seriesPerChunk
    var firstChunk = 0
    while firstChunk < chunkCount {
      let batch = min(slots.count, chunkCount - firstChunk)
      let start = firstChunk
      let render = { (index: Int) in
        let chunk = start + index
        let series =
          (chunk * Self.seriesPerChunk)..<min(table.series.count, (chunk + 1) * Self.seriesPerChunk)
        slots[index].render(series)
      }
      if workers > 1 && batch > 1 {
        ParallelWork.run(count: batch, body: render)
      } else {
        for index in 0..<batch { render(index) }
      }
      for index in 0..<batch { try output.append(slots[index].chunk.bytes) }
      firstChunk += batch
      progress?(min(table.series.count, firstChunk * Self.seriesPerChunk), table.series.count)
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

/// Note bytes by the row's five reason codes, built once per distinct combination.
final class NoteCache {
  private var cache: [UInt64: [UInt8]] = [:]
  private let empty: [UInt8] = []

  func bytes(_ reasons: [[UInt8]], row: Int) -> [UInt8] {
    var key: UInt64 = 0
    for codes in reasons { key = key << 8 | UInt64(codes[row]) }
    if key == 0 { return empty }
    if let known = cache[key] { return known }
    var codes = key
    var byQuantity = Array(repeating: UInt8(0), count: reasons.count)
    for index in byQuantity.indices.reversed() {
      byQuantity[index] = UInt8(truncatingIfNeeded: codes)
      codes >>= 8
    }
    let bytes = CSVText.escaped(GrowthColumns.note(reasons: byQuantity))
    cache[key] = bytes
    return bytes
  }
}

/// What every worker shares, read-only: the table, the unit, the period labels.
struct RowContext: @unchecked Sendable {
  let table: GrowthTable
  let unit: Unit?
  let periods: [[UInt8]]

  init(table: GrowthTable, unit: Unit?) {
    self.table = table
    self.unit = unit
    periods = (0..<table.panel.periodCount).map { Array(table.panel.period(atRow: $0).description.utf8) }
  }
}

/// One worker's state: its growth buffers, note cache and output chunk.
final class ChunkSlot: @unchecked Sendable {
  let context: RowContext
  let chunk = ChunkBuffer()
  private var growth: SeriesGrowth
  private let notes = NoteCache()

  init(context: RowContext) {
    self.context = context
    growth = SeriesGrowth(firstPeriod: context.table.panel.firstPeriod)
  }

  /// Computes and formats the rows of the series with ordinals in `series` into `chunk`.
  func render(_ series: Range<Int>) {
    chunk.count = 0
    let table = context.table
    for ordinal in series {
      guard table.compute(series: ordinal, into: &growth) else { continue }
      let key = table.series[ordinal]
      guard let indicator = table.panel.indicators[key.indicator] else { continue }
      let shown = GrowthColumns.displayUnit(for: indicator, requested: context.unit)
      let prefix = CSVText.escaped(key.region) + [UInt8(ascii: ",")] + CSVText.escaped(indicator.nameZh)
      let unitBytes = CSVText.escaped(shown.unit.symbol)
      let amountDecimals = max(0, key.decimals + shown.shift)
      let room = prefix.count + unitBytes.count + 1024 + 40 * table.extraColumns.count
      let monthly = growth.monthly
      let cumulative = growth.cumulative
      let monthlyYoY = growth.monthlyYoY
      let cumulativeYoY = growth.cumulativeYoY
      let monthOnMonth = growth.monthOnMonth
      let changeOfGrowth = growth.changeOfGrowth
      let increment = growth.increment
      let twoYearAverage = growth.twoYearAverage
      let reasons = growth.reasons
      let scale = shown.scale
      let written = key.decimals
      for row in table.rows where growth.isPublished(row: row) {
        var cursor = chunk.cursor(reserving: room)
        cursor = GrowthCSVRenderer.copy(prefix, to: cursor, comma: true)
        cursor = GrowthCSVRenderer.copy(context.periods[row], to: cursor, comma: true)
        cursor = GrowthCSVRenderer.copy(unitBytes, to: cursor, comma: true)
        cursor = GrowthCSVRenderer.number(scale.apply(monthly[row], written: written), amountDecimals, cursor)
        cursor = GrowthCSVRenderer.number(monthlyYoY[row], nil, cursor)
        cursor = GrowthCSVRenderer.number(
          scale.apply(cumulative[row], written: written), amountDecimals, cursor)
        cursor = GrowthCSVRenderer.number(cumulativeYoY[row], nil, cursor)
        cursor = GrowthCSVRenderer.number(monthOnMonth[row], nil, cursor)
        cursor = GrowthCSVRenderer.number(changeOfGrowth[row], 1, cursor)
        cursor = GrowthCSVRenderer.number(
          scale.apply(increment[row], written: written), amountDecimals, cursor)
        cursor = GrowthCSVRenderer.number(twoYearAverage[row], nil, cursor)
        cursor = GrowthCSVRenderer.copy(notes.bytes(reasons, row: row), to: cursor, comma: false)
        for column in table.extraColumns {
          cursor.pointee = UInt8(ascii: ",")
          cursor += 1
          let value = column.values[ordinal * column.periodCount + row]
          cursor += NumberBytes.write(value, decimalsHint: nil, to: cursor)
        }
        cursor.pointee = UInt8(ascii: "\n")
        cursor += 1
        chunk.count = cursor - chunk.buffer
      }
    }
  }
}
