import LinearAlgebra

/// Collects observations (series, month, value) from any layout and assembles a `Panel`.
///
/// Duplicates (same series and month stored twice) are refused with the position of the first value.
/// Memory: the cells live in column blocks plus one 8-byte source position per cell; `finish` moves
/// them block by block into the final matrix, so the peak stays near two dense panels.
struct PanelBuilder {
  /// What became of a value handed to `store`.
  enum StoreOutcome {
    case stored
    /// The cell was stored before, from this position; the new value is not stored.
    case duplicate(of: PackedPosition)
    /// The period would widen the table beyond `maximumSpanMonths`; nothing is stored.
    case outsideSpan(earliest: Period, latest: Period)
  }

  /// Longest span of months the table may cover (see `IngestOptions.maximumSpanMonths`).
  let maximumSpanMonths: Int
  private(set) var keys: [SeriesKey] = []
  private var decimals: [Int] = []
  private var keyIndex: [SeriesKey: Int] = [:]
  private var blocks: [ColumnBlock] = []
  /// Ordinal of the month in row 0 of the blocks.
  private var rowBase = 0
  private var rowCount = 0
  private var minOrdinal = Int.max
  private var maxOrdinal = Int.min
  /// Indicators seen with a combined 1-2月 label.
  private(set) var combinedJanuaryFebruary: Set<String> = []
  /// Regions by name, in order of first appearance.
  private var regionIndex: [ExactName: Region] = [:]
  private(set) var regionOrder: [String] = []
  /// Whether a cell was refused because its period lay too far from the others (which cells are
  /// refused then depends on the order they come in).
  private(set) var refusedOutsideSpan = false

  /// Creates an empty builder whose table spans at most `maximumSpanMonths` months.
  init(maximumSpanMonths: Int) {
    self.maximumSpanMonths = maximumSpanMonths
  }

  /// Regions by name.
  var regions: [String: Region] {
    Dictionary(regionIndex.map { ($0.key.text, $0.value) }, uniquingKeysWith: { first, _ in first })
  }

  /// Column of `key`, creating an empty one when new.
  mutating func column(for key: SeriesKey) -> Int {
    // One hash for the lookup and the insertion: a new key gets the next column number in place.
    let column = keys.count
    let found = PanelBuilder.claim(&keyIndex[key, default: column])
    if found != column { return found }
    keys.append(key)
    decimals.append(0)
    if column % ColumnBlock.width == 0 {
      // The first block grows from a few columns (a small table stays small); once one block is full
      // the table is wide, and each further block is allocated at full width at once instead of being
      // copied through every doubling.
      blocks.append(ColumnBlock(rows: rowCount, capacity: blocks.isEmpty ? 8 : ColumnBlock.width))
    }
    blocks[column / ColumnBlock.width].reserve(columns: column % ColumnBlock.width + 1)
    return column
  }

  /// The value of a dictionary slot accessed with a default, which the access stores when it was absent.
  @inline(__always)
  private static func claim(_ slot: inout Int) -> Int { slot }

  /// Column of `key` if it exists.
  func existingColumn(for key: SeriesKey) -> Int? { keyIndex[key] }

  /// Registers a region (with its parent, when the data declare one).
  mutating func noteRegion(_ name: String, parent: String?) {
    let key = ExactName(name)
    if var known = regionIndex[key] {
      if known.parent == nil, let parent, !parent.isEmpty {
        known.parent = parent
        regionIndex[key] = known
      }
      return
    }
    regionIndex[key] = Region(name: name, parent: parent.flatMap { $0.isEmpty ? nil : $0 })
    regionOrder.append(name)
  }

  /// Records that `indicator` publishes January and February together (a 1-2月 label was seen).
  mutating func noteCombinedJanuaryFebruary(indicator: String) {
    combinedJanuaryFebruary.insert(indicator)
  }

  /// Stores `value` (NaN for a missing marker) at `period` of `column`.
  ///
  /// A value already stored at that cell (a duplicate) or a period too far from the others is not
  /// stored; the outcome says which.
  mutating func store(
    _ value: Double, decimals valueDecimals: Int, column: Int, period: Period, position: PackedPosition
  ) -> StoreOutcome {
    let ordinal = period.ordinal
    if ordinal < minOrdinal || ordinal > maxOrdinal {
      // A month outside the stored span: within the limit it widens the span (and the rows when
      // needed); no cell of it was stored, so it cannot be a duplicate.
      if let span = storedSpan,
        max(span.upperBound, ordinal) - min(span.lowerBound, ordinal) >= maximumSpanMonths
      {
        refusedOutsideSpan = true
        return .outsideSpan(
          earliest: Period(ordinal: span.lowerBound), latest: Period(ordinal: span.upperBound))
      }
      if ordinal < rowBase || ordinal >= rowBase + rowCount { growRows(toInclude: ordinal) }
      minOrdinal = min(minOrdinal, ordinal)
      maxOrdinal = max(maxOrdinal, ordinal)
    }
    let block = blocks[column / ColumnBlock.width]
    let cell = (column % ColumnBlock.width) * rowCount + (ordinal - rowBase)
    let existing = block.positions[cell]
    if existing != 0 { return .duplicate(of: PackedPosition(raw: existing)) }
    block.values[cell] = value
    block.positions[cell] = position.raw
    if valueDecimals > decimals[column] { decimals[column] = valueDecimals }
    return .stored
  }

