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

  /// Writes the header and every row of `table`.
  public func write(_ table: GrowthTable, to output: ByteOutput) throws(OutputError) {
    let header = (GrowthColumns.names + table.extraColumns.map(\.name)).joined(separator: ",") + "\n"
    try output.append(header)
    let periods = (0..<table.panel.periodCount).map { Array(table.panel.period(atRow: $0).description.utf8) }
    let noteCache = NoteCache()
    try table.forEachSeries { (ordinal, key, growth) throws(OutputError) in
      guard let indicator = table.panel.indicators[key.indicator] else { return }
      let shown = GrowthColumns.displayUnit(for: indicator, requested: unit)
      let prefix = CSVText.escaped(key.region) + [UInt8(ascii: ",")] + CSVText.escaped(indicator.nameZh)
      let unitBytes = CSVText.escaped(shown.unit.symbol)
      let amountDecimals = key.decimals + shown.shift
      for row in table.rows where growth.isPublished(row: row) {
        try output.reserve(prefix.count + unitBytes.count + 1024 + 40 * table.extraColumns.count)
        var cursor = output.buffer + output.count
        cursor = Self.copy(prefix, to: cursor, comma: true)
        cursor = Self.copy(periods[row], to: cursor, comma: true)
        cursor = Self.copy(unitBytes, to: cursor, comma: true)
        cursor = Self.number(growth.monthly[row] * shown.factor, amountDecimals, cursor)
        cursor = Self.number(growth.monthlyYoY[row], nil, cursor)
        cursor = Self.number(growth.cumulative[row] * shown.factor, amountDecimals, cursor)
        cursor = Self.number(growth.cumulativeYoY[row], nil, cursor)
        cursor = Self.number(growth.monthOnMonth[row], nil, cursor)
        cursor = Self.number(growth.changeOfGrowth[row], 1, cursor)
        cursor = Self.number(growth.increment[row] * shown.factor, amountDecimals, cursor)
        cursor = Self.copy(noteCache.bytes(growth, row: row), to: cursor, comma: false)
        for column in table.extraColumns {
          cursor.pointee = UInt8(ascii: ",")
          cursor += 1
          let value = column.values[ordinal * column.periodCount + row]
          cursor += NumberBytes.write(value, decimalsHint: nil, to: cursor)
        }
        cursor.pointee = UInt8(ascii: "\n")
        cursor += 1
        output.count = cursor - output.buffer
      }
    }
    try output.flush()
  }

  @inline(__always)
  private static func copy(_ bytes: [UInt8], to cursor: UnsafeMutablePointer<UInt8>, comma: Bool)
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
  private static func number(_ value: Double, _ decimals: Int?, _ cursor: UnsafeMutablePointer<UInt8>)
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

  func bytes(_ growth: SeriesGrowth, row: Int) -> [UInt8] {
    var key: UInt64 = 0
    for quantity in GrowthQuantity.allCases {
      key = key << 8 | UInt64(growth.reasons[quantity.rawValue][row])
    }
    if key == 0 { return empty }
    if let known = cache[key] { return known }
    let bytes = CSVText.escaped(GrowthColumns.note(growth, row: row))
    cache[key] = bytes
    return bytes
  }
}
