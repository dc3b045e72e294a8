import CPostgreSQL

/// One connection to a PostgreSQL server holding a store in its schema `tongbi`, through libpq:
/// statements prepared once on the server and reused, results in binary, errors as `StoreError` naming
/// the server (its URL without the password). Imports serialize on a transaction-scoped advisory lock;
/// reads see one snapshot (`REPEATABLE READ`). Not shared between threads.
final class PostgreSQLConnection: StoreDatabase {
  /// The URL without its password, for messages.
  let location: String
  var dialect: StoreDialect { .postgresql }
  let handle: OpaquePointer
  /// The longest wait for another import's lock, in milliseconds.
  private let busyMilliseconds: Int32
  /// The server-side name of each statement prepared, by its SQL.
  private var prepared: [String: String] = [:]
  /// Cursors declared, to name the next.
  private var cursors = 0

  /// Whether `location` names a PostgreSQL server (`postgresql://…` or `postgres://…`).
  static func isURL(_ location: String) -> Bool {
    location.hasPrefix("postgresql://") || location.hasPrefix("postgres://")
  }

  /// Connects to the server `url` names (libpq's URL form: user, password, host or socket directory,
  /// port, database, parameters), in UTF-8, with the schema `tongbi` first on the search path.
  init(url: String, busyMilliseconds: Int32) throws(StoreError) {
    location = Self.redacted(url)
    self.busyMilliseconds = busyMilliseconds
    guard let connection = PQconnectdb(url) else {
      throw .unusable(path: location, reason: "cannot connect: out of memory")
    }
    guard PQstatus(connection) == CONNECTION_OK else {
      let message = Self.message(PQerrorMessage(connection))
      PQfinish(connection)
      throw .unusable(path: location, reason: "cannot connect to the server: \(message)")
    }
    handle = connection
    tongbi_pq_silence_notices(handle)
    guard PQsetClientEncoding(handle, "UTF8") == 0 else {
      throw .unusable(path: location, reason: "the server cannot send UTF-8")
    }
    try execute("SET search_path = tongbi")
  }

  deinit { PQfinish(handle) }

  func execute(_ sql: String) throws(StoreError) {
    let result = PQexec(handle, sql)
    defer { PQclear(result) }
    try check(result)
  }

  func prepare(_ sql: String) throws(StoreError) -> any StoreStatement {
    if let name = prepared[sql] { return PostgreSQLStatement(name: name, connection: self) }
    let name = "tongbi_\(prepared.count)"
    let numbered = Self.numberingParameters(sql)
    let result = PQprepare(handle, name, numbered.sql, Int32(numbered.count), nil)
    defer { PQclear(result) }
    try check(result)
    prepared[sql] = name
    return PostgreSQLStatement(name: name, connection: self)
  }

  /// A statement whose rows come through a cursor, `PostgreSQLStatement.fetch` at a time.
  func prepareStream(_ sql: String) throws(StoreError) -> any StoreStatement {
    cursors += 1
    let numbered = Self.numberingParameters(sql).sql
    return PostgreSQLStatement(name: "", connection: self, cursor: ("tongbi_cursor_\(cursors)", numbered))
  }

  /// A write takes the store's advisory lock for the transaction, waiting up to `busyMilliseconds` for
  /// another import; a read holds one snapshot.
  func transaction<T>(_ kind: StoreTransaction, _ body: () throws(StoreError) -> T) throws(StoreError) -> T {
    if case .read = kind {
      try execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
    } else {
      try execute("BEGIN")
    }
    do throws(StoreError) {
      if case .read = kind {
      } else {
        try execute(
          "SET LOCAL lock_timeout = \(busyMilliseconds); SELECT pg_advisory_xact_lock(\(StoreSchema.applicationID))"
        )
      }
      let result = try body()
      // A transaction aborted by a statement whose error went unseen ends in a rollback that COMMIT
      // reports as success, with the tag ROLLBACK.
      let commit = PQexec(handle, "COMMIT")
      defer { PQclear(commit) }
      try check(commit)
      guard let tag = PQcmdStatus(commit), String(cString: tag) == "COMMIT" else {
        throw StoreError.failed(
          path: location, reason: "the transaction was rolled back by the server; nothing was stored")
      }
      return result
    } catch {
      try? execute("ROLLBACK")
      throw error
    }
  }

