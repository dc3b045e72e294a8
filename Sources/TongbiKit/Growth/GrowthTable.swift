/// The growth table of a panel: one row per (region, indicator, published period), computed series
/// by series into reused buffers and handed to a renderer as it goes, so the whole table is never
/// held in memory.
///
/// Series come in the panel's region order, then the indicator order (indicator file order, else
/// first appearance). Extra columns (targets, ranks, contributions) are computed beforehand across
/// series and looked up by series ordinal and row.
public struct GrowthTable: Sendable {
  /// The panel the table is computed from.
  public let panel: Panel
  /// The series of the table, in output order.
  public let series: [GrowthSeriesKey]
  /// The rows (months) output: all published months, or one.
  public let rows: Range<Int>
  /// Columns beyond the standard ones, in output order.
  public var extraColumns: [ExtraColumn] = []
  /// The columns chosen with `selectColumns(_:)`, in output order.
  var selectedColumns: [GrowthColumn]?
  /// Per series ordinal: the panel columns of its monthly and cumulative forms (looked up once).
  private let formColumns: [(monthly: Int?, cumulative: Int?)]
  /// The indicators of the table's codes, in the order the series take them; `nil` for a code the
  /// panel does not describe.
  let indicators: [Indicator?]
  /// Per series ordinal: the position of its indicator in `indicators` (looked up once, so that no
  /// series hashes its indicator's name).
  let indicatorPositions: [Int]
  /// Which published growth rates are the growth of which levels.
  public let ratePairs: PublishedRatePairs
  /// Per series ordinal: the panel column of its paired published rate or comparable base, whether it
  /// is 累计, and for a base the scale from its unit into the level's.
  private let publishedColumns: [(column: Int, isCumulative: Bool, base: UnitScale?)?]
  /// Levels and headline growth of every series, computed on first use by the extra columns and the
  /// report, then shared.
  private var cachedSnapshot: TableSnapshot?

  /// Selects the series of `panel` for the indicators named in `indicators` (code, Chinese or English
  /// name; all when empty), the regions `regions` (all when empty; the table keeps the panel's region
  /// order) and the month `period` (all when `nil`).
  ///
  /// Throws `GrowthError.unknownIndicator`, `.unknownRegion` or `.periodOutsidePanel` for a selection
  /// the panel lacks.
  public init(panel: Panel, indicators: [String] = [], regions: [String] = [], period: Period? = nil)
    throws(GrowthError)
  {
    for name in regions where panel.regions[name] == nil {
      throw .unknownRegion(name, known: panel.regionOrder)
    }
    var codes = panel.indicatorOrder
    if !indicators.isEmpty {
      codes = []
      for name in indicators {
        guard let code = Self.code(of: name, in: panel) else {
          throw .unknownIndicator(name, known: panel.indicatorOrder)
        }
        if !codes.contains(code) { codes.append(code) }
      }
    }
    var rows = 0..<panel.periodCount
    if let period {
      guard let row = panel.row(of: period) else {
        throw .periodOutsidePanel(period, first: panel.firstPeriod, last: panel.lastPeriod)
      }
      rows = row..<(row + 1)
    }
    self.init(panel: panel, codes: codes, regions: regions.isEmpty ? nil : Set(regions), rows: rows)
  }

  /// Every indicator and month of the regions of `panel` named in `regions` (names the panel lacks
  /// are left out): the table a report reads.
  package init(panel: Panel, regionsAmong regions: Set<String>) {
    self.init(panel: panel, codes: panel.indicatorOrder, regions: regions, rows: 0..<panel.periodCount)
  }

  /// The series of the indicators `codes` in the regions `regions` (all when `nil`), panel order.
  private init(panel: Panel, codes: [String], regions: Set<String>?, rows: Range<Int>) {
    self.panel = panel
    self.rows = rows
    let regionOrder =
      regions.map { selected in panel.regionOrder.filter(selected.contains) } ?? panel.regionOrder
    (series, formColumns, indicatorPositions) = Self.series(of: panel, regions: regionOrder, codes: codes)
    self.indicators = codes.map { panel.indicators[$0] }
    let pairs = PublishedRatePairs(panel: panel)
    ratePairs = pairs
    publishedColumns = series.map { key in
      let base = pairs.bases[key.indicator]
      guard let partner = pairs.rates[key.indicator] ?? base,
        let column = panel.column(
          of: SeriesKey(
            region: key.region, indicator: partner.code, form: partner.isCumulative ? .cumulative : .monthly))
      else { return nil }
      let scale = base.flatMap { base -> UnitScale? in
        guard let from = panel.indicators[base.code]?.unit, let to = panel.indicators[key.indicator]?.unit
        else {
          return nil
        }
        return UnitScale(from: from, to: to)
      }
      return (column, partner.isCumulative, scale)
    }
  }

