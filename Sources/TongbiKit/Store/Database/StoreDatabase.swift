/// A connection to the database that holds a store of vintages — an SQLite file or a PostgreSQL server —
/// as the store uses it: SQL with `?` parameters, prepared statements stepped row by row, transactions,
/// and the bulk writing of `observations`. Not shared between threads.
protocol StoreDatabase: AnyObject {
  /// Where the store is, for messages: the file's path, or the server's URL without its password.
  var location: String { get }
  /// The database's SQL where it differs (types, the view's text).
  var dialect: StoreDialect { get }

  /// Runs `sql` (one or more statements without parameters).
  func execute(_ sql: String) throws(StoreError)
  /// Prepares `sql` (parameters written `?`) for repeated use.
  func prepare(_ sql: String) throws(StoreError) -> any StoreStatement
  /// Prepares `sql` as `prepare` does, for a read of many rows inside a transaction: PostgreSQL reads
  /// them through a cursor a batch at a time instead of holding the whole result.
  func prepareStream(_ sql: String) throws(StoreError) -> any StoreStatement
  /// Runs `body` in one transaction of `kind`, committed when it returns and rolled back when it throws.
  func transaction<T>(_ kind: StoreTransaction, _ body: () throws(StoreError) -> T) throws(StoreError) -> T
  /// A writer of `vintage`'s rows of `observations`, inside the import's transaction.
  func observationWriter(vintage: Int) throws(StoreError) -> any ObservationWriter

  /// The store's identity: whether the database is empty, another program's, or a store of a version.
  func identity() throws(StoreError) -> StoreIdentity
  /// Records the schema version the store now has (inside the transaction that made it so).
  func recordVersion(_ version: Int64) throws(StoreError)
  /// Readies a validated store for use (SQLite: WAL mode, full synchronous writes).
  func ready() throws(StoreError)
}

/// What a transaction does.
enum StoreTransaction {
  /// Reads one snapshot of the store.
  case read
  /// Writes: takes the store's write lock at once, waiting for another writer up to the store's wait.
  case write
  /// Writes an import of data, `first` when the store holds no data yet.
  case importing(first: Bool)
}

/// What a database holds, as the store sees it.
enum StoreIdentity: Equatable {
  /// Nothing yet: a store can be created in it.
  case empty
  /// Another program's tables.
  case foreign
  /// A Tongbi store of this schema version (0 when the version is missing).
  case store(version: Int64)
}

/// One prepared statement: parameters bound by 1-based index, rows stepped through, columns read by
/// 0-based index; reset to run again.
protocol StoreStatement: AnyObject {
  /// Binds an integer.
  func bind(_ index: Int32, _ value: Int64)
  /// Binds a double.
  func bind(_ index: Int32, _ value: Double)
  /// Binds NULL.
  func bindNull(_ index: Int32)
  /// Binds text, or NULL for `nil`.
  func bind(_ index: Int32, _ value: String?)
  /// Binds bytes.
  func bind(_ index: Int32, blob: [UInt8])
  /// Steps to the next row: `true` while there is one, `false` when done.
  @discardableResult func step() throws(StoreError) -> Bool
  /// Resets the statement to run again with new parameters.
  func reset()

  /// Column `index` as an integer.
  func integer(_ index: Int32) -> Int64
  /// Column `index` as a double.
  func double(_ index: Int32) -> Double
  /// Whether column `index` is NULL.
  func isNull(_ index: Int32) -> Bool
  /// Column `index` as text (`nil` for NULL).
  func text(_ index: Int32) -> String?
  /// Column `index` as bytes.
  func blob(_ index: Int32) -> [UInt8]
}

extension StoreStatement {
  /// Runs the statement once (an insert or update) and resets it.
  func run() throws(StoreError) {
    defer { reset() }
    try step()
  }
}

extension StoreDatabase {
  /// The first column of the first row of `sql`, as an integer (0 when there is no row).
  func integer(_ sql: String) throws(StoreError) -> Int64 {
    let statement = try prepare(sql)
    defer { statement.reset() }
    return try statement.step() ? statement.integer(0) : 0
  }

  /// Runs `statement` (an `INSERT … RETURNING id`) once and returns the id.
  func insertReturningID(_ statement: any StoreStatement) throws(StoreError) -> Int64 {
    defer { statement.reset() }
    guard try statement.step() else {
      throw .failed(path: location, reason: "an insert returned no id")
    }
    return statement.integer(0)
  }
}

/// Writes rows of `observations` (series, year, vintage, decimals, twelve months) for one import.
protocol ObservationWriter: AnyObject {
  /// Adds the row of `series` and `year`: `values[m]` the value of month m + 1, NaN for none.
  func add(series: Int64, year: Int, decimals: Int, values: UnsafeBufferPointer<Double>) throws(StoreError)
  /// Writes what is pending.
  func finish() throws(StoreError)
}
