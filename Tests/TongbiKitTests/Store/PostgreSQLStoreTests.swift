import Foundation
import TestSupport
import Testing

@testable import TongbiKit

/// What only a store on PostgreSQL does: its schema `tongbi` beside other programs' tables, refusals,
/// the advisory lock, URLs shown without their passwords.
@Suite(
  "The store of vintages on PostgreSQL",
  .enabled(
    if: PostgreSQLTestServer.enabled, Comment(rawValue: PostgreSQLTestServer.unavailable ?? "")))
struct PostgreSQLStoreTests {
  @Test("a store lives in the schema tongbi beside other tables, which it leaves alone")
  func besideOthers() throws {
    let url = try TestStores.fresh(.postgresql, in: try ScratchDirectory(), name: "")
    try PostgreSQLTestServer.execute(
      "CREATE TABLE public.ledger (x integer); INSERT INTO public.ledger VALUES (7)", at: url)
    let store = try VintageStore(path: url, create: true)
    _ = try store.importFile(.targets, content: [1, 2], fileName: "t.csv", sha256: "x", at: Date())
    #expect(try PostgreSQLTestServer.value("SELECT count(*) FROM tongbi.vintages", at: url) == "1")
    #expect(try PostgreSQLTestServer.value("SELECT x FROM public.ledger", at: url) == "7")
    #expect(
      try PostgreSQLTestServer.value(
        "SELECT application || ',' || version FROM tongbi.store_identity", at: url)
        == "\(0x5442_5354),1")
  }

  @Test("an empty database without create, a foreign schema tongbi and a newer store are refused, untouched")
  func refused() throws {
    let scratch = try ScratchDirectory()
    let empty = try TestStores.fresh(.postgresql, in: scratch, name: "")
    #expect(
      throws: StoreError.unusable(
        path: PostgreSQLConnection.redacted(empty),
        reason:
          "no store here: import a file first (tongbi import FILE --store \(PostgreSQLConnection.redacted(empty)))"
      )
    ) { try VintageStore(path: empty, create: false) }
    #expect(
      try PostgreSQLTestServer.value("SELECT count(*) FROM pg_namespace WHERE nspname = 'tongbi'", at: empty)
        == "0")
    let foreign = try TestStores.fresh(.postgresql, in: scratch, name: "")
    try PostgreSQLTestServer.execute(
      "CREATE SCHEMA tongbi; CREATE TABLE tongbi.vintages (x integer)", at: foreign)
    #expect(
      throws: StoreError.unusable(
        path: PostgreSQLConnection.redacted(foreign),
        reason: "a schema tongbi of another program, not a Tongbi store; it is left as it is")
    ) { try VintageStore(path: foreign, create: true) }
    #expect(
      try PostgreSQLTestServer.value(
        "SELECT count(*) FROM pg_tables WHERE schemaname = 'tongbi'", at: foreign) == "1")
    let newer = try TestStores.fresh(.postgresql, in: scratch, name: "")
    _ = try VintageStore(path: newer, create: true)
    try PostgreSQLTestServer.execute("UPDATE tongbi.store_identity SET version = 99", at: newer)
    #expect(
      throws: StoreError.unusable(
        path: PostgreSQLConnection.redacted(newer),
        reason: "written by a newer Tongbi (store schema 99; this one reads 1): upgrade tongbi")
    ) { try VintageStore(path: newer, create: true) }
  }

  @Test("an import while another session holds the store's lock fails as locked, then succeeds")
  func locked() throws {
    let url = try TestStores.fresh(.postgresql, in: try ScratchDirectory(), name: "")
    _ = try VintageStore(path: url, create: true)
    let holder = try PostgreSQLConnection(url: url, busyMilliseconds: 1000)
    try holder.execute("BEGIN; SELECT pg_advisory_xact_lock(\(StoreSchema.applicationID))")
    let store = try VintageStore(path: url, create: false, busyMilliseconds: 50)
    #expect(throws: StoreError.locked(path: PostgreSQLConnection.redacted(url))) {
      try store.importFile(.targets, content: [1], fileName: "t.csv", sha256: "x", at: Date())
    }
    try holder.execute("ROLLBACK")
    #expect(try store.importFile(.targets, content: [1], fileName: "t.csv", sha256: "x", at: Date()).id == 1)
  }
}

/// PostgreSQL URLs as messages show them, and a server that cannot be reached (no server needed).
@Suite("PostgreSQL URLs in messages")
struct PostgreSQLURLTests {
  @Test(
    "passwords are never shown",
    arguments: [
      ("postgresql://tongbi:secret@db.example/office", "postgresql://tongbi@db.example/office"),
      (
        "postgres://tongbi:s%40cret@db.example:5433/office?sslmode=require",
        "postgres://tongbi@db.example:5433/office"
      ),
      ("postgresql:///office?host=/run/pg&password=secret&user=x", "postgresql://x@/office?host=/run/pg"),
      // libpq reads the user information up to the last @ (an unencoded ? in a password) and decodes
      // parameter names (pass%77ord is password).
      ("postgresql://u:pa?ss@db.example/office", "postgresql://u@db.example/office"),
      ("postgresql://db.example/office?pass%77ord=secret", "postgresql://db.example/office"),
      ("postgresql://db.example/office", "postgresql://db.example/office"),
      ("postgresql://db.example/office?nonsense=1", "postgresql://… (an unreadable URL)"),
    ])
  func redacted(url: String, shown: String) {
    #expect(PostgreSQLConnection.redacted(url) == shown)
  }

  @Test("a server that cannot be reached is refused with libpq's reason, the password not shown")
  func unreachable() throws {
    let url = "postgresql://tongbi:secret@/office?host=/nonexistent-socket-directory"
    do {
      _ = try VintageStore(path: url, create: true)
      Issue.record("a store opened without a server")
    } catch {
      guard case .unusable(let path, let reason) = error else {
        Issue.record("not unusable: \(error)")
        return
      }
      #expect(path == "postgresql://tongbi@/office?host=/nonexistent-socket-directory")
      #expect(reason.hasPrefix("cannot connect to the server: "))
      #expect(reason.contains("/nonexistent-socket-directory"))
      #expect(!error.description.contains("secret"))
    }
  }

  @Test("? parameters numbered as PostgreSQL writes them")
  func numbering() {
    let numbered = PostgreSQLConnection.numberingParameters("SELECT a FROM t WHERE b = ? AND c <= ?")
    #expect(numbered.sql == "SELECT a FROM t WHERE b = $1 AND c <= $2" && numbered.count == 2)
  }
}
