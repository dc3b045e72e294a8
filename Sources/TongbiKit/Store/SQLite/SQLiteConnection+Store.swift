import Foundation

extension SQLiteConnection {
  /// Opens the SQLite file of a store at `path`, creating it when `create`; refuses, before SQLite
  /// touches it, a missing file (when not creating) and a file that is not an SQLite database.
  static func openStore(path: String, create: Bool, busyMilliseconds: Int32) throws(StoreError)
    -> SQLiteConnection
  {
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
    return try SQLiteConnection(
      path: path, readOnly: false, create: create, busyMilliseconds: busyMilliseconds)
  }

  /// WAL mode (a first import writes in rollback-journal mode, and one killed leaves the store in it)
  /// and full synchronous writes. Foreign keys stay unenforced: REFERENCES in the schema document the
  /// links; enforcing them would look up two parents for each row written, and every row is written by
  /// this code, which links them itself.
  func ready() throws(StoreError) {
    let mode = try statement("PRAGMA journal_mode")
    let current = try mode.step() ? mode.text(0)?.lowercased() : nil
    mode.reset()
    if current != "wal" { try execute("PRAGMA journal_mode = WAL") }
    try execute("PRAGMA synchronous = FULL")
  }
}
