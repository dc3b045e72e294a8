@_spi(ByteLevel) import ByteLevel

/// Renders series of a growth table as CSV rows into a byte chunk, column by column as the table's
/// layout says (`GrowthTable.layout`): one worker's note cache, series texts and output chunk.
///
/// Two writers give the same bytes: `plannedRows` follows the plan cell by cell for any choice of
/// columns; `standardRows`, the fast path, is that plan unrolled for the default layout (the standard
/// columns, then every extra column), taken when the plan is the default one. Tests compare the two.
final class CSVSeriesRenderer: SeriesRendering {
  let table: GrowthTable
  let chunk = ChunkBuffer()
  private let periods: PeriodLabels
  private let plan: [CSVCell]
  /// Whether `plan` is the default layout's, written by `standardRows`.
  private let isStandard: Bool
  private let notes = NoteCache()
  private let head: SeriesHead
  /// The packed reason codes of each row of the series being written.
  private let noteKeys: UnsafeMutablePointer<UInt64>

  /// A renderer of `table`'s rows with amounts in `unit` where they convert; `plannedOnly` makes it
  /// take the plan-following writer for every layout (the reference the fast path is tested against).
  init(table: GrowthTable, unit: Unit?, periods: PeriodLabels, plannedOnly: Bool = false) {
    self.table = table
    self.periods = periods
    let (cells, runs) = CSVCell.plan(table.layout, extras: table.extraColumns)
    plan = cells
    isStandard = !plannedOnly && cells == CSVCell.standardPlan(extras: table.extraColumns)
    head = SeriesHead(indicatorCount: table.indicators.count, unit: unit, runs: runs)
    noteKeys = .allocate(capacity: max(1, table.panel.periodCount))
  }

  deinit { noteKeys.deallocate() }

  func startChunk() { chunk.count = 0 }

  func render(series ordinal: Int, growth: SeriesGrowth) {
    guard let scale = head.prepare(series: ordinal, of: table) else { return }
    if plan.contains(.note) { NoteCache.keys(growth.reasons, rows: table.rows, into: noteKeys) }
    let cells = CellWriter(scale: scale, written: table.series[ordinal].decimals, exact: growth.exactAmounts)
    if isStandard {
      standardRows(of: ordinal, growth: growth, cells: cells)
    } else {
      plannedRows(of: ordinal, growth: growth, cells: cells)
    }
  }

  /// Bytes a row may take: the series' texts, the numbers, the note.
  private var room: Int { head.count + 1024 + NumberBytes.maximumLength * table.extraColumns.count }

  /// Formats the rows of series `ordinal` from `growth` into `chunk`, cell by cell as `plan` says.
  private func plannedRows(of ordinal: Int, growth: SeriesGrowth, cells: CellWriter) {
    let extras = table.extraColumns
    let runs = head.runs
    let base = UnsafeRawPointer(head.bytes)
    let room = room
    plan.withUnsafeBufferPointer { plan in
      var month = (growth.firstPeriod + table.rows.lowerBound).month
      for row in table.rows {
        defer { month = Period.month(after: month) }
        guard growth.isPublished(month: month) else { continue }
        let rowStart = chunk.cursor(reserving: room)
        var cursor = rowStart
        for cell in plan {
          switch cell {
          case .constants(let run):
            cursor = BlockCopy.copy(base + runs[run].start, count: runs[run].count, to: cursor)
          case .period: cursor = CellWriter.text(periods[row], cursor)
          case .monthly: cursor = cells.amount(growth.monthly[row], cursor)
          case .cumulative: cursor = cells.amount(growth.cumulative[row], cursor)
          case .increment: cursor = cells.amount(growth.increment[row], cursor)
          case .monthlyYoY: cursor = CellWriter.number(growth.monthlyYoY[row], cursor)
          case .cumulativeYoY: cursor = CellWriter.number(growth.cumulativeYoY[row], cursor)
          case .monthOnMonth: cursor = CellWriter.number(growth.monthOnMonth[row], cursor)
          case .twoYearAverage: cursor = CellWriter.number(growth.twoYearAverage[row], cursor)
          case .changeOfGrowth: cursor = CellWriter.change(growth.changeOfGrowth[row], cursor)
          case .note: cursor = CellWriter.text(notes.bytes(noteKeys[row]), cursor)
          case .extra(let index, let isAmount):
            let value = extras[index].values[ordinal * extras[index].periodCount + row]
            cursor = isAmount ? cells.scaled(value, cursor) : CellWriter.number(value, cursor)
          }
        }
        end(row: rowStart, at: cursor, room: room)
      }
    }
  }

