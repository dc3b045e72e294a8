import CSQLite

/// One connection to an SQLite database file, through SQLite's C API: statements prepared once and
/// reused, errors as `StoreError` naming the file. Not shared between threads.
final class SQLiteConnection: StoreDatabase {
  /// SQLite set up once per process, before the first connection: no memory statistics.
  private static let configured: Bool = tongbi_sqlite_disable_memory_statistics() == SQLITE_OK

  /// The database file, for messages.
  let path: String
  var location: String { path }
  var dialect: StoreDialect { .sqlite }
  private let handle: OpaquePointer

  /// Opens `path` read-write (creating it when `create`) or read-only, waiting up to `busyMilliseconds`
  /// for another connection's lock.
  init(path: String, readOnly: Bool, create: Bool, busyMilliseconds: Int32 = 10_000) throws(StoreError) {
    self.path = path
    _ = Self.configured
    var opened: OpaquePointer?
    let flags =
      (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0))
      | SQLITE_OPEN_NOMUTEX
    let status = sqlite3_open_v2(path, &opened, flags, nil)
    guard status == SQLITE_OK, let opened else {
      let message = opened.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
      sqlite3_close_v2(opened)
      throw .unusable(path: path, reason: "cannot open the store: \(message)")
    }
    handle = opened
    sqlite3_busy_timeout(handle, busyMilliseconds)
    sqlite3_extended_result_codes(handle, 1)
  }

  deinit { sqlite3_close_v2(handle) }

  /// Runs `sql` (one or more statements without parameters).
  func execute(_ sql: String) throws(StoreError) {
    var message: UnsafeMutablePointer<CChar>?
    let status = sqlite3_exec(handle, sql, nil, nil, &message)
    defer { sqlite3_free(message) }
    if status != SQLITE_OK {
      throw error(status, message.map { String(cString: $0) })
    }
  }

  func prepare(_ sql: String) throws(StoreError) -> any StoreStatement { try statement(sql) }

  /// SQLite steps through rows as it reads them: the same as `prepare`.
  func prepareStream(_ sql: String) throws(StoreError) -> any StoreStatement { try statement(sql) }

  /// Prepares `sql` for repeated use, as SQLite's own statement.
  func statement(_ sql: String) throws(StoreError) -> SQLiteStatement {
    var statement: OpaquePointer?
    let status = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
    guard status == SQLITE_OK, let statement else { throw error(status) }
    return SQLiteStatement(statement, connection: self)
  }

  /// The error of a failed call's `status`: busy or locked as `locked`, a file that is not a database
  /// or is damaged as `unusable`, else `failed` with SQLite's message.
  func error(_ status: Int32, _ message: String? = nil) -> StoreError {
    let text = message ?? String(cString: sqlite3_errmsg(handle))
    switch status & 0xFF {
    case SQLITE_BUSY, SQLITE_LOCKED: return .locked(path: path)
    case SQLITE_NOTADB: return .unusable(path: path, reason: "not an SQLite database, not a Tongbi store")
    case SQLITE_CORRUPT: return .unusable(path: path, reason: "the store is damaged (\(text))")
    case SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM:
      return .unusable(path: path, reason: "cannot write the store: \(text)")
    default: return .failed(path: path, reason: text)
    }
  }

  /// Runs `body` in one transaction: a write takes the write lock at once (`BEGIN IMMEDIATE`), a read
  /// holds one snapshot (`BEGIN DEFERRED`). An import keeps its pages in a 256 MB cache until the commit
  /// writes them, instead of spilling them to the log as they fill the default 2 MB (measured: 8.5 s
  /// against 7-8 s for the 1 GB panel). The first data import (its history, often the biggest) writes
  /// in rollback-journal mode: its pages are new, so the journal holds almost nothing and each page is
  /// written once, not to the log and then again into the file (measured on the 1 GB panel: 6-6.6 s
  /// against 8-9.4 s). Atomic all the same (a killed import's journal is rolled back when the store
  /// next opens); there is no earlier vintage for readers to see meanwhile. Back to WAL after, or on
  /// next open.
  func transaction<T>(_ kind: StoreTransaction, _ body: () throws(StoreError) -> T) throws(StoreError) -> T {
    var rollbackJournal = false
    if case .importing(let first) = kind {
      try execute("PRAGMA cache_size = -262144")
      rollbackJournal = first
    }
    // Leaving WAL mode needs the store to itself: with a reader present the import stays in WAL mode.
    if rollbackJournal { rollbackJournal = (try? execute("PRAGMA journal_mode = DELETE")) != nil }
    defer { if rollbackJournal { try? execute("PRAGMA journal_mode = WAL") } }
    if case .read = kind { try execute("BEGIN DEFERRED") } else { try execute("BEGIN IMMEDIATE") }
    do {
      let result = try body()
      try execute("COMMIT")
      return result
    } catch {
      try? execute("ROLLBACK")
      throw error
    }
  }

  func observationWriter(vintage: Int) throws(StoreError) -> any ObservationWriter {
    try SQLiteYearRowWriter(connection: self, vintage: vintage)
  }

  func identity() throws(StoreError) -> StoreIdentity {
    let application = try integer("PRAGMA application_id")
    let objects = try integer("SELECT count(*) FROM sqlite_master")
    if application == 0 && objects == 0 { return .empty }
    guard application == StoreSchema.applicationID else { return .foreign }
    return .store(version: try integer("PRAGMA user_version"))
  }

  func recordVersion(_ version: Int64) throws(StoreError) {
    try execute("PRAGMA application_id = \(StoreSchema.applicationID); PRAGMA user_version = \(version)")
  }

}
