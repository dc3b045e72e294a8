import Foundation

extension VintageStore {
  /// Records an indicator or targets file (`kind`) as a new vintage, its bytes kept whole.
  public func importFile(
    _ kind: Vintage.Kind, content: [UInt8], fileName: String, sha256: String, at date: Date
  ) throws(StoreError) -> Vintage {
    let id = try connection.transaction(.write) { () throws(StoreError) -> Int in
      let insert = try connection.prepare(
        "INSERT INTO vintages (kind, file_name, sha256, imported_at, content) VALUES (?, ?, ?, ?, ?) RETURNING id"
      )
      insert.bind(1, kind.rawValue)
      insert.bind(2, fileName)
      insert.bind(3, sha256)
      insert.bind(4, Vintage.timestamp(date))
      insert.bind(5, blob: content)
      return Int(try connection.insertReturningID(insert))
    }
    return try vintages().first { $0.id == id }
      ?? Vintage(
        id: id, kind: kind, fileName: fileName, sha256: sha256, importedAt: Vintage.timestamp(date))
  }

  /// Records the ingest of a data file as a new vintage in one transaction: its accounting and
  /// rejections, its regions and indicators, and each value that is new or differs from the latest
  /// stored one for its series and month — a revision. Values equal to the stored
  /// ones are not stored again. `progress` is called with (series done, series in all).
  public func importData(
    _ result: IngestResult, fileName: String, sha256: String, at date: Date,
    progress: ((Int, Int) -> Void)? = nil
  ) throws(StoreError) -> Vintage {
    let panel = result.panel
    let summary = result.summary
    defer { cachedSeries = nil }
    let first = try connection.integer("SELECT count(*) FROM vintages WHERE kind = 'data'") == 0
    let id = try connection.transaction(.importing(first: first)) { () throws(StoreError) -> Int in
      // Another process may have imported since the series were read: read them under the lock.
      cachedSeries = nil
      let vintage = try insertVintage(summary, panel: panel, fileName: fileName, sha256: sha256, date: date)
      let rejection = try connection.prepare(
        "INSERT INTO rejections (vintage, position, reason) VALUES (?, ?, ?)")
      for reject in summary.rejects {
        rejection.bind(1, Int64(vintage))
        rejection.bind(2, reject.position.description)
        rejection.bind(3, reject.reason)
        try rejection.run()
      }
      let (added, revised) = try insertValues(panel, vintage: vintage, progress: progress)
      try insertDefinitions(panel, vintage: vintage)
      let counts = try connection.prepare(
        "UPDATE vintages SET values_added = ?, values_revised = ? WHERE id = ?")
      counts.bind(1, Int64(added))
      counts.bind(2, Int64(revised))
      counts.bind(3, Int64(vintage))
      try counts.run()
      return vintage
    }
    return try vintages().first { $0.id == id }
      ?? Vintage(
        id: id, kind: .data, fileName: fileName, sha256: sha256, importedAt: Vintage.timestamp(date))
  }

  /// Inserts the vintage's row and returns its id.
  private func insertVintage(
    _ summary: IngestSummary, panel: Panel, fileName: String, sha256: String, date: Date
  ) throws(StoreError) -> Int {
    let insert = try connection.prepare(
      """
      INSERT INTO vintages (kind, file_name, sha256, imported_at, first_period, last_period, rows_read,
        rows_used, rows_rejected, cells_used, cells_missing, cells_rejected)
      VALUES ('data', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
      """)
    insert.bind(1, fileName)
    insert.bind(2, sha256)
    insert.bind(3, Vintage.timestamp(date))
    if let last = panel.lastPeriod {
      insert.bind(4, Int64(panel.firstPeriod.ordinal))
      insert.bind(5, Int64(last.ordinal))
    } else {
      insert.bindNull(4)
      insert.bindNull(5)
    }
    for (index, count) in [
      summary.rowsRead, summary.rowsUsed, summary.rowsRejected, summary.cellsUsed, summary.cellsMissing,
      summary.cellsRejected,
    ].enumerated() {
      insert.bind(Int32(6 + index), Int64(count))
    }
    return Int(try connection.insertReturningID(insert))
  }

