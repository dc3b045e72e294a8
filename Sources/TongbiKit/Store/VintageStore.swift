import Foundation

/// The store of vintages: every imported file kept as a vintage, every value with the vintage that gave
/// it, so that the data as of any earlier import can be read back and every revision listed. An SQLite
/// file (WAL mode; each import one transaction); see README, "The store", for its tables.
public final class VintageStore {
  /// The store's file.
  public let path: String
  let connection: SQLiteConnection
  /// The series table, once read (`seriesKeys`); cleared by an import.
  var cachedSeries: [Int64: SeriesKey]?

  /// Opens the store at `path`, creating it when `create` and the file is missing or empty.
  ///
  /// Throws `StoreError.unusable` for a missing store (when not creating), a file that is not an SQLite
  /// database, another program's database or one of a newer schema — each left as it is.
  public convenience init(path: String, create: Bool) throws(StoreError) {
    try self.init(path: path, create: create, busyMilliseconds: 10_000)
  }

  /// Opens the store as `init(path:create:)` does, waiting up to `busyMilliseconds` for another
  /// process's write lock.
  init(path: String, create: Bool, busyMilliseconds: Int32) throws(StoreError) {
    self.path = path
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
    if size == nil && !create {
      throw .unusable(
        path: path, reason: "no store here: import a file first (tongbi import FILE --store \(path))")
    }
    if let size, size > 0 {
      let header = FileHandle(forReadingAtPath: path).map { handle in
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 16)) ?? Data()
      }
      guard let header else { throw .unusable(path: path, reason: "cannot read the store") }
      guard header == Data("SQLite format 3\u{0}".utf8) else {
        throw .unusable(path: path, reason: "not an SQLite database, not a Tongbi store; it is left as it is")
      }
    }
    connection = try SQLiteConnection(
      path: path, readOnly: false, create: create, busyMilliseconds: busyMilliseconds)
    let application = try connection.integer("PRAGMA application_id")
    let version = try connection.integer("PRAGMA user_version")
    let objects = try connection.integer("SELECT count(*) FROM sqlite_master")
    if application == 0 && objects == 0 {
      guard create else {
        throw .unusable(path: path, reason: "an empty database, not a Tongbi store yet: import a file first")
      }
      try connection.execute("PRAGMA journal_mode = WAL")
      try connection.transaction { () throws(StoreError) in
        try connection.execute(StoreSchema.create)
        try connection.execute(
          "PRAGMA application_id = \(StoreSchema.applicationID); PRAGMA user_version = \(StoreSchema.version)"
        )
      }
    } else if application != StoreSchema.applicationID {
      throw .unusable(
        path: path, reason: "an SQLite database of another program, not a Tongbi store; it is left as it is")
    } else if version < 1 {
      throw .unusable(path: path, reason: "a damaged Tongbi store (no schema version); it is left as it is")
    } else if version > StoreSchema.version {
      throw .unusable(
        path: path,
        reason: "written by a newer Tongbi (store schema \(version); this one reads \(StoreSchema.version)): "
          + "upgrade tongbi")
    } else if version < StoreSchema.version {
      try connection.transaction { () throws(StoreError) in
        for step in Int(version)..<Int(StoreSchema.version) {
          try connection.execute(StoreSchema.migrations[step - 1])
        }
        try connection.execute("PRAGMA user_version = \(StoreSchema.version)")
      }
    }
    // A first import writes in rollback-journal mode (below); one killed leaves the store in it.
    let mode = try connection.prepare("PRAGMA journal_mode")
    let current = try mode.step() ? mode.text(0)?.lowercased() : nil
    mode.reset()
    if current != "wal" { try connection.execute("PRAGMA journal_mode = WAL") }
    // REFERENCES in the schema document the links; enforcing them would look up two parents for each
    // row written, and every row is written by this code, which links them itself.
    try connection.execute("PRAGMA synchronous = FULL")
  }

  /// Every vintage, in import order.
  public func vintages() throws(StoreError) -> [Vintage] {
    let statement = try connection.prepare(
      """
      SELECT id, kind, file_name, sha256, imported_at, first_period, last_period, rows_read, rows_used,
        rows_rejected, cells_used, cells_missing, cells_rejected, values_added, values_revised
      FROM vintages ORDER BY id
      """)
    var vintages: [Vintage] = []
    while try statement.step() {
      var vintage = Vintage(
        id: Int(statement.integer(0)), kind: Vintage.Kind(rawValue: statement.text(1) ?? "") ?? .data,
        fileName: statement.text(2) ?? "", sha256: statement.text(3) ?? "",
        importedAt: statement.text(4) ?? "")
      if !statement.isNull(5) && !statement.isNull(6) {
        let first = Period(ordinal: Int(statement.integer(5)))
        let last = Period(ordinal: Int(statement.integer(6)))
        vintage.periods = first <= last ? first...last : nil
      }
      vintage.rowsRead = Int(statement.integer(7))
      vintage.rowsUsed = Int(statement.integer(8))
      vintage.rowsRejected = Int(statement.integer(9))
      vintage.cellsUsed = Int(statement.integer(10))
      vintage.cellsMissing = Int(statement.integer(11))
      vintage.cellsRejected = Int(statement.integer(12))
      vintage.valuesAdded = Int(statement.integer(13))
      vintage.valuesRevised = Int(statement.integer(14))
      vintages.append(vintage)
    }
    return vintages
  }

  /// The vintage `given` names: its number, or the last imported by a date (`2024-07-10`, the end of
  /// that day UTC) or time (`2024-07-10T09:30:00Z`).
  public func vintage(named given: String) throws(StoreError) -> Vintage {
    let all = try vintages()
    if let number = Int(given) {
      guard let found = all.first(where: { $0.id == number }) else {
        throw .unknownVintage(path: path, given: given)
      }
      return found
    }
    let isDate = given.count == 10 && given.split(separator: "-").count == 3
    guard isDate || given.hasSuffix("Z"), given.first?.isNumber == true else {
      throw .unknownVintage(path: path, given: given)
    }
    let limit = isDate ? given + "T23:59:59Z" : given
    guard let found = all.last(where: { $0.importedAt <= limit }) else {
      throw .unknownVintage(path: path, given: given)
    }
    return found
  }

  /// The vintage imported from a file with these bytes (`sha256`) as `kind`, if any.
  public func vintage(sha256: String, kind: Vintage.Kind) throws(StoreError) -> Vintage? {
    let statement = try connection.prepare(
      "SELECT id FROM vintages WHERE sha256 = ? AND kind = ? ORDER BY id LIMIT 1")
    statement.bind(1, sha256)
    statement.bind(2, kind.rawValue)
    guard try statement.step() else { return nil }
    let id = Int(statement.integer(0))
    return try vintages().first { $0.id == id }
  }

  /// The last indicator or targets file (`kind`) imported up to vintage `asOf` (all when `nil`), with
  /// its bytes.
  public func file(_ kind: Vintage.Kind, asOf: Vintage? = nil) throws(StoreError) -> (Vintage, [UInt8])? {
    let statement = try connection.prepare(
      "SELECT id, content FROM vintages WHERE kind = ? AND id <= ? ORDER BY id DESC LIMIT 1")
    statement.bind(1, kind.rawValue)
    statement.bind(2, Int64(asOf?.id ?? Int.max))
    guard try statement.step() else { return nil }
    let id = Int(statement.integer(0))
    let content = statement.blob(1)
    guard let vintage = try vintages().first(where: { $0.id == id }) else { return nil }
    return (vintage, content)
  }
}
