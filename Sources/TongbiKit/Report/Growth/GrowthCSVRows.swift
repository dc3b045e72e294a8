/// Note bytes by the row's five reason codes, built once per distinct combination.
///
/// Consecutive rows mostly share their reasons (the first two years of a series, a gap), so the last
/// note is kept beside the dictionary and reused without a lookup.
final class NoteCache {
  private var cache: [UInt64: [UInt8]] = [:]
  private let empty: [UInt8] = []
  private var lastKey: UInt64 = 0
  private var lastBytes: [UInt8] = []

  func bytes(_ reasons: [[UInt8]], row: Int) -> [UInt8] {
    var key: UInt64 = 0
    for codes in reasons { key = key << 8 | UInt64(codes[row]) }
    if key == 0 { return empty }
    if key == lastKey { return lastBytes }
    let bytes = known(key)
    lastKey = key
    lastBytes = bytes
    return bytes
  }

  private func known(_ key: UInt64) -> [UInt8] {
    if let known = cache[key] { return known }
    var codes = key
    var byQuantity = Array(repeating: UInt8(0), count: GrowthQuantity.allCases.count)
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
      let room = prefix.count + unitBytes.count + 1024 + NumberBytes.maximumLength * table.extraColumns.count
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
