import CPostgreSQL
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The databases a store of vintages is tested on.
public enum StoreBackend: String, CaseIterable, Sendable, CustomStringConvertible {
  case sqlite
  case postgresql

  /// The backend's name, as test cases show it.
  public var description: String { rawValue }

  /// The backends tests run on: SQLite always, PostgreSQL when its test server is running (else the
  /// PostgreSQL suite is skipped, saying why) or required (`TONGBI_REQUIRE_POSTGRESQL=1`, as CI sets it:
  /// then the PostgreSQL cases run and fail, saying why, rather than disappear).
  public static var testable: [StoreBackend] {
    PostgreSQLTestServer.url == nil && !PostgreSQLTestServer.required ? [.sqlite] : [.sqlite, .postgresql]
  }
}

/// Fresh stores for tests: an SQLite file in a scratch directory, or a new database on the PostgreSQL
/// test server.
public enum TestStores {
  /// The location of a new, empty store of `backend`: `name` in `scratch`, or a new database's URL.
  public static func fresh(_ backend: StoreBackend, in scratch: ScratchDirectory, name: String) throws
    -> String
  {
    switch backend {
    case .sqlite: return scratch.missing(name)
    case .postgresql: return try PostgreSQLTestServer.createDatabase(template: nil)
    }
  }

  /// A copy of the store at `location` (its file, or its database as a template) at a new location.
  public static func copy(_ location: String, in scratch: ScratchDirectory, name: String) throws -> String {
    if location.hasPrefix("postgresql://") || location.hasPrefix("postgres://") {
      return try PostgreSQLTestServer.createDatabase(template: location)
    }
    let copy = scratch.missing(name)
    try FileManager.default.copyItem(atPath: location, toPath: copy)
    return copy
  }
}

/// The PostgreSQL server the store's tests use: `$TONGBI_TEST_POSTGRESQL` (a URL of a database the tests
/// may create databases from) when set, else a throwaway server started once per test process by
/// `scripts/postgres-test-server` and stopped when the process exits.
public enum PostgreSQLTestServer {
  /// The server's administrative URL, or `nil` when none could start (`unavailable` says why).
  public static var url: String? {
    if case .success(let url) = started { return url }
    return nil
  }

  /// Whether the tests must run on PostgreSQL (`TONGBI_REQUIRE_POSTGRESQL=1`): a server that does not
  /// start fails them instead of skipping them.
  public static var required: Bool { ProcessInfo.processInfo.environment["TONGBI_REQUIRE_POSTGRESQL"] == "1" }

  /// Whether the PostgreSQL tests run: a server is there, or it is required.
  public static var enabled: Bool { url != nil || required }

  /// Why there is no server (`nil` when there is one).
  public static var unavailable: String? {
    if case .failure(let reason) = started { return reason.message }
    return nil
  }

  /// Why the server could not start.
  struct Unavailable: Error {
    let message: String
  }

  /// The throwaway server's directory, to stop it at exit: under `/tmp` (not `$TMPDIR`, which may lie
  /// under a directory the `postgres` user cannot enter), named uniquely.
  private static let directory = "/tmp/tongbi-postgresql-\(UUID().uuidString.lowercased())"

