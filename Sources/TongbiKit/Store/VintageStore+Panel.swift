import LinearAlgebra

extension VintageStore {
  /// The panel as of vintage `asOf` (the latest when `nil`): for each series and month the value of the
  /// last vintage up to `asOf` that gave one; the months spanned by those vintages; regions in the order
  /// they were first imported, each with its latest parent; indicators as last defined, in the order of
  /// the latest vintage, then those only earlier ones had. Read from one snapshot of the store.
  ///
  /// `regions` and `fromYear` read a slice: only the series of those regions, only the months from
  /// January of that year (a report needs its region's family and a few years, not the whole store);
  /// regions and indicators are all defined still, and the panel ends where the whole one does.
  public func panel(asOf: Vintage? = nil, regions: Set<String>? = nil, fromYear: Int? = nil)
    throws(StoreError)
    -> Panel
  {
    let limit = Int64(asOf?.id ?? Vintage.afterAll)
    return try connection.transaction(.read) { () throws(StoreError) -> Panel in
      let span = try connection.prepare(
        "SELECT min(first_period), max(last_period) FROM vintages WHERE kind = 'data' AND id <= ?")
      span.bind(1, limit)
      guard try span.step(), !span.isNull(0) else {
        return Panel(
          firstPeriod: Period(ordinal: 0), values: Matrix(rows: 0, columns: 0), keys: [], decimals: [],
          indicators: [:], indicatorOrder: [], regions: [:], regionOrder: [])
      }
      let stored = Period(ordinal: Int(span.integer(0)))
      let last = Int(span.integer(1))
      let first = fromYear.flatMap { Period(year: $0, month: 1) }.map { max($0, stored) } ?? stored
      let rows = max(0, last - first.ordinal + 1)
      let names = try seriesKeys(fresh: true)
      var keys: [SeriesKey] = []
      var decimals: [Int] = []
      var storage: [Double] = []
      // The decimals of each month's value as of `limit`, over every stored month (a slice's series has
      // the decimals the whole store gives it): −1 where there is none.
      var monthDecimals = [Int](repeating: -1, count: max(0, last - stored.ordinal + 1))
      let finishSeries = {
        if !keys.isEmpty { decimals[keys.count - 1] = max(0, monthDecimals.max() ?? 0) }
      }
      let columns = "SELECT series, year, decimals, \(StoreSchema.monthColumns) FROM observations"
      let values: any StoreStatement
      // The whole store in one pass, or a slice a series at a time (by the primary key).
      let passes: [Int64?]
      if let regions {
        passes = names.filter { regions.contains($0.value.region) }.keys.sorted()
        values = try connection.prepare(columns + " WHERE series = ? AND vintage <= ? ORDER BY year, vintage")
      } else {
        passes = [nil]
        values = try connection.prepareStream(columns + " WHERE vintage <= ? ORDER BY series, year, vintage")
      }
      var current: Int64 = -1
      for pass in passes {
        if let pass {
          values.bind(1, pass)
          values.bind(2, limit)
        } else {
          values.bind(1, limit)
        }
        defer { values.reset() }
        while try values.step() {
          let series = values.integer(0)
          if series != current {
            finishSeries()
            current = series
            keys.append(names[series] ?? SeriesKey(region: "", indicator: "", form: .monthly))
            decimals.append(0)
            storage.append(contentsOf: repeatElement(.nan, count: rows))
            for index in monthDecimals.indices { monthDecimals[index] = -1 }
          }
          let year = Int(values.integer(1))
          let rowDecimals = Int(values.integer(2))
          let base = (keys.count - 1) * rows
          for month in 0..<12 where !values.isNull(Int32(3 + month)) {
            let ordinal = year * 12 + month
            if monthDecimals.indices.contains(ordinal - stored.ordinal) {
              monthDecimals[ordinal - stored.ordinal] = rowDecimals
            }
            let row = ordinal - first.ordinal
            guard (0..<rows).contains(row) else { continue }
            storage[base + row] = values.double(Int32(3 + month))
          }
        }
      }
      finishSeries()
      let (regions, regionOrder) = try regionDefinitions(limit)
      let (indicators, indicatorOrder) = try indicatorDefinitions(limit)
      return Panel(
        firstPeriod: first, values: Matrix(rows: rows, columns: keys.count, storage: storage), keys: keys,
        decimals: decimals, indicators: indicators, indicatorOrder: indicatorOrder, regions: regions,
        regionOrder: regionOrder)
    }
  }

