@_spi(ByteLevel) import ByteLevel
import LinearAlgebra

/// Collects observations (series, month, value) from any layout and assembles a `Panel`.
///
/// Duplicates (same series and month stored twice) are refused with the position of the first value.
/// Memory: the cells live in column blocks plus one 8-byte source position per cell; `takeMatrix`
/// moves them into the final matrix, freeing blocks as it goes, so the peak stays near two dense
/// panels.
///
/// A column lives at a slot of the blocks: slot g is column g mod `ColumnBlock.width` of block
/// g / `ColumnBlock.width`. Each block covers a range of months of its own, widened when a value falls
/// outside it. Columns created here take the next slot in order; `absorb` adopts the blocks of the
/// parts of a file read in parallel whole, so their series keep the slots they had there.
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
  /// The slot of each column.
  private var slots: [Int] = []
  /// The slot the next new column takes.
  private var nextSlot = 0
  /// The months every block's range lies within, and the range a new block gets: `rowCount` months
  /// from ordinal `rowBase`.
  private var rowBase = 0
  private var rowCount = 0
  private var minOrdinal = Int.max
  private var maxOrdinal = Int.min
  /// Indicators seen with a combined 1-2月 label.
  private(set) var combinedJanuaryFebruary: Set<String> = []
  /// Regions by name, in order of first appearance.
  private var regionIndex: [ExactName: Region] = [:]
  private(set) var regionOrder: [String] = []
  /// Whether any region was given a parent.
  var declaresParents: Bool { regionIndex.values.contains { $0.parent != nil } }
  /// The file (its index among the session's paths) each region of `regionOrder` was first met in.
  private(set) var regionFiles: [Int] = []
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
    let slot = nextSlot
    nextSlot += 1
    slots.append(slot)
    if slot / ColumnBlock.width == blocks.count {
      // The first block grows from a few columns (a small table stays small); once one block is full
      // the table is wide, and each further block is allocated at full width at once instead of being
      // copied through every doubling.
      blocks.append(
        ColumnBlock(base: rowBase, rows: rowCount, capacity: blocks.isEmpty ? 8 : ColumnBlock.width))
    }
    blocks[slot / ColumnBlock.width].reserve(columns: slot % ColumnBlock.width + 1)
    return column
  }

  /// The value of a dictionary slot accessed with a default, which the access stores when it was absent.
  @inline(__always)
  private static func claim(_ slot: inout Int) -> Int { slot }

  /// The column of each key.
  var columnIndex: [SeriesKey: Int] { keyIndex }

  /// Column of `key` if it exists.
  func existingColumn(for key: SeriesKey) -> Int? { keyIndex[key] }

  /// Registers a region (with its parent, when the data declare one) met in the file `file`.
  mutating func noteRegion(_ name: String, parent: String?, file: Int) {
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
    regionFiles.append(file)
  }

  /// Sets the parent of the region `name` (a total row's or an inferred hierarchy's).
  mutating func setParent(of name: String, to parent: String?) {
    regionIndex[ExactName(name)]?.parent = parent
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
      if let span = storedSpan, exceedsSpan(with: ordinal...ordinal) {
        refusedOutsideSpan = true
        return .outsideSpan(
          earliest: Period(ordinal: span.lowerBound), latest: Period(ordinal: span.upperBound))
      }
      if ordinal < rowBase || ordinal >= rowBase + rowCount { growRows(toInclude: ordinal) }
      minOrdinal = min(minOrdinal, ordinal)
      maxOrdinal = max(maxOrdinal, ordinal)
    }
    let slot = slots[column]
    let index = slot / ColumnBlock.width
    if !blocks[index].covers(ordinal) { blocks[index].relayout(base: rowBase, rows: rowCount) }
    // Fetched after the call above: held across it, the block kept a retain and release per stored
    // cell (seen in the disassembly); with no call after the fetch the optimizer drops them.
    let block = blocks[index]
    assert(block.covers(ordinal) && slot % ColumnBlock.width < block.capacity, "a cell of the block")
    let cell = (slot % ColumnBlock.width) * block.rows + (ordinal - block.base)
    let existing = block.positions[cell]
    if existing != 0 { return .duplicate(of: PackedPosition(raw: existing)) }
    block.values[cell] = value
    block.positions[cell] = position.raw
    if valueDecimals > decimals[column] { decimals[column] = valueDecimals }
    return .stored
  }

  /// Widens the range of months to include `ordinal`, with a year of slack on the side that grew.
  /// Blocks take the new range when a value falls outside their own.
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
    rowBase = newBase
    rowCount = newEnd - newBase
  }

  /// The stored value and position of `column` at month ordinal `ordinal` (NaN and empty outside).
  func cell(column: Int, ordinal: Int) -> (value: Double, position: PackedPosition) {
    let slot = slots[column]
    let block = blocks[slot / ColumnBlock.width]
    guard block.covers(ordinal) else { return (.nan, .empty) }
    let cell = (slot % ColumnBlock.width) * block.rows + (ordinal - block.base)
    return (block.values[cell], PackedPosition(raw: block.positions[cell]))
  }

  /// Empties the cell of `column` at month ordinal `ordinal` (a value rejected after it was stored).
  mutating func clear(column: Int, ordinal: Int) {
    let slot = slots[column]
    let block = blocks[slot / ColumnBlock.width]
    guard block.covers(ordinal) else { return }
    let cell = (slot % ColumnBlock.width) * block.rows + (ordinal - block.base)
    block.values[cell] = .nan
    block.positions[cell] = 0
  }

  /// Calls `body` with the cells of `column` over its block's range of months: values, packed
  /// positions, the number of rows, and the month ordinal of row 0.
  func withCells<R>(
    of column: Int, _ body: (UnsafePointer<Double>, UnsafePointer<UInt64>, Int, Int) -> R
  ) -> R {
    let slot = slots[column]
    let block = blocks[slot / ColumnBlock.width]
    let offset = (slot % ColumnBlock.width) * block.rows
    return body(block.values + offset, block.positions + offset, block.rows, block.base)
  }

  /// Largest number of decimals written in the cells of `column`.
  func decimals(of column: Int) -> Int { decimals[column] }

  /// Span of months holding at least one stored cell, or `nil` when nothing was stored.
  var storedSpan: ClosedRange<Int>? { minOrdinal <= maxOrdinal ? minOrdinal...maxOrdinal : nil }

  /// Whether the stored months together with `months` span `maximumSpanMonths` or more.
  private func exceedsSpan(with months: ClosedRange<Int>) -> Bool {
    guard let span = storedSpan else { return false }
    return max(span.upperBound, months.upperBound) - min(span.lowerBound, months.lowerBound)
      >= maximumSpanMonths
  }

  /// Moves the columns into one matrix covering exactly the stored months and returns it with the
  /// decimals per column; the builder is empty afterwards.
  ///
  /// `threads` threads each copy a consecutive share of the columns. A block is freed as soon as its
  /// last column is copied when all its columns are in one share (with blocks in column order, every
  /// block but those at the share boundaries), so the peak stays near two dense panels.
  mutating func takeMatrix(threads: Int) -> (first: Period, values: Matrix, decimals: [Int]) {
    guard let span = storedSpan else {
      return (Period(ordinal: 0), Matrix(rows: 0, columns: keys.count), decimals)
    }
    let rows = span.count
    let columnCount = keys.count
    var firstUse = Array(repeating: Int.max, count: blocks.count)
    var lastUse = Array(repeating: -1, count: blocks.count)
    for (column, slot) in slots.enumerated() {
      firstUse[slot / ColumnBlock.width] = min(firstUse[slot / ColumnBlock.width], column)
      lastUse[slot / ColumnBlock.width] = column
    }
    let owned = UnsafeMutableBufferPointer<ColumnBlock?>.allocate(capacity: blocks.count)
    _ = owned.initialize(from: blocks.map { Optional($0) })
    blocks = []
    defer {
      _ = owned.deinitialize()
      owned.deallocate()
    }
    let slots = self.slots
    let shares = max(1, min(threads, columnCount / 1024))
    let storage = [Double](unsafeUninitializedCapacity: rows * columnCount) { buffer, initialized in
      guard let base = buffer.baseAddress else { return }
      ParallelWork.run(count: shares) { share in
        let columns = (columnCount * share / shares)..<(columnCount * (share + 1) / shares)
        for column in columns {
          let index = slots[column] / ColumnBlock.width
          if let block = owned[index] {
            Self.copy(
              block: block, local: slots[column] % ColumnBlock.width, span: span, to: base + column * rows)
          } else {
            (base + column * rows).initialize(repeating: .nan, count: rows)
          }
          if lastUse[index] == column && firstUse[index] >= columns.lowerBound { owned[index] = nil }
        }
      }
      initialized = rows * columnCount
    }
    return (
      Period(ordinal: span.lowerBound), Matrix(rows: rows, columns: columnCount, storage: storage), decimals
    )
  }

  /// Writes column `local` of `block` over the months of `span` to `target`, NaN for the months outside
  /// the block's range (which hold no value).
  private static func copy(
    block: ColumnBlock, local: Int, span: ClosedRange<Int>, to target: UnsafeMutablePointer<Double>
  ) {
    let lower = min(max(span.lowerBound, block.base), span.upperBound + 1)
    let upper = max(lower, min(span.upperBound + 1, block.base + block.rows))
    target.initialize(repeating: .nan, count: lower - span.lowerBound)
    (target + (lower - span.lowerBound)).initialize(
      from: block.values + local * block.rows + (lower - block.base), count: upper - lower)
    (target + (upper - span.lowerBound)).initialize(repeating: .nan, count: span.upperBound + 1 - upper)
  }

  /// Adds what `other` (the builder of the next part of a file read in parallel) holds, as if its
  /// cells had been stored here after this builder's own: its new series get the next columns in its
  /// order, its regions follow, its cells and decimals join those of the same series. Returns `false`
  /// and changes nothing when both stored the same cell (one pass would report the later as a
  /// duplicate), when `other` refused a month as too far from its others, or when their stored months
  /// together span `maximumSpanMonths` or more (which cells one pass refuses depends on their order).
  ///
  /// `other`'s blocks are adopted: its new series keep their slots there, and only the cells of series
  /// already held here are copied. Each key is hashed once; an empty builder takes `other` whole, with
  /// its key index.
  mutating func absorb(_ other: PanelBuilder) -> Bool {
    guard !other.refusedOutsideSpan, !(other.storedSpan.map(exceedsSpan) ?? false) else { return false }
    if keys.isEmpty && blocks.isEmpty && regionOrder.isEmpty && combinedJanuaryFebruary.isEmpty {
      self = other
      return true
    }
    guard let columns = columns(absorbing: other) else { return false }
    regionIndex.reserveCapacity(regionIndex.count + other.regionOrder.count)
    for (name, file) in zip(other.regionOrder, other.regionFiles) {
      if let region = other.regionIndex[ExactName(name)] {
        noteRegion(region.name, parent: region.parent, file: file)
      }
    }
    combinedJanuaryFebruary.formUnion(other.combinedJanuaryFebruary)
    refusedOutsideSpan = refusedOutsideSpan || other.refusedOutsideSpan
    if other.rowCount > 0 {
      let base = rowCount == 0 ? other.rowBase : min(rowBase, other.rowBase)
      let end = max(rowCount == 0 ? Int.min : rowBase + rowCount, other.rowBase + other.rowCount)
      (rowBase, rowCount) = (base, end - base)
    }
    minOrdinal = min(minOrdinal, other.minOrdinal)
    maxOrdinal = max(maxOrdinal, other.maxOrdinal)
    guard !other.keys.isEmpty else { return true }
    let firstAdopted = blocks.count * ColumnBlock.width
    blocks += other.blocks
    for (otherColumn, column) in columns.enumerated() {
      let slot = firstAdopted + other.slots[otherColumn]
      if column == keys.count {
        keys.append(other.keys[otherColumn])
        decimals.append(other.decimals[otherColumn])
        slots.append(slot)
      } else {
        decimals[column] = max(decimals[column], other.decimals[otherColumn])
        merge(slot: slot, into: column)
      }
    }
    nextSlot = firstAdopted + other.nextSlot
    return true
  }

  /// The column each series of `other` gets when it is absorbed, with the key index updated to match;
  /// `nil` (and nothing changed) when a series both hold has a cell stored in both.
  private mutating func columns(absorbing other: PanelBuilder) -> [Int]? {
    // Moved out, the index alone holds its storage, so inserting copies nothing; on a refusal the keys
    // added are taken out again.
    var index = keyIndex
    keyIndex = [:]
    index.reserveCapacity(keys.count + other.keys.count)
    var columns: [Int] = []
    columns.reserveCapacity(other.keys.count)
    var next = keys.count
    for (otherColumn, key) in other.keys.enumerated() {
      let column = PanelBuilder.claim(&index[key, default: next])
      if column == next {
        next += 1
      } else if PanelBuilder.overlap(self, column, other, otherColumn) {
        for (added, mapped) in columns.enumerated() where mapped >= keys.count {
          index.removeValue(forKey: other.keys[added])
        }
        keyIndex = index
        return nil
      }
      columns.append(column)
    }
    keyIndex = index
    return columns
  }

  /// Whether column `first` of `a` and column `second` of `b` both stored a cell of the same month.
  private static func overlap(_ a: PanelBuilder, _ first: Int, _ b: PanelBuilder, _ second: Int) -> Bool {
    a.withCells(of: first) { _, positions, rows, base in
      b.withCells(of: second) { _, otherPositions, otherRows, otherBase in
        let lower = max(base, otherBase)
        let upper = min(base + rows, otherBase + otherRows)
        return lower < upper
          && (lower..<upper).contains { positions[$0 - base] != 0 && otherPositions[$0 - otherBase] != 0 }
      }
    }
  }

  /// Copies the stored cells of the column at `slot` into `column` (which has none of them), widening
  /// the target block's months when needed.
  private func merge(slot: Int, into column: Int) {
    let source = blocks[slot / ColumnBlock.width]
    let sourceOffset = (slot % ColumnBlock.width) * source.rows
    let target = blocks[slots[column] / ColumnBlock.width]
    for row in 0..<source.rows where source.positions[sourceOffset + row] != 0 {
      let ordinal = source.base + row
      if !target.covers(ordinal) { target.relayout(base: rowBase, rows: rowCount) }
      let cell = (slots[column] % ColumnBlock.width) * target.rows + (ordinal - target.base)
      target.values[cell] = source.values[sourceOffset + row]
      target.positions[cell] = source.positions[sourceOffset + row]
    }
  }
}
