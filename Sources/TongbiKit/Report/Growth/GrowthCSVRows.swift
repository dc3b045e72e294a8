@_spi(ByteLevel) import ByteLevel

/// Note bytes by a row's reason codes (one byte per quantity, packed in a `UInt64`), built once per
/// distinct combination and kept until the cache goes.
///
/// Consecutive rows mostly share their reasons (the first two years of a series, a gap), so the last
/// note is kept beside the dictionary and reused without a lookup. Notes are handed out as pointers
/// into storage the cache owns, so a row costs no reference counting.
final class NoteCache {
  private var cache: [UInt64: UnsafeMutableBufferPointer<UInt8>] = [:]
  private var lastKey: UInt64 = 0
  private var lastBytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)

  deinit {
    for bytes in cache.values { bytes.deallocate() }
  }

  /// The reason codes of every row of `rows`, packed per row into `keys` (quantity 0 in the highest
  /// byte used); rows after the last with a reason (`lastUndefinedRow`) are 0 without being read.
  static func keys(_ reasons: [[UInt8]], rows: Range<Int>, into keys: UnsafeMutablePointer<UInt64>) {
    keys.update(repeating: 0, count: rows.upperBound)
    let last = lastUndefinedRow(reasons)
    let undefined = rows.clamped(to: rows.lowerBound..<max(rows.lowerBound, last + 1))
    for codes in reasons {
      codes.withUnsafeBufferPointer { codes in
        for row in undefined { keys[row] = keys[row] << 8 | UInt64(codes[row]) }
      }
    }
  }

  /// The last row where some quantity has a reason (`SeriesGrowth.reasons`), −1 when none has: rows
  /// after it carry no reason at all. For a flow with both forms that is usually in its first two
  /// years; for a kind with a quantity that never applies (stocks, rates, indices) or a 1-2月 series
  /// it is the last row.
  static func lastUndefinedRow(_ reasons: [[UInt8]]) -> Int {
    reasons.reduce(-1) { last, codes in max(last, codes.withUnsafeBufferPointer(lastNonzero)) }
  }

  /// The index of the last nonzero code, −1 when all are zero: read backwards eight codes at a time
  /// (reasons gather in the first years of a series), the last nonzero byte of a little-endian word
  /// being its highest.
  private static func lastNonzero(_ codes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = codes.baseAddress else { return -1 }
    let raw = UnsafeRawPointer(base)
    var end = codes.count
    while end >= 8 {
      let word = raw.loadUnaligned(fromByteOffset: end - 8, as: UInt64.self)
      if word != 0 { return end - 8 + (63 - UInt64(littleEndian: word).leadingZeroBitCount) >> 3 }
      end -= 8
    }
    while end > 0 {
      end -= 1
      if base[end] != 0 { return end }
    }
    return -1
  }

  /// The escaped note of the reason codes packed in `key`; empty for 0 (no undefined value).
  @inline(__always)
  func bytes(_ key: UInt64) -> UnsafeBufferPointer<UInt8> {
    if key == 0 { return UnsafeBufferPointer(start: nil, count: 0) }
    if key == lastKey { return lastBytes }
    let bytes = known(key)
    lastKey = key
    lastBytes = bytes
    return bytes
  }

  private func known(_ key: UInt64) -> UnsafeBufferPointer<UInt8> {
    if let known = cache[key] { return UnsafeBufferPointer(known) }
    var codes = key
    var byQuantity = Array(repeating: UInt8(0), count: GrowthQuantity.allCases.count)
    for index in byQuantity.indices.reversed() {
      byQuantity[index] = UInt8(truncatingIfNeeded: codes)
      codes >>= 8
    }
    let text = CSVText.escaped(GrowthColumns.note(reasons: byQuantity))
    let storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: text.count + BlockCopy.slack)
    let stored = UnsafeMutableBufferPointer(rebasing: storage[..<text.count])
    _ = stored.initialize(fromContentsOf: text)
    UnsafeMutableBufferPointer(rebasing: storage[text.count...]).initialize(repeating: 0)
    cache[key] = stored
    return UnsafeBufferPointer(stored)
  }
}

/// What every worker shares, read-only: the table, the unit, the period labels.
struct RowContext: @unchecked Sendable {
  let table: GrowthTable
  let unit: Unit?
  let periods: PeriodLabels

  init(table: GrowthTable, unit: Unit?) {
    self.table = table
    self.unit = unit
    periods = PeriodLabels((0..<table.panel.periodCount).map { table.panel.period(atRow: $0).description })
  }
}

/// The UTF-8 labels of a table's periods in one buffer, so that a row copies its label without
/// reference counting; the last is followed by `BlockCopy.slack` bytes.
final class PeriodLabels {
  private let bytes: UnsafeMutableBufferPointer<UInt8>
  /// Label r is bytes `starts[r]..<starts[r + 1]`.
  private let starts: UnsafeMutableBufferPointer<Int>