  /// Widens the row range to include `ordinal`, with a year of slack on the side that grew.
  private mutating func growRows(toInclude ordinal: Int) {
    let slack = 12
    let newBase: Int
    let newEnd: Int
    if rowCount == 0 {
      newBase = ordinal - slack
      newEnd = ordinal + slack + 1
    } else {
      newBase = ordinal < rowBase ? ordinal - slack : rowBase
      newEnd = ordinal >= rowBase + rowCount ? ordinal + slack + 1 : rowBase + rowCount
    }
    let newRows = newEnd - newBase
    for block in blocks {
      block.relayout(newRows: newRows, shift: rowBase - newBase)
    }
    rowBase = newBase
    rowCount = newRows
  }

  /// The stored value and position of `column` at month ordinal `ordinal` (NaN and empty outside).
  func cell(column: Int, ordinal: Int) -> (value: Double, position: PackedPosition) {
    guard ordinal >= rowBase && ordinal < rowBase + rowCount else { return (.nan, .empty) }
    let block = blocks[column / ColumnBlock.width]
    let cell = (column % ColumnBlock.width) * rowCount + (ordinal - rowBase)
    return (block.values[cell], PackedPosition(raw: block.positions[cell]))
  }

  /// Calls `body` with the cells of `column` over the builder's row range: values, packed positions,
  /// the number of rows, and the month ordinal of row 0.
  func withCells<R>(
    of column: Int, _ body: (UnsafePointer<Double>, UnsafePointer<UInt64>, Int, Int) -> R
  ) -> R {
    let block = blocks[column / ColumnBlock.width]
    let offset = (column % ColumnBlock.width) * rowCount
    return body(block.values + offset, block.positions + offset, rowCount, rowBase)
  }

  /// Largest number of decimals written in the cells of `column`.
  func decimals(of column: Int) -> Int { decimals[column] }

  /// Span of months holding at least one stored cell, or `nil` when nothing was stored.
  var storedSpan: ClosedRange<Int>? { minOrdinal <= maxOrdinal ? minOrdinal...maxOrdinal : nil }

  /// Moves the columns into one matrix covering exactly the stored months and returns it with the
  /// decimals per column. The builder is empty afterwards.
  mutating func takeMatrix() -> (first: Period, values: Matrix, decimals: [Int]) {
    guard let span = storedSpan else {
      return (Period(ordinal: 0), Matrix(rows: 0, columns: keys.count), decimals)
    }
    let rows = span.count
    let offset = span.lowerBound - rowBase
    var storage: [Double] = []
    storage.reserveCapacity(rows * keys.count)
    blocks.reverse()
    var column = 0
    while let block = blocks.popLast() {
      let width = min(ColumnBlock.width, keys.count - column)
      for local in 0..<width {
        storage.append(
          contentsOf: UnsafeBufferPointer(start: block.values + local * rowCount + offset, count: rows))
      }
      column += width
    }
    return (
      Period(ordinal: span.lowerBound), Matrix(rows: rows, columns: keys.count, storage: storage), decimals
    )
  }

  /// Whether `other` stored a cell (same series and month) that this builder also stored.
  func sharesCells(with other: PanelBuilder) -> Bool {
    let lower = max(rowBase, other.rowBase)
    let upper = min(rowBase + rowCount, other.rowBase + other.rowCount)
    guard lower < upper else { return false }
    for (otherColumn, key) in other.keys.enumerated() {
      guard let column = keyIndex[key] else { continue }
      let shared = withCells(of: column) { _, positions, _, base in
        other.withCells(of: otherColumn) { _, otherPositions, _, otherBase in
          (lower..<upper).contains { positions[$0 - base] != 0 && otherPositions[$0 - otherBase] != 0 }
        }
      }
      if shared { return true }
    }
    return false
  }

  /// Adds everything `other` holds, as if its cells had been stored here after this builder's own:
  /// its new series get the next columns in its order, its regions follow, its cells and decimals join
  /// those of the same series. The builders must share no cell (`sharesCells(with:)`) and their stored
  /// months together must span less than `maximumSpanMonths`.
  mutating func absorb(_ other: PanelBuilder) {
    if keys.isEmpty && regionOrder.isEmpty && combinedJanuaryFebruary.isEmpty {
      self = other
      return
    }
    for name in other.regionOrder {
      if let region = other.regionIndex[ExactName(name)] { noteRegion(region.name, parent: region.parent) }
    }
    combinedJanuaryFebruary.formUnion(other.combinedJanuaryFebruary)
    refusedOutsideSpan = refusedOutsideSpan || other.refusedOutsideSpan
    let span = other.storedSpan
    if let span {
      if rowCount == 0 || span.lowerBound < rowBase { growRows(toInclude: span.lowerBound) }
      if span.upperBound >= rowBase + rowCount { growRows(toInclude: span.upperBound) }
      minOrdinal = min(minOrdinal, span.lowerBound)
      maxOrdinal = max(maxOrdinal, span.upperBound)
    }
    for (otherColumn, key) in other.keys.enumerated() {
      let columnsBefore = keys.count
      let column = self.column(for: key)
      let isNew = column == columnsBefore
      decimals[column] = max(decimals[column], other.decimals[otherColumn])
      guard let span else { continue }
      let block = blocks[column / ColumnBlock.width]
      let offset = (column % ColumnBlock.width) * rowCount - rowBase
      other.withCells(of: otherColumn) { values, positions, _, otherBase in
        if isNew {
          (block.values + offset + span.lowerBound).update(
            from: values + (span.lowerBound - otherBase), count: span.count)
          (block.positions + offset + span.lowerBound).update(
            from: positions + (span.lowerBound - otherBase), count: span.count)
        } else {
          for ordinal in span where positions[ordinal - otherBase] != 0 {
            block.values[offset + ordinal] = values[ordinal - otherBase]
            block.positions[offset + ordinal] = positions[ordinal - otherBase]
          }
        }
      }
    }
  }
}
