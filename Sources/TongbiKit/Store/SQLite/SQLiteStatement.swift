import CSQLite

/// A prepared SQLite statement: parameters bound by 1-based index, rows stepped through, columns read by
/// 0-based index; reset to run again.
final class SQLiteStatement: StoreStatement {
  private let handle: OpaquePointer
  private let connection: SQLiteConnection

  init(_ handle: OpaquePointer, connection: SQLiteConnection) {
    self.handle = handle
    self.connection = connection
  }

  deinit { sqlite3_finalize(handle) }

  /// Binds an integer.
  func bind(_ index: Int32, _ value: Int64) { sqlite3_bind_int64(handle, index, value) }
  /// Binds a double.
  func bind(_ index: Int32, _ value: Double) { sqlite3_bind_double(handle, index, value) }
  /// Binds NULL.
  func bindNull(_ index: Int32) { sqlite3_bind_null(handle, index) }
  /// Binds text (copied), or NULL for `nil`.
  func bind(_ index: Int32, _ value: String?) {
    guard let value else {
      sqlite3_bind_null(handle, index)
      return
    }
    sqlite3_bind_text(handle, index, value, -1, tongbi_sqlite_transient())
  }
  /// Binds a blob (copied).
  func bind(_ index: Int32, blob: [UInt8]) {
    blob.withUnsafeBytes { raw in
      _ = sqlite3_bind_blob64(
        handle, index, raw.baseAddress, sqlite3_uint64(raw.count), tongbi_sqlite_transient())
    }
  }

  /// Steps to the next row: `true` while there is one, `false` when done.
  @discardableResult
  func step() throws(StoreError) -> Bool {
    let status = sqlite3_step(handle)
    switch status {
    case SQLITE_ROW: return true
    case SQLITE_DONE: return false
    default: throw connection.error(status)
    }
  }

  /// Resets the statement to run again with new parameters.
  func reset() {
    sqlite3_reset(handle)
    sqlite3_clear_bindings(handle)
  }

  /// Resets the statement to run again, its parameters kept (each to be bound anew).
  func resetKeepingBindings() { sqlite3_reset(handle) }

  /// Column `index` as an integer.
  func integer(_ index: Int32) -> Int64 { sqlite3_column_int64(handle, index) }
  /// Column `index` as a double.
  func double(_ index: Int32) -> Double { sqlite3_column_double(handle, index) }
  /// Whether column `index` is NULL.
  func isNull(_ index: Int32) -> Bool { sqlite3_column_type(handle, index) == SQLITE_NULL }
  /// Column `index` as text (`nil` for NULL).
  func text(_ index: Int32) -> String? {
    guard let bytes = sqlite3_column_text(handle, index) else { return nil }
    return String(cString: bytes)
  }
  /// Column `index` as bytes.
  func blob(_ index: Int32) -> [UInt8] {
    let count = Int(sqlite3_column_bytes(handle, index))
    guard count > 0, let base = sqlite3_column_blob(handle, index) else { return [] }
    return Array(UnsafeRawBufferPointer(start: base, count: count))
  }
}