  init(_ labels: [String]) {
    let flat = labels.flatMap { Array($0.utf8) }
    bytes = .allocate(capacity: flat.count + BlockCopy.slack)
    _ = UnsafeMutableBufferPointer(rebasing: bytes[..<flat.count]).initialize(fromContentsOf: flat)
    UnsafeMutableBufferPointer(rebasing: bytes[flat.count...]).initialize(repeating: 0)
    starts = .allocate(capacity: labels.count + 1)
    var offset = 0
    starts[0] = 0
    for (row, label) in labels.enumerated() {
      offset += label.utf8.count
      starts[row + 1] = offset
    }
  }

  deinit {
    bytes.deallocate()
    starts.deallocate()
  }

  /// The label of row `row`.
  @inline(__always)
  subscript(row: Int) -> UnsafeBufferPointer<UInt8> {
    assert(starts[row + 1] + BlockCopy.slack <= bytes.count, "a label is followed by readable slack")
    return UnsafeBufferPointer(rebasing: bytes[starts[row]..<starts[row + 1]])
  }
}

/// One worker's state: its growth buffers, note cache and output chunk.
final class ChunkSlot: @unchecked Sendable {
  let context: RowContext
  let chunk = ChunkBuffer()
  private var growth: SeriesGrowth
  private let notes = NoteCache()
  private let head: SeriesHead
  /// The packed reason codes of each row of the series being written.
  private let noteKeys: UnsafeMutablePointer<UInt64>

  init(context: RowContext) {
    self.context = context
    growth = SeriesGrowth(firstPeriod: context.table.panel.firstPeriod)
    head = SeriesHead(indicatorCount: context.table.indicators.count, unit: context.unit)
    noteKeys = .allocate(capacity: max(1, context.table.panel.periodCount))
  }

  deinit { noteKeys.deallocate() }

  /// Computes and formats the rows of the series with ordinals in `series` into `chunk`.
  func render(_ series: Range<Int>) {
    chunk.count = 0
    let table = context.table
    for ordinal in series {
      guard table.compute(series: ordinal, into: &growth),
        let scale = head.prepare(series: ordinal, of: table)
      else { continue }
      NoteCache.keys(growth.reasons, rows: table.rows, into: noteKeys)
      rows(of: ordinal, scale: scale, written: table.series[ordinal].decimals)
    }
  }

  /// Formats the rows of series `ordinal` from `growth` into `chunk`, after the texts of `head`.
  @inline(__always)
  private func rows(of ordinal: Int, scale: UnitScale, written: Int) {
    let table = context.table
    let periods = context.periods
    let amountDecimals = scale.decimals(written)
    let base = UnsafeRawPointer(head.bytes)
    let (prefixCount, unitStart, unitCount) = (head.prefixCount, head.unitStart, head.unitCount)
    let room = head.count + 1024 + NumberBytes.maximumLength * table.extraColumns.count
    let monthly = growth.monthly
    let cumulative = growth.cumulative
    let monthlyYoY = growth.monthlyYoY
    let cumulativeYoY = growth.cumulativeYoY
    let monthOnMonth = growth.monthOnMonth
    let changeOfGrowth = growth.changeOfGrowth
    let increment = growth.increment
    let twoYearAverage = growth.twoYearAverage
    let extra = !table.extraColumns.isEmpty
    // Exact decimals in the indicator's own unit go straight to their digits (no read-back check).
    let units = growth.exactAmounts
    let exact = units.power != 1 && scale.shift == 0
    @inline(__always) func amount(_ value: Double, _ cursor: UnsafeMutablePointer<UInt8>)
      -> UnsafeMutablePointer<UInt8>
    {
      exact
        ? GrowthCSVRenderer.units(value, units, cursor)
        : GrowthCSVRenderer.number(scale.apply(value, written: written), amountDecimals, cursor)
    }
    // A change of growth is a whole number of tenths, Double(n) / 10 (`GrowthFormulas.changeOfTenths`,
    // `OfficeRounding.round`): exact in `DecimalUnits.tenths` below 2⁴⁷; NaN and beyond take `number`.
    // (Read once here: a static constant read in the loop costs a call to its initialization check.)
    let tenths = DecimalUnits.tenths
    @inline(__always) func change(_ value: Double, _ cursor: UnsafeMutablePointer<UInt8>)
      -> UnsafeMutablePointer<UInt8>
    {
      abs(value) < 0x1p47
        ? GrowthCSVRenderer.units(value, tenths, cursor)
        : GrowthCSVRenderer.number(value, 1, cursor)
    }
    var month = (growth.firstPeriod + table.rows.lowerBound).month
    for row in table.rows {
      defer { month = Period.month(after: month) }
      guard growth.isPublished(month: month) else { continue }
      let rowStart = chunk.cursor(reserving: room)
      var cursor = rowStart
      cursor = BlockCopy.copy(base, count: prefixCount, to: cursor)
      let label = periods[row]
      if let start = label.baseAddress { cursor = BlockCopy.copy(start, count: label.count, to: cursor) }
      cursor.pointee = UInt8(ascii: ",")
      cursor = BlockCopy.copy(base + unitStart, count: unitCount, to: cursor + 1)
      cursor = amount(monthly[row], cursor)
      cursor = GrowthCSVRenderer.number(monthlyYoY[row], nil, cursor)
      cursor = amount(cumulative[row], cursor)
      cursor = GrowthCSVRenderer.number(cumulativeYoY[row], nil, cursor)
      cursor = GrowthCSVRenderer.number(monthOnMonth[row], nil, cursor)
      cursor = change(changeOfGrowth[row], cursor)
      cursor = amount(increment[row], cursor)
      cursor = GrowthCSVRenderer.number(twoYearAverage[row], nil, cursor)
      let note = notes.bytes(noteKeys[row])
      if let start = note.baseAddress { cursor = BlockCopy.copy(start, count: note.count, to: cursor) }
      if extra { cursor = extraCells(ordinal: ordinal, row: row, to: cursor) }
      cursor.pointee = UInt8(ascii: "\n")
      cursor += 1
      // The last number's stores reach `NumberBytes.maximumLength` past its start, a block copy's
      // `BlockCopy.slack` past its end: both within the room reserved for the row.
      assert(cursor - rowStart + NumberBytes.maximumLength <= room, "a row fits the room reserved for it")
      chunk.count = cursor - chunk.buffer
    }
  }

