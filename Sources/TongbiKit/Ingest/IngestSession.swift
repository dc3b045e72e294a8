@_spi(ByteLevel) import ByteLevel

/// The state of one ingest across its input files: the panel under construction, the indicators met,
/// and the account of rows and cells.
struct IngestSession {
  var options: IngestOptions
  var builder: PanelBuilder
  var catalog: IndicatorCatalog {
    didSet { resolutions.removeAll(keepingCapacity: true) }
  }
  var summary = IngestSummary()
  /// Paths of the files read so far; a value's packed position refers to an index here.
  var paths: [String] = []
  /// Whether blank lines of the file being read are rows that do not exist rather than empty rows: a
  /// sheet's CSV text keeps row r on line r, leaving a blank line for each row the sheet lacks.
  var blankRowsAreAbsent = false
  /// Key cells filled from the cell above, and whether a key was blank with nothing above it
  /// (`KeyFillDown`): a part of a file with either is read again in one pass.
  var keysFilledDown = 0
  var blankKeyBeforeFilled = false
  /// Files read in parallel parts (`PartitionedLongRead`) rather than in one pass.
  var filesReadInParts = 0
  /// The region a total row (合计, 全镇) of the file being read stands for: `--total`, else the region
  /// its title names; `nil`: the row keeps its word.
  var fileTotalName: String?
  /// The unit a title line of the file being read names (单位：万元), for values no column or row gives
  /// a unit.
  var fileUnit: String?
  /// The total rows met (`RegionTotals`), one per total region and file.
  var totalRows: [TotalRow] = []
  /// The column (1-based) of the period cell when the row being read is labelled `YYYY.1`
  /// (`DottedMonths`): its cells wait in `pendingDottedMonths` until the months around them decide
  /// January or October.
  var dottedMonthColumn: Int?
  var pendingDottedMonths: [DottedMonths.Pending] = []
  /// Units already parsed, by their text.
  private var units: [String: Unit] = [:]
  /// What `target` resolved for the indicator names, units and forms met last, in the order met (the
  /// few indicators of a table recur series after series): found by comparing them, without hashing
  /// the names. Valid while the catalog stays as it was; any change to it clears them. A table with
  /// more recurring names than are kept resolves them as before, at the cost of the comparisons.
  private var resolutions: [IndicatorResolution] = []
  /// How many resolutions are kept.
  private static let keptResolutions = 16

  init(options: IngestOptions) {
    self.options = options
    builder = PanelBuilder(maximumSpanMonths: options.maximumSpanMonths)
    catalog = options.catalog
  }

  /// The outcome of one value cell.
  enum CellOutcome {
    case used
    case missing
    case rejected
  }

  /// A series a layout stores into: its panel column and the factor that converts the cells' unit into
  /// the indicator's unit (with the decimals that conversion adds). Plain values only, so copying a
  /// target in the row loop costs no reference counting; the indicator code is the column's key.
  struct Target {
    var column: Int
    var scale: UnitScale
  }

  /// The unit a unit cell or header names (parsed once per distinct text); where none is named (empty
  /// text), the unit a title line of the file names (`fileUnit`).
  mutating func unit(_ named: String) -> Unit {
    let text = named.isEmpty ? fileUnit ?? "" : named
    if let known = units[text] { return known }
    let parsed = UnitParser.parse(text)
    units[text] = parsed
    return parsed
  }

  /// Resolves the series for (region, indicator name, form) with values written in `unit`, met on
  /// `line` of the current file (where a total row is then said to be).
  ///
  /// Returns the reason when the unit cannot be converted into the unit the indicator already has.
  mutating func target(
    region: String, parent: String?, indicatorName: String, unit: Unit, form: ValueForm, line: Int
  ) -> Result<Target, IngestReason> {
    let resolution: IndicatorResolution
    if let known = resolutions.first(where: { $0.matches(indicatorName, unit, form) }) {
      resolution = known
    } else {
      resolution = IndicatorResolution(
        name: indicatorName, unit: unit, form: form, outcome: resolve(indicatorName, unit: unit, form: form))
      if resolutions.count == Self.keptResolutions { resolutions.removeFirst() }
      resolutions.append(resolution)
    }
    switch resolution.outcome {
    case .failure(let reason):
      return .failure(reason)
    case .success(let resolved):
      var region = region
      if region == fileTotalName || TotalRow.isTotalWord(region) { region = noteTotal(region, line: line) }
      builder.noteRegion(region, parent: region == fileTotalName ? nil : parent, file: paths.count - 1)
      let column = builder.column(
        for: SeriesKey(region: region, indicator: resolved.code, form: resolved.form))
      return .success(Target(column: column, scale: resolved.scale))
    }
  }

