import Foundation

extension VintageStore {
  /// Records an indicator or targets file (`kind`) as a new vintage, its bytes kept whole.
  public func importFile(
    _ kind: Vintage.Kind, content: [UInt8], fileName: String, sha256: String, at date: Date
  ) throws(StoreError) -> Vintage {
    let id = try connection.transaction(.write) { () throws(StoreError) -> Int in
      try refuseImportedBefore(sha256: sha256, kind: kind, fileName: fileName)
      let insert = try connection.prepare(
        "INSERT INTO vintages (id, kind, file_name, sha256, imported_at, content) "
          + "VALUES (\(Self.nextVintage), ?, ?, ?, ?, ?) RETURNING id")
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
      try refuseImportedBefore(sha256: sha256, kind: .data, fileName: fileName)
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

  /// The next vintage's id, one more than the last (under the write lock): 1, 2, 3, … with no gap where
  /// an import failed (PostgreSQL's own numbering keeps what a rolled-back transaction took).
  private static let nextVintage = "(SELECT coalesce(max(id), 0) + 1 FROM vintages)"

  /// Throws `importedBefore` when a vintage of `kind` holds these bytes (`sha256`): another import may
  /// have recorded them since the caller looked.
  private func refuseImportedBefore(sha256: String, kind: Vintage.Kind, fileName: String) throws(StoreError) {
    if let earlier = try vintage(sha256: sha256, kind: kind) {
      throw .importedBefore(path: path, file: fileName, earlier: earlier)
    }
  }

  /// Inserts the vintage's row and returns its id.
  private func insertVintage(
    _ summary: IngestSummary, panel: Panel, fileName: String, sha256: String, date: Date
  ) throws(StoreError) -> Int {
    let insert = try connection.prepare(
      """
      INSERT INTO vintages (id, kind, file_name, sha256, imported_at, first_period, last_period, rows_read,
        rows_used, rows_rejected, cells_used, cells_missing, cells_rejected)
      VALUES (\(Self.nextVintage), 'data', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
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
  /// months; returns how many values of each. Works a block of series at a time: the block's stored
  /// values read, then its rows written (PostgreSQL's COPY allows no other statement while it runs).
  private func insertValues(_ panel: Panel, vintage: Int, progress: ((Int, Int) -> Void)?) throws(StoreError)
    -> (added: Int, revised: Int)
  {
    let (ids, known) = try seriesIDs(panel.keys)
    let stored = try connection.prepare(
      "SELECT year, \(StoreSchema.monthColumns) FROM observations WHERE series = ? ORDER BY year, vintage")
    let months = MonthRow()
    var added = 0
    var revised = 0
    var latest = [[Int: Double]](repeating: [:], count: Self.block)
    for start in stride(from: 0, to: panel.keys.count, by: Self.block) {
      let block = start..<min(start + Self.block, panel.keys.count)
      for column in block {
        latest[column - start].removeAll(keepingCapacity: true)
        guard known[column] else { continue }
        stored.bind(1, ids[column])
        defer { stored.reset() }
        while try stored.step() {
          let year = Int(stored.integer(0))
          for month in 0..<12 where !stored.isNull(Int32(1 + month)) {
            latest[column - start][year * 12 + month] = stored.double(Int32(1 + month))
          }
        }
      }
      let writer = try connection.observationWriter(vintage: vintage)
      for column in block {
        let decimals = panel.decimals[column]
        var year = Int.min
        var pending = false
        for row in 0..<panel.periodCount {
          let value = panel.values[row, column]
          guard !value.isNaN else { continue }
          let period = panel.period(atRow: row)
          if let before = latest[column - start][period.ordinal] {
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
                series: ids[column], year: year, decimals: decimals,
                values: UnsafeBufferPointer(months.buffer))
            }
            year = period.year
            months.clear()
            pending = true
          }
          months.buffer[period.month - 1] = value
        }
        if pending {
          try writer.add(
            series: ids[column], year: year, decimals: decimals, values: UnsafeBufferPointer(months.buffer))
        }
      }
      try writer.finish()
      progress?(block.upperBound, panel.keys.count)
    }
    return (added, revised)
  }

  /// Series per block of an import.
  private static let block = 512

  /// The id of each series in `keys`, those the store lacks added (a statement per 256); whether each
  /// was stored before.
  private func seriesIDs(_ keys: [SeriesKey]) throws(StoreError) -> (ids: [Int64], known: [Bool]) {
    var stored: [SeriesKey: Int64] = [:]
    for (id, key) in try seriesKeys() { stored[key] = id }
    let known = keys.map { stored[$0] != nil }
    let missing = keys.filter { stored[$0] == nil }
    let batch = 256
    for start in stride(from: 0, to: missing.count, by: batch) {
      let part = missing[start..<min(start + batch, missing.count)]
      let insert = try connection.prepare(
        "INSERT INTO series (region, indicator, form) VALUES "
          + Array(repeating: "(?, ?, ?)", count: part.count).joined(separator: ", ")
          + " RETURNING id, region, indicator, form")
      for (index, key) in part.enumerated() {
        insert.bind(Int32(3 * index + 1), key.region)
        insert.bind(Int32(3 * index + 2), key.indicator)
        insert.bind(Int32(3 * index + 3), key.form.rawValue)
      }
      defer { insert.reset() }
      while try insert.step() {
        let key = SeriesKey(
          region: insert.text(1) ?? "", indicator: insert.text(2) ?? "",
          form: ValueForm(rawValue: insert.text(3) ?? "") ?? .monthly)
        stored[key] = insert.integer(0)
      }
    }
    var ids: [Int64] = []
    ids.reserveCapacity(keys.count)
    for key in keys {
      guard let id = stored[key] else {
        throw .failed(path: path, reason: "series \(key.region)/\(key.indicator) was not added")
      }
      ids.append(id)
    }
    return (ids, known)
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