  /// Every series' key by id (read once per opened store, again after an import); read again when
  /// `fresh` and the store holds more series than were read (another process imported since: series are
  /// never removed).
  func seriesKeys(fresh: Bool = false) throws(StoreError) -> [Int64: SeriesKey] {
    if let cachedSeries {
      guard fresh, try connection.integer("SELECT count(*) FROM series") != cachedSeries.count else {
        return cachedSeries
      }
    }
    let statement = try connection.prepare("SELECT id, region, indicator, form FROM series")
    var keys: [Int64: SeriesKey] = [:]
    while try statement.step() {
      keys[statement.integer(0)] = SeriesKey(
        region: statement.text(1) ?? "", indicator: statement.text(2) ?? "",
        form: ValueForm(rawValue: statement.text(3) ?? "") ?? .monthly)
    }
    cachedSeries = keys
    return keys
  }

  /// The regions of the vintages up to `limit`: first-imported order, latest parent.
  private func regionDefinitions(_ limit: Int64) throws(StoreError) -> ([String: Region], [String]) {
    let statement = try connection.prepare(
      "SELECT name, parent FROM regions WHERE vintage <= ? ORDER BY vintage, position")
    statement.bind(1, limit)
    var regions: [String: Region] = [:]
    var order: [String] = []
    while try statement.step() {
      let name = statement.text(0) ?? ""
      if regions[name] == nil { order.append(name) }
      regions[name] = Region(name: name, parent: statement.text(1))
    }
    return (regions, order)
  }

  /// The indicators of the vintages up to `limit`: as last defined; the latest vintage's order, then
  /// those only earlier vintages had, newest first.
  private func indicatorDefinitions(_ limit: Int64) throws(StoreError) -> ([String: Indicator], [String]) {
    let statement = try connection.prepare(
      """
      SELECT code, name_zh, name_en, unit_base, unit_exponent, unit_symbol, display_unit_base,
        display_unit_exponent, display_unit_symbol, kind, publication, january, parent, direction,
        allows_negative, verb, rate_of, base_of
      FROM indicators WHERE vintage <= ? ORDER BY vintage DESC, position
      """)
    statement.bind(1, limit)
    var indicators: [String: Indicator] = [:]
    var order: [String] = []
    while try statement.step() {
      let code = statement.text(0) ?? ""
      guard indicators[code] == nil else { continue }
      order.append(code)
      let display =
        statement.isNull(6)
        ? nil
        : Unit(
          base: statement.text(6) ?? "", exponent: Int(statement.integer(7)), symbol: statement.text(8) ?? "")
      indicators[code] = Indicator(
        code: code, nameZh: statement.text(1) ?? "", nameEn: statement.text(2) ?? "",
        unit: Unit(
          base: statement.text(3) ?? "", exponent: Int(statement.integer(4)), symbol: statement.text(5) ?? ""),
        displayUnit: display, kind: IndicatorKind(rawValue: statement.text(9) ?? "") ?? .flow,
        publication: Publication(rawValue: statement.text(10) ?? "") ?? .monthly,
        january: JanuaryPublication(rawValue: statement.text(11) ?? "") ?? .alone, parent: statement.text(12),
        direction: RankingDirection(rawValue: statement.text(13) ?? "") ?? .higherIsBetter,
        allowsNegative: statement.integer(14) != 0, verb: statement.text(15), rateOf: statement.text(16),
        baseOf: statement.text(17))
    }
    return (indicators, order)
  }
}