  /// Inserts each value of `panel` that is new or revised, a row per series and year holding those
  /// months; returns how many values of each.
  private func insertValues(_ panel: Panel, vintage: Int, progress: ((Int, Int) -> Void)?) throws(StoreError)
    -> (added: Int, revised: Int)
  {
    let known = try seriesKeys()
    var ids: [SeriesKey: Int64] = [:]
    ids.reserveCapacity(known.count)
    for (id, key) in known { ids[key] = id }
    let addSeries = try connection.prepare(
      "INSERT INTO series (region, indicator, form) VALUES (?, ?, ?) RETURNING id")
    let stored = try connection.prepare(
      "SELECT year, \(StoreSchema.monthColumns) FROM observations WHERE series = ? ORDER BY year, vintage")
    let writer = try connection.observationWriter(vintage: vintage)
    let months = MonthRow()
    var added = 0
    var revised = 0
    var latest: [Int: Double] = [:]
    for (column, key) in panel.keys.enumerated() {
      latest.removeAll(keepingCapacity: true)
      let series: Int64
      if let id = ids[key] {
        series = id
        stored.bind(1, series)
        while try stored.step() {
          let year = Int(stored.integer(0))
          for month in 0..<12 where !stored.isNull(Int32(1 + month)) {
            latest[year * 12 + month] = stored.double(Int32(1 + month))
          }
        }
        stored.reset()
      } else {
        addSeries.bind(1, key.region)
        addSeries.bind(2, key.indicator)
        addSeries.bind(3, key.form.rawValue)
        series = try connection.insertReturningID(addSeries)
      }
      let decimals = panel.decimals[column]
      var year = Int.min
      var pending = false
      for row in 0..<panel.periodCount {
        let value = panel.values[row, column]
        guard !value.isNaN else { continue }
        let period = panel.period(atRow: row)
        if let before = latest[period.ordinal] {
          // Equal values are no revision, whatever the decimals (a column's decimals are its widest
          // value's: one more in a new month must not revise the old ones) and −0 equal to 0 (SQLite
          // keeps −0.0 as the integer 0).
          if before == value { continue }
          revised += 1
        } else {
          added += 1
        }
        if period.year != year {
          if pending {
            try writer.add(
              series: series, year: year, decimals: decimals, values: UnsafeBufferPointer(months.buffer))
          }
          year = period.year
          months.clear()
          pending = true
        }
        months.buffer[period.month - 1] = value
      }
      if pending {
        try writer.add(
          series: series, year: year, decimals: decimals, values: UnsafeBufferPointer(months.buffer))
      }
      progress?(column + 1, panel.keys.count)
    }
    try writer.finish()
    return (added, revised)
  }

  /// Inserts the regions (with parents) and indicators of `panel` in their order, as this vintage has
  /// them.
  private func insertDefinitions(_ panel: Panel, vintage: Int) throws(StoreError) {
    let region = try connection.prepare(
      "INSERT INTO regions (name, vintage, position, parent) VALUES (?, ?, ?, ?)")
    for (position, name) in panel.regionOrder.enumerated() {
      region.bind(1, name)
      region.bind(2, Int64(vintage))
      region.bind(3, Int64(position))
      region.bind(4, panel.regions[name]?.parent)
      try region.run()
    }
    let indicator = try connection.prepare(
      """
      INSERT INTO indicators (code, vintage, position, name_zh, name_en, unit_base, unit_exponent, unit_symbol,
        display_unit_base, display_unit_exponent, display_unit_symbol, kind, publication, january, parent,
        direction, allows_negative, verb, rate_of, base_of)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """)
    for (position, code) in panel.indicatorOrder.enumerated() {
      guard let definition = panel.indicators[code] else { continue }
      indicator.bind(1, code)
      indicator.bind(2, Int64(vintage))
      indicator.bind(3, Int64(position))
      indicator.bind(4, definition.nameZh)
      indicator.bind(5, definition.nameEn)
      indicator.bind(6, definition.unit.base)
      indicator.bind(7, Int64(definition.unit.exponent))
      indicator.bind(8, definition.unit.symbol)
      indicator.bind(9, definition.displayUnit?.base)
      if let display = definition.displayUnit { indicator.bind(10, Int64(display.exponent)) }
      indicator.bind(11, definition.displayUnit?.symbol)
      indicator.bind(12, definition.kind.rawValue)
      indicator.bind(13, definition.publication.rawValue)
      indicator.bind(14, definition.january.rawValue)
      indicator.bind(15, definition.parent)
      indicator.bind(16, definition.direction.rawValue)
      indicator.bind(17, Int64(definition.allowsNegative ? 1 : 0))
      indicator.bind(18, definition.verb)
      indicator.bind(19, definition.rateOf)
      indicator.bind(20, definition.baseOf)
      try indicator.run()
    }
  }
}
