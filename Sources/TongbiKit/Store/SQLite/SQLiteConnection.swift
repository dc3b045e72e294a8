import CSQLite

/// One connection to an SQLite database file, through SQLite's C API: statements prepared once and
/// reused, errors as `StoreError` naming the file. Not shared between threads.
final class SQLiteConnection {
  /// SQLite set up once per process, before the first connection: no memory statistics.
  private static let configured: Bool = tongbi_sqlite_disable_memory_statistics() == SQLITE_OK

  /// The database file, for messages.
  let path: String
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

  /// Prepares `sql` for repeated use.
  func prepare(_ sql: String) throws(StoreError) -> SQLiteStatement {
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

  /// Runs `body` in one transaction, committed when it returns and rolled back when it throws: a write
  /// (`BEGIN IMMEDIATE`, the write lock taken at once) or, when `deferred`, a read of one snapshot.
  func transaction<T>(deferred: Bool = false, _ body: () throws(StoreError) -> T) throws(StoreError) -> T {
    try execute(deferred ? "BEGIN DEFERRED" : "BEGIN IMMEDIATE")
    do {
      let result = try body()
      try execute("COMMIT")
      return result
    } catch {
      try? execute("ROLLBACK")
      throw error
    }
  }

  /// The first column of the first row of `sql`, as an integer (0 when there is no row).
  func integer(_ sql: String) throws(StoreError) -> Int64 {
    let statement = try prepare(sql)
    return try statement.step() ? statement.integer(0) : 0
  }

  /// The row id of the last insert.
  var lastInsertedRow: Int64 { sqlite3_last_insert_rowid(handle) }
}