  /// `plannedRows` for the default layout, unrolled: region, indicator, period, unit, the eight
  /// numbers, the note, then every extra column.
  private func standardRows(of ordinal: Int, growth: SeriesGrowth, cells: CellWriter) {
    let periods = periods
    let base = UnsafeRawPointer(head.bytes)
    let (names, unit) = (head.runs[0], head.runs[1])
    let room = room
    let monthly = growth.monthly
    let cumulative = growth.cumulative
    let monthlyYoY = growth.monthlyYoY
    let cumulativeYoY = growth.cumulativeYoY
    let monthOnMonth = growth.monthOnMonth
    let changeOfGrowth = growth.changeOfGrowth
    let increment = growth.increment
    let twoYearAverage = growth.twoYearAverage
    let extras = table.extraColumns
    var month = (growth.firstPeriod + table.rows.lowerBound).month
    for row in table.rows {
      defer { month = Period.month(after: month) }
      guard growth.isPublished(month: month) else { continue }
      let rowStart = chunk.cursor(reserving: room)
      var cursor = BlockCopy.copy(base + names.start, count: names.count, to: rowStart)
      cursor = CellWriter.text(periods[row], cursor)
      cursor = BlockCopy.copy(base + unit.start, count: unit.count, to: cursor)
      cursor = cells.amount(monthly[row], cursor)
      cursor = CellWriter.number(monthlyYoY[row], cursor)
      cursor = cells.amount(cumulative[row], cursor)
      cursor = CellWriter.number(cumulativeYoY[row], cursor)
      cursor = CellWriter.number(monthOnMonth[row], cursor)
      cursor = CellWriter.change(changeOfGrowth[row], cursor)
      cursor = cells.amount(increment[row], cursor)
      cursor = CellWriter.number(twoYearAverage[row], cursor)
      cursor = CellWriter.text(notes.bytes(noteKeys[row]), cursor)
      for extra in extras {
        let value = extra.values[ordinal * extra.periodCount + row]
        cursor = extra.column.kind == .amount ? cells.scaled(value, cursor) : CellWriter.number(value, cursor)
      }
      end(row: rowStart, at: cursor, room: room)
    }
  }

  /// Ends the row that started at `rowStart` and whose cells end at `cursor`: its last comma becomes
  /// the line break.
  @inline(__always)
  private func end(
    row rowStart: UnsafeMutablePointer<UInt8>, at cursor: UnsafeMutablePointer<UInt8>, room: Int
  ) {
    assert(cursor > rowStart, "a row has at least one cell")
    cursor[-1] = UInt8(ascii: "\n")
    // The last number's stores reach `NumberBytes.maximumLength` past its start, a block copy's
    // `BlockCopy.slack` past its end: both within the room reserved for the row.
    assert(cursor - rowStart + NumberBytes.maximumLength <= room, "a row fits the room reserved for it")
    chunk.count = cursor - chunk.buffer
  }
}

/// Writes the cells of one series' rows, each followed by a comma, and returns the position after
/// them: amounts in the shown unit, rates at full precision, changes of growth in tenths, texts.
struct CellWriter {
  /// From stored amounts to shown ones.
  let scale: UnitScale
  /// Decimals the series' input is written with.
  let written: Int
  /// The units in which the amounts are exact decimals (`SeriesGrowth.exactAmounts`).
  let units: DecimalUnits
  /// Whether amounts go straight to their digits: exact decimals in the indicator's own unit.
  let exact: Bool

  init(scale: UnitScale, written: Int, exact units: DecimalUnits) {
    self.scale = scale
    self.written = written
    self.units = units
    exact = units.power != 1 && scale.shift == 0
  }

  /// An amount: exact decimals in the indicator's own unit go straight to their digits (no
  /// read-back check); others are scaled, then written in full precision.
  @inline(__always)
  func amount(_ value: Double, _ cursor: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
    exact ? Self.units(value, units, cursor) : scaled(value, cursor)
  }

  /// An amount scaled into the shown unit, in full precision.
  @inline(__always)
  func scaled(_ value: Double, _ cursor: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
    Self.number(scale.apply(value, written: written), cursor, decimals: scale.decimals(written))
  }

  /// A change of growth, a whole number of tenths, Double(n) / 10 (`GrowthFormulas.changeOfTenths`,
  /// `OfficeRounding.round`): exact in `DecimalUnits.tenths` below 2⁴⁷; NaN and beyond in full
  /// precision.
  @inline(__always)
  static func change(_ value: Double, _ cursor: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
    abs(value) < 0x1p47 ? units(value, .tenths, cursor) : number(value, cursor, decimals: 1)
  }

  /// `text` as it is.
  @inline(__always)
  static func text(_ text: UnsafeBufferPointer<UInt8>, _ cursor: UnsafeMutablePointer<UInt8>)
    -> UnsafeMutablePointer<UInt8>
  {
    var end = cursor
    if let start = text.baseAddress { end = BlockCopy.copy(start, count: text.count, to: cursor) }
    end.pointee = UInt8(ascii: ",")
    return end + 1
  }

  /// `value`, an exact decimal of `units` (`NumberBytes.writeExact`); NaN writes only the comma.
  @inline(__always)
  static func units(_ value: Double, _ units: DecimalUnits, _ cursor: UnsafeMutablePointer<UInt8>)
    -> UnsafeMutablePointer<UInt8>
  {
    let end = cursor + NumberBytes.writeExact(value, in: units, to: cursor)
    end.pointee = UInt8(ascii: ",")
    return end + 1
  }

  /// `value` in full precision (`decimals` the first number of decimals tried; see `NumberBytes`).
  @inline(__always)
  static func number(_ value: Double, _ cursor: UnsafeMutablePointer<UInt8>, decimals: Int? = nil)
    -> UnsafeMutablePointer<UInt8>
  {
    let end = cursor + NumberBytes.write(value, decimalsHint: decimals, to: cursor)
    end.pointee = UInt8(ascii: ",")
    return end + 1
  }
}