  func observationWriter(vintage: Int) throws(StoreError) -> any ObservationWriter {
    try PostgreSQLCopyWriter(connection: self, vintage: vintage)
  }

  func identity() throws(StoreError) -> StoreIdentity {
    let tables = try integer(
      "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'tongbi'"
    )
    if tables == 0 { return .empty }
    guard
      try integer(
        "SELECT count(*) FROM pg_tables WHERE schemaname = 'tongbi' AND tablename = 'store_identity'") == 1
    else { return .foreign }
    guard try integer("SELECT application FROM store_identity") == StoreSchema.applicationID else {
      return .foreign
    }
    return .store(version: try integer("SELECT version FROM store_identity"))
  }

  func recordVersion(_ version: Int64) throws(StoreError) {
    try execute("UPDATE store_identity SET application = \(StoreSchema.applicationID), version = \(version)")
  }

  func ready() throws(StoreError) {}

  /// Throws the error of `result` unless it succeeded: a lock not granted in time as `locked`, a lost
  /// connection as `unusable`, else `failed` with the server's message.
  func check(_ result: OpaquePointer?) throws(StoreError) {
    switch PQresultStatus(result) {
    case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_COPY_IN: return
    default: break
    }
    let state = result.flatMap { PQresultErrorField($0, tongbi_pq_diag_sqlstate()) }.map {
      String(cString: $0)
    }
    let message = result.map { Self.message(PQresultErrorMessage($0)) } ?? ""
    let text = message.isEmpty ? Self.message(PQerrorMessage(handle)) : message
    switch state {
    case "55P03", "40P01": throw .locked(path: location)
    case nil where PQstatus(handle) != CONNECTION_OK:
      throw .unusable(path: location, reason: "the connection to the server was lost: \(text)")
    default: throw .failed(path: location, reason: text)
    }
  }

  /// A failure of libpq's own (no result to read), with its message.
  func failure(_ what: String) -> StoreError {
    .failed(path: location, reason: "\(what): \(Self.message(PQerrorMessage(handle)))")
  }

  /// libpq's message on one line, without its trailing newline.
  private static func message(_ text: UnsafePointer<CChar>?) -> String {
    guard let text else { return "" }
    return String(cString: text).split(whereSeparator: \.isNewline).joined(separator: " ")
  }

  /// `sql` with its `?` parameters numbered `$1`, `$2`, … as PostgreSQL writes them, and their count
  /// (the store's SQL has no `?` inside quotes).
  static func numberingParameters(_ sql: String) -> (sql: String, count: Int) {
    var count = 0
    var numbered = ""
    numbered.reserveCapacity(sql.utf8.count + 16)
    for character in sql {
      if character == "?" {
        count += 1
        numbered += "$\(count)"
      } else {
        numbered.append(character)
      }
    }
    return (numbered, count)
  }

  /// `url` as messages show it, without its password: `postgresql://user@host:port/database` from the
  /// fields libpq reads in it (a socket directory as `?host=…`), or the scheme alone when libpq cannot
  /// read it.
  static func redacted(_ url: String) -> String {
    let scheme = url.hasPrefix("postgres://") ? "postgres://" : "postgresql://"
    var error: UnsafeMutablePointer<CChar>?
    guard let options = PQconninfoParse(url, &error) else {
      PQfreemem(error)
      return scheme + "… (an unreadable URL)"
    }
    defer { PQconninfoFree(options) }
    var fields: [String: String] = [:]
    var option = options
    while let keyword = option.pointee.keyword {
      if let value = option.pointee.val { fields[String(cString: keyword)] = String(cString: value) }
      option += 1
    }
    let user = fields["user"].map { $0 + "@" } ?? ""
    let host = fields["host"] ?? ""
    let socket = host.hasPrefix("/")
    let port = fields["port"].map { ":" + $0 } ?? ""
    let database = fields["dbname"] ?? ""
    return scheme + user + (socket ? "" : host) + port + "/" + database + (socket ? "?host=" + host : "")
  }
}