  /// `scripts/postgres-test-server`.
  private static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
      "scripts/postgres-test-server"
    )
    .path

  private static let started: Result<String, Unavailable> = {
    if let given = ProcessInfo.processInfo.environment["TONGBI_TEST_POSTGRESQL"], !given.isEmpty {
      return .success(given)
    }
    let printed = directory + ".url"
    let complaint = directory + ".err"
    defer {
      try? FileManager.default.removeItem(atPath: printed)
      try? FileManager.default.removeItem(atPath: complaint)
    }
    let status = run("'\(script)' start '\(directory)' >'\(printed)' 2>'\(complaint)'")
    guard status == 0 else {
      let reason = ((try? String(contentsOfFile: complaint, encoding: .utf8)) ?? "")
        .trimmingCharacters(in: .whitespacesAndNewlines)
      return .failure(Unavailable(message: "the PostgreSQL test server did not start: \(reason)"))
    }
    atexit { PostgreSQLTestServer.stop() }
    let url = ((try? String(contentsOfFile: printed, encoding: .utf8)) ?? "")
      .trimmingCharacters(in: .whitespacesAndNewlines)
    return .success(url)
  }()

  /// Stops the throwaway server, if this process started one.
  private static func stop() {
    _ = run("'\(script)' stop '\(directory)' >/dev/null 2>&1")
  }

  /// Runs `command` with `/bin/sh` and waits for it (posix_spawn and waitpid: Foundation's `Process`
  /// hung in `waitUntilExit` when run while tests are being discovered); its exit status, or −1.
  private static func run(_ command: String) -> Int32 {
    var pid: pid_t = 0
    let arguments = ["/bin/sh", "-c", command]
    var pointers = arguments.map { strdup($0) } + [nil]
    defer { for pointer in pointers { free(pointer) } }
    guard posix_spawn(&pid, "/bin/sh", nil, nil, &pointers, environ) == 0 else { return -1 }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 {
      guard errno == EINTR else { return -1 }
    }
    // WIFEXITED and WEXITSTATUS: the low seven bits are the signal, the next eight the exit status.
    return status & 0x7F == 0 ? (status >> 8) & 0xFF : -1
  }

  /// Creates a new database (a copy of `template`'s database when given) and returns its URL.
  static func createDatabase(template: String?) throws -> String {
    guard let url else { throw Unavailable(message: unavailable ?? "no PostgreSQL test server") }
    let name = "tongbi_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
    let copied = template.map { " TEMPLATE " + databaseName($0) } ?? ""
    try execute("CREATE DATABASE \(name)\(copied)", at: url)
    return with(database: name, url)
  }

  /// Runs `sql` on the database `url` names.
  public static func execute(_ sql: String, at url: String) throws {
    guard let connection = PQconnectdb(url) else { throw Unavailable(message: "out of memory") }
    defer { PQfinish(connection) }
    guard PQstatus(connection) == CONNECTION_OK else {
      throw Unavailable(message: String(cString: PQerrorMessage(connection)))
    }
    let result = PQexec(connection, sql)
    defer { PQclear(result) }
    switch PQresultStatus(result) {
    case PGRES_COMMAND_OK, PGRES_TUPLES_OK: return
    default: throw Unavailable(message: "\(sql): " + String(cString: PQerrorMessage(connection)))
    }
  }

  /// The first column of the first row of `sql` on the database `url` names, as text.
  public static func value(_ sql: String, at url: String) throws -> String? {
    guard let connection = PQconnectdb(url) else { throw Unavailable(message: "out of memory") }
    defer { PQfinish(connection) }
    let result = PQexec(connection, sql)
    defer { PQclear(result) }
    guard PQresultStatus(result) == PGRES_TUPLES_OK else {
      throw Unavailable(message: "\(sql): " + String(cString: PQerrorMessage(connection)))
    }
    guard PQntuples(result) > 0, PQgetisnull(result, 0, 0) == 0 else { return nil }
    return String(cString: PQgetvalue(result, 0, 0))
  }

  /// The parts of `url` around its database name: (`postgresql://authority/`, name, `?parameters`).
  static func parts(_ url: String) -> (head: String, name: String, tail: String) {
    let scheme = url.range(of: "://")?.upperBound ?? url.startIndex
    let slash = url[scheme...].firstIndex(of: "/").map { url.index(after: $0) } ?? url.endIndex
    let query = url[slash...].firstIndex(of: "?") ?? url.endIndex
    let head = String(url[..<slash]) + (slash == url.endIndex && !url.hasSuffix("/") ? "/" : "")
    return (head, String(url[slash..<query]), String(url[query...]))
  }

  /// The database `url` names.
  public static func databaseName(_ url: String) -> String { parts(url).name }

  /// `url` naming database `name` instead.
  static func with(database name: String, _ url: String) -> String {
    let (head, _, tail) = parts(url)
    return head + name + tail
  }
}