  /// The indicator code for `indicatorName` written in `unit` (added to the catalog when new), the
  /// scale into the indicator's unit and the form its values are stored in; the reason when the unit
  /// cannot be converted into the unit the indicator already has.
  private mutating func resolve(_ indicatorName: String, unit: Unit, form: ValueForm)
    -> Result<IndicatorResolution.Resolved, IngestReason>
  {
    // A known name is looked up without a mutating call, which would clear `resolutions`.
    let code =
      catalog.code(named: indicatorName) ?? catalog.resolve(name: indicatorName, unit: unit, form: form)
    guard var indicator = catalog.indicators[code] else { return .failure(.unknownIndicator(indicatorName)) }
    if indicator.unit == .count && unit != .count && catalog.declared.contains(code) {
      // An indicator file without a unit for this indicator: the data's first unit is its unit.
      indicator.unit = unit
      catalog.update(indicator)
    }
    var scale = UnitScale.identity
    if unit != indicator.unit && unit != .count {
      guard indicator.unit.isConvertible(from: unit) else {
        return .failure(
          .unitMismatch(found: unit.symbol, expected: indicator.unit.symbol, indicator: indicatorName))
      }
      scale = UnitScale(from: unit, to: indicator.unit)
    }
    let storedForm: ValueForm
    switch indicator.kind {
    case .stock: storedForm = .monthly
    case .rate, .index: storedForm = indicator.publication == .cumulative ? .cumulative : form
    case .flow, .average: storedForm = form
    }
    return .success(IndicatorResolution.Resolved(code: code, scale: scale, form: storedForm))
  }

  /// The region a total row's `word` stands for (`fileTotalName`, else the word), recorded once per file
  /// with the line it is first met on.
  private mutating func noteTotal(_ word: String, line: Int) -> String {
    let name = fileTotalName ?? word
    let file = paths.count - 1
    if !totalRows.contains(where: { $0.name == name && $0.file == file }) {
      totalRows.append(TotalRow(name: name, word: word, file: file, line: line))
    }
    return name
  }

  /// Parses one value cell and stores it at `period` of `target`; counts it and reports a rejection.
  mutating func take(
    cell bytes: UnsafeBufferPointer<UInt8>, into target: Target, period: Period, line: Int, column: Int
  ) -> CellOutcome {
    summary.cellsRead += 1
    if let plain = NumberParser.plainValue(bytes) {
      return take(
        number: plain.value, written: plain.decimals, into: target, period: period, line: line, column: column
      )
    }
    switch NumberParser.parse(bytes) {
    case .missing:
      return store(.nan, decimals: 0, into: target, period: period, line: line, column: column)
    case .invalid(let failure):
      return reject(currentPosition(line: line, column: column), .invalidNumber(failure.reason))
    case .value(let parsed, let written):
      return take(number: parsed, written: written, into: target, period: period, line: line, column: column)
    }
  }

  /// Converts a parsed number (written with `written` decimals) into the target's unit, refuses a
  /// negative value of an indicator that cannot be negative, and stores it.
  @inline(__always)
  private mutating func take(
    number parsed: Double, written: Int, into target: Target, period: Period, line: Int, column: Int
  ) -> CellOutcome {
    let value = target.scale.apply(parsed, written: written)
    if value < 0, let indicator = catalog.indicators[builder.keys[target.column].indicator],
      !indicator.allowsNegative
    {
      return reject(
        currentPosition(line: line, column: column),
        .negativeValue(value: parsed, indicator: indicator.nameZh))
    }
    return store(
      value, decimals: target.scale.decimals(written), into: target, period: period, line: line,
      column: column)
  }