  /// The columns output, in order: the standard columns then the extra ones, or those chosen with
  /// `selectColumns(_:)`.
  public var columns: [GrowthColumn] { layout.map(\.column) }

  /// Outputs only the columns with keys `keys`, in that order.
  ///
  /// Throws `GrowthError.unknownColumn` for a key that is not one of this table's columns (an extra
  /// column must have been added first).
  public mutating func selectColumns(_ keys: [String]) throws(GrowthError) {
    let available = availableColumns.map(\.column)
    var chosen: [GrowthColumn] = []
    for key in keys {
      guard let column = available.first(where: { $0.key == key }) else {
        throw .unknownColumn(key, known: available.map(\.key))
      }
      if !chosen.contains(column) { chosen.append(column) }
    }
    selectedColumns = chosen
  }

  /// The levels and headline growth of every series: computed once, on the first call.
  mutating func snapshot() -> TableSnapshot {
    if let cachedSnapshot { return cachedSnapshot }
    let snapshot = TableSnapshot(self)
    cachedSnapshot = snapshot
    return snapshot
  }

  /// The indicator of series `ordinal`, if the panel describes it.
  @inline(__always)
  public func indicator(ofSeries ordinal: Int) -> Indicator? { indicators[indicatorPositions[ordinal]] }

  /// The series of `panel` for the indicators `codes`, region by region in the order `regions`,
  /// with the panel columns of their forms and the position of their code in `codes`: one pass over
  /// the panel's columns, each placed by the ordinals of its region and indicator (`NameOrdinals`:
  /// without hashing when the columns come region by region in that order, as an ingest makes them).
  private static func series(of panel: Panel, regions: [String], codes: [String]) -> (
    [GrowthSeriesKey], [(monthly: Int?, cumulative: Int?)], [Int]
  ) {
    var regionOrdinals = NameOrdinals(distinct: regions)
    var codeOrdinals = NameOrdinals(distinct: codes)
    let regions = regionOrdinals.names
    let selected = codeOrdinals.names
    var forms = Array(
      repeating: (monthly: Int?.none, cumulative: Int?.none), count: regions.count * selected.count)
    for (column, key) in panel.keys.enumerated() {
      let region = regionOrdinals.ordinal(of: key.region)
      let code = codeOrdinals.ordinal(of: key.indicator)
      guard region < regions.count, code < selected.count else { continue }
      switch key.form {
      case .monthly: forms[region * selected.count + code].monthly = column
      case .cumulative: forms[region * selected.count + code].cumulative = column
      }
    }
    var keys: [GrowthSeriesKey] = []
    var found: [(monthly: Int?, cumulative: Int?)] = []
    var positions: [Int] = []
    for (slot, (monthly, cumulative)) in forms.enumerated() where monthly != nil || cumulative != nil {
      let decimals = max(monthly.map { panel.decimals[$0] } ?? 0, cumulative.map { panel.decimals[$0] } ?? 0)
      let (region, code) = slot.quotientAndRemainder(dividingBy: selected.count)
      keys.append(GrowthSeriesKey(region: regions[region], indicator: selected[code], decimals: decimals))
      found.append((monthly, cumulative))
      positions.append(code)
    }
    return (keys, found, positions)
  }

  /// Computes each series' growth into one reused `SeriesGrowth` and calls `body` with its ordinal.
  public func forEachSeries<E: Error>(_ body: (Int, GrowthSeriesKey, SeriesGrowth) throws(E) -> Void)
    throws(E)
  {
    var growth = SeriesGrowth(firstPeriod: panel.firstPeriod)
    for (ordinal, key) in series.enumerated() where compute(series: ordinal, into: &growth) {
      try body(ordinal, key, growth)
    }
  }

