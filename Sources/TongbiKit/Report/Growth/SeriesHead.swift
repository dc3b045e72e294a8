@_spi(ByteLevel) import ByteLevel

/// The texts of a series that are the same on every row (region, indicator, unit), laid out in one
/// buffer for `BlockCopy`: each run of consecutive such columns as its cells joined with commas and
/// a comma after the last, followed by `BlockCopy.slack` bytes.
///
/// Rebuilt in place for each series, from the region's cell escaped when the region changes and the
/// indicator's cells escaped the first time it is met: nothing is hashed per series, and only a new
/// region allocates (its escaped cell).
final class SeriesHead {
  /// The buffer: `count` bytes in use, each byte initialized.
  private(set) var bytes: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  private(set) var count = 0
  /// Where each run starts in `bytes`, and its bytes (commas included).
  private(set) var runs: [(start: Int, count: Int)]

  /// The cells of each run.
  private let runCells: [[GrowthCell]]
  /// The unit amounts are shown in where the indicator converts to it.
  private let unit: Unit?
  /// The escaped name and unit of each indicator of the table, and the scale of its amounts.
  private var indicators: [(name: [UInt8], unit: [UInt8], scale: UnitScale)?]
  /// The region of the last series and its escaped cell.
  private var region = ""
  private var regionCell: [UInt8] = []

  /// Heads for a table of `indicatorCount` indicators whose amounts are shown in `unit` where the
  /// indicator converts to it, with the runs of constant cells `runs` (`CSVCell.plan`).
  init(indicatorCount: Int, unit: Unit?, runs: [[GrowthCell]]) {
    self.unit = unit
    runCells = runs
    self.runs = Array(repeating: (0, 0), count: runs.count)
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
      let shown = AmountDisplay(for: indicator, requested: unit)
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
    let text = { (cell: GrowthCell) -> [UInt8] in
      switch cell {
      case .region: self.regionCell
      case .indicator: cells.name
      default: cells.unit
      }
    }
    let needed = runCells.reduce(0) { sum, run in
      sum + run.reduce(0) { $0 + text($1).count + 1 } + BlockCopy.slack
    }
    if needed > capacity {
      bytes.deallocate()
      capacity = needed * 2
      bytes = .allocate(capacity: capacity)
      bytes.initialize(repeating: 0, count: capacity)
    }
    var cursor = bytes
    for (index, run) in runCells.enumerated() {
      let start = cursor
      for cell in run { cursor = Self.place(text(cell), at: cursor) }
      runs[index] = (start - bytes, cursor - start)
      cursor += BlockCopy.slack
    }
    count = cursor - bytes
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