  /// Stores `value` (NaN for a missing marker) and counts it, or rejects a duplicate or a period too
  /// far from the others.
  @inline(__always)
  private mutating func store(
    _ value: Double, decimals: Int, into target: Target, period: Period, line: Int, column: Int
  ) -> CellOutcome {
    let packed = PackedPosition(fileIndex: paths.count - 1, line: line, column: column)
    if let dottedMonthColumn {
      pendingDottedMonths.append(
        DottedMonths.Pending(
          key: builder.keys[target.column], year: period.year, value: value, decimals: decimals,
          position: packed, periodColumn: dottedMonthColumn))
      return count(value)
    }
    if let refusal = place(value, decimals: decimals, column: target.column, period: period, position: packed)
    {
      return reject(currentPosition(line: line, column: column), refusal)
    }
    return count(value)
  }

  /// Stores a cell in the panel under construction; the reason it was refused (a duplicate, or a month
  /// too far from the others), if it was.
  @inline(__always)
  mutating func place(
    _ value: Double, decimals: Int, column: Int, period: Period, position packed: PackedPosition
  )
    -> IngestReason?
  {
    switch builder.store(value, decimals: decimals, column: column, period: period, position: packed) {
    case .stored: nil
    case .duplicate(let earlier): .duplicate(of: position(of: earlier))
    case .outsideSpan(let earliest, let latest):
      .periodOutsideSpan(
        period: period, earliest: earliest, latest: latest, limitMonths: options.maximumSpanMonths)
    }
  }

  /// Counts a stored value as used, or as missing when it is NaN.
  private mutating func count(_ value: Double) -> CellOutcome {
    if value.isNaN {
      summary.cellsMissing += 1
      return .missing
    }
    summary.cellsUsed += 1
    return .used
  }

  /// Takes back the count of a value that is rejected after it was counted.
  mutating func uncount(_ value: Double) {
    if value.isNaN { summary.cellsMissing -= 1 } else { summary.cellsUsed -= 1 }
  }

  /// Counts as rejected each row of `rows` (file index and line) that has no stored cell left after
  /// cells were rejected from it at assembly; a row keeps counting as used while another of its cells
  /// is stored.
  mutating func demoteRowsWithoutCells(_ rows: Set<[Int]>) {
    guard !rows.isEmpty else { return }
    var rejectedRows = rows
    for column in builder.keys.indices {
      builder.withCells(of: column) { _, positions, count, _ in
        for row in 0..<count where positions[row] != 0 {
          let position = PackedPosition(raw: positions[row])
          rejectedRows.remove([position.fileIndex, position.line])
        }
      }
    }
    summary.rowsUsed -= rejectedRows.count
    summary.rowsRejected += rejectedRows.count
  }

  /// Stores cell `index` of `record` at `period` into the resolved series, or rejects the cell with the
  /// reason the series could not be resolved (wide and time-series layouts).
  mutating func take(
    cell index: Int, of record: CSVRecord, into resolved: Result<Target, IngestReason>, period: Period,
    path: String
  ) -> CellOutcome {
    switch resolved {
    case .success(let target):
      return record.withBytes(index) {
        take(cell: $0, into: target, period: period, line: record.line, column: index + 1)
      }
    case .failure(let reason):
      summary.cellsRead += 1
      return reject(SourcePosition(file: path, line: record.line, column: index + 1), reason)
    }
  }

  /// Records a rejected cell and returns `.rejected`.
  mutating func reject(_ position: SourcePosition, _ reason: IngestReason) -> CellOutcome {
    summary.cellsRejected += 1
    summary.rejects.append(IngestReject(position: position, reason: SingleLine.escaping(reason.description)))
    return .rejected
  }

  /// Records a rejected row (not a cell).
  mutating func rejectRow(_ position: SourcePosition, _ reason: IngestReason) {
    summary.rowsRejected += 1
    summary.rejects.append(IngestReject(position: position, reason: SingleLine.escaping(reason.description)))
  }

  /// Records a notice.
  mutating func notice(_ position: SourcePosition, _ message: String) {
    summary.notices.append(IngestNotice(position: position, message: SingleLine.escaping(message)))
  }

  /// Position `line`:`column` in the file being read (the last path).
  private func currentPosition(line: Int, column: Int) -> SourcePosition {
    SourcePosition(file: paths.last ?? "", line: line, column: column)
  }

  /// Unpacks a stored cell's position.
  func position(of packed: PackedPosition) -> SourcePosition {
    let file = paths.indices.contains(packed.fileIndex) ? paths[packed.fileIndex] : "?"
    return SourcePosition(file: file, line: packed.line, column: packed.column)
  }
}
