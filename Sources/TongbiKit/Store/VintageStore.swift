/// The store of vintages: every imported file kept as a vintage, every value with the vintage that gave
/// it, so that the data as of any earlier import can be read back and every revision listed. An SQLite
/// file (WAL mode; each import one transaction) or, for a shared office, a PostgreSQL database (the
/// schema `tongbi`; imports serialized by an advisory lock); see README, "The store", for its tables.
public final class VintageStore {
  /// Where the store is: the SQLite file's path, or the PostgreSQL URL without its password.
  public let path: String
  let connection: any StoreDatabase
  /// The series table, once read (`seriesKeys`); cleared by an import.
  var cachedSeries: [Int64: SeriesKey]?

  /// Opens the store at `location` — an SQLite file's path, or a `postgresql://` (or `postgres://`) URL
  /// — creating it when `create` and the file (or the database's schema `tongbi`) is missing or empty.
  ///
  /// Throws `StoreError.unusable` for a missing store (when not creating), a file that is not an SQLite
  /// database, a server that cannot be reached, another program's database or one of a newer schema —
  /// each left as it is.
  public convenience init(path location: String, create: Bool) throws(StoreError) {
    try self.init(path: location, create: create, busyMilliseconds: 10_000)
  }

  /// Opens the store as `init(path:create:)` does, waiting up to `busyMilliseconds` for another
  /// process's write lock.
  init(path location: String, create: Bool, busyMilliseconds: Int32) throws(StoreError) {
    let database: any StoreDatabase =
      if PostgreSQLConnection.isURL(location) {
        try PostgreSQLConnection(url: location, busyMilliseconds: busyMilliseconds)
      } else {
        try SQLiteConnection.openStore(path: location, create: create, busyMilliseconds: busyMilliseconds)
      }
    connection = database
    path = database.location
    try validate(create: create)
  }

  /// Checks that the database holds a store this build reads — creating one in an empty database when
  /// `create`, migrating an older one — then readies the connection.
  private func validate(create: Bool) throws(StoreError) {
    var identity = try connection.identity()
    if identity == .empty {
      guard create else {
        throw .unusable(
          path: path, reason: "no store here: import a file first (tongbi import FILE --store \(path))")
      }
      identity = try connection.transaction(.write) { () throws(StoreError) -> StoreIdentity in
        // Another import may have created it meanwhile: the write lock orders the two.
        let now = try connection.identity()
        guard now == .empty else { return now }
        try connection.execute(StoreSchema.create(connection.dialect))
        try connection.recordVersion(StoreSchema.version)
        return .store(version: StoreSchema.version)
      }
    }
    switch identity {
    case .empty, .foreign:
      throw .unusable(
        path: path, reason: "\(connection.dialect.foreign), not a Tongbi store; it is left as it is")
    case .store(let version) where version < 1:
      throw .unusable(path: path, reason: "a damaged Tongbi store (no schema version); it is left as it is")
    case .store(let version) where version > StoreSchema.version:
      throw .unusable(
        path: path,
        reason: "written by a newer Tongbi (store schema \(version); this one reads \(StoreSchema.version)): "
          + "upgrade tongbi")
    case .store(let version) where version < StoreSchema.version:
      try connection.transaction(.write) { () throws(StoreError) in
        for step in Int(version)..<Int(StoreSchema.version) {
          try connection.execute(StoreSchema.migrations[step - 1])
        }
        try connection.recordVersion(StoreSchema.version)
      }
    case .store:
      break
    }
    try connection.ready()
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
    statement.bind(2, Int64(asOf?.id ?? Vintage.afterAll))
    guard try statement.step() else { return nil }
    let id = Int(statement.integer(0))
    let content = statement.blob(1)
    guard let vintage = try vintages().first(where: { $0.id == id }) else { return nil }
    return (vintage, content)
  }
}