  /// Writes the table's extra columns (targets, ranks, contributions) of one row, each after a comma.
  @inline(__always)
  private func extraCells(ordinal: Int, row: Int, to start: UnsafeMutablePointer<UInt8>)
    -> UnsafeMutablePointer<UInt8>
  {
    var cursor = start
    for column in context.table.extraColumns {
      cursor.pointee = UInt8(ascii: ",")
      cursor += 1
      let value = column.values[ordinal * column.periodCount + row]
      cursor += NumberBytes.write(value, decimalsHint: nil, to: cursor)
    }
    return cursor
  }
}

/// The texts every row of a series starts with, in one buffer for `BlockCopy`: "region,indicator,"
/// at 0, then `BlockCopy.slack` bytes on, the unit and a comma, and slack after it.
///
/// Rebuilt in place for each series, from the region's cell escaped when the region changes and the
/// indicator's cells escaped the first time it is met: nothing is hashed per series, and only a new
/// region allocates (its escaped cell).
final class SeriesHead {
  /// The buffer: `count` bytes in use, each byte initialized.
  private(set) var bytes: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  private(set) var count = 0
  /// Bytes of "region,indicator,".
  private(set) var prefixCount = 0
  /// Where the unit starts, and its bytes with the comma after it.
  private(set) var unitStart = 0
  private(set) var unitCount = 0

  /// The unit amounts are shown in where the indicator converts to it.
  private let unit: Unit?
  /// The escaped name and unit of each indicator of the table, and the scale of its amounts.
  private var indicators: [(name: [UInt8], unit: [UInt8], scale: UnitScale)?]
  /// The region of the last series and its escaped cell.
  private var region = ""
  private var regionCell: [UInt8] = []

  /// Heads for a table of `indicatorCount` indicators whose amounts are shown in `unit` where the
  /// indicator converts to it.
  init(indicatorCount: Int, unit: Unit?) {
    self.unit = unit
    indicators = Array(repeating: nil, count: indicatorCount)
    capacity = 256
    bytes = .allocate(capacity: capacity)
    bytes.initialize(repeating: 0, count: capacity)
  }

  deinit { bytes.deallocate() }

  /// Lays out the texts of series `ordinal` of `table` and returns the scale of its amounts; `nil`
  /// when the panel lacks its indicator.
  func prepare(series ordinal: Int, of table: GrowthTable) -> UnitScale? {
    let position = table.indicatorPositions[ordinal]
    if indicators[position] == nil {
      guard let indicator = table.indicators[position] else { return nil }
      let shown = GrowthColumns.displayUnit(for: indicator, requested: unit)
      indicators[position] = (
        CSVText.escaped(indicator.nameZh), CSVText.escaped(shown.unit.symbol), shown.scale
      )
    }
    guard let cells = indicators[position] else { return nil }
    let name = table.series[ordinal].region
    if !ExactText.equal(name, region) {
      region = name
      regionCell = CSVText.escaped(name)
    }
    prefixCount = regionCell.count + cells.name.count + 2
    unitStart = prefixCount + BlockCopy.slack
    unitCount = cells.unit.count + 1
    count = unitStart + unitCount + BlockCopy.slack
    if count > capacity {
      bytes.deallocate()
      capacity = count * 2
      bytes = .allocate(capacity: capacity)
      bytes.initialize(repeating: 0, count: capacity)
    }
    _ = Self.place(
      cells.unit, at: Self.place(cells.name, at: Self.place(regionCell, at: bytes)) + BlockCopy.slack)
    return cells.scale
  }

  /// Copies `cell` and a comma to `cursor` and returns the position after them.
  private static func place(_ cell: [UInt8], at cursor: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<
    UInt8
  > {
    cursor.update(from: cell, count: cell.count)
    cursor[cell.count] = UInt8(ascii: ",")
    return cursor + cell.count + 1
  }
}