  /// Computes the growth of series `ordinal` into `growth`; false when the panel lacks it.
  public func compute(series ordinal: Int, into growth: inout SeriesGrowth) -> Bool {
    guard let indicator = indicator(ofSeries: ordinal),
      let forms = panel.forms(
        monthlyColumn: formColumns[ordinal].monthly, cumulativeColumn: formColumns[ordinal].cumulative,
        indicator: indicator)
    else { return false }
    let published = publishedColumns[ordinal].map { partner in
      let values = panel.values.column(partner.column)
      guard let scale = partner.base else { return (values: values, isCumulative: partner.isCumulative) }
      let levels = partner.isCumulative ? forms.cumulative : forms.monthly
      return (
        values: Self.growth(
          of: levels, onBase: values, scale: scale, written: panel.decimals[partner.column]),
        isCumulative: partner.isCumulative
      )
    }
    growth.compute(forms: forms, indicator: indicator, firstPeriod: panel.firstPeriod, published: published)
    return true
  }

  /// The growth of `levels` on the comparable base `bases` (written with `written` decimals in the
  /// base's unit, `scale` into the levels'), month by month: (X / B − 1) × 100, NaN where either is
  /// missing or the base is not positive (the growth then comes from the levels, with its reason).
  static func growth(of levels: [Double], onBase bases: [Double], scale: UnitScale, written: Int) -> [Double]
  {
    zip(levels, bases).map { level, base in
      GrowthFormulas.ratioGrowth(current: level, base: scale.apply(base, written: written)).number ?? .nan
    }
  }

  /// The code of the indicator named `name` (code, Chinese or English name), if the panel has it.
  static func code(of name: String, in panel: Panel) -> String? {
    if panel.indicators[name] != nil { return name }
    return panel.indicatorOrder.first { code in
      guard let indicator = panel.indicators[code] else { return false }
      return indicator.nameZh == name || indicator.nameEn == name
    }
  }
}

/// One series of a growth table.
public struct GrowthSeriesKey: Hashable, Sendable {
  /// Region name.
  public var region: String
  /// Indicator code.
  public var indicator: String
  /// Decimals of the input values (largest of the published forms).
  public var decimals: Int
}

/// A numeric column beyond the standard ones (target completion, rank, contribution), one value per
/// series ordinal and row, with a reason where undefined.
public struct ExtraColumn: Sendable {
  /// What the column is: key, titles, kind, decimals.
  public var column: GrowthColumn
  /// Values, `series × rows` (series-major), NaN where undefined.
  public var values: [Double]
  /// Reason codes beside `values` (0 when defined, or when the column does not apply to the series).
  public var reasons: [UInt8]
  /// Months per series.
  public var periodCount: Int

  /// An empty `column` (all NaN, no reason) for `seriesCount` series of `periodCount` months.
  public init(_ column: GrowthColumn, seriesCount: Int, periodCount: Int) {
    self.column = column
    self.periodCount = periodCount
    values = Array(repeating: .nan, count: seriesCount * periodCount)
    reasons = Array(repeating: 0, count: seriesCount * periodCount)
  }

  /// The column's key in CSV and JSON.
  public var name: String { column.key }

  /// Stores `value` for series `ordinal` at `row`.
  public mutating func set(_ value: GrowthValue, series ordinal: Int, row: Int) {
    values[ordinal * periodCount + row] = value.rawValue
    reasons[ordinal * periodCount + row] = value.reasonCode
  }

  /// The value for series `ordinal` at `row`.
  public func value(series ordinal: Int, row: Int) -> GrowthValue {
    let index = ordinal * periodCount + row
    if let reason = UndefinedReason(rawValue: reasons[index]) { return .undefined(reason) }
    return values[index].isNaN ? .undefined(.notApplicable) : .value(values[index])
  }
}

/// A selection the panel cannot satisfy.
public enum GrowthError: Error, Equatable, Sendable, CustomStringConvertible {
  /// No indicator has this code or name.
  case unknownIndicator(String, known: [String])
  /// The period lies outside the panel's months.
  case periodOutsidePanel(Period, first: Period, last: Period?)
  /// No region has this name.
  case unknownRegion(String, known: [String])
  /// No column of the table has this key.
  case unknownColumn(String, known: [String])

  /// One line naming the problem and what the data has.
  public var description: String {
    switch self {
    case .unknownIndicator(let name, let known):
      "unknown indicator '\(name)'; the data has: \(known.joined(separator: ", "))"
    case .periodOutsidePanel(let period, let first, let last):
      "period \(period) is outside the data (\(first) to \(last.map(\.description) ?? "none"))"
    case .unknownRegion(let name, let known):
      "unknown region '\(name)'; the data has: \(known.prefix(20).joined(separator: ", "))"
    case .unknownColumn(let key, let known):
      "unknown column '\(key)'; the table has: \(known.joined(separator: ", "))"
    }
  }
}
