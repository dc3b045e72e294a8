import Foundation
import TestSupport
import Testing

@testable import TongbiKit

#if canImport(Glibc)
  import Glibc
#endif

/// `tongbi import`, `vintages`, `revisions` and the reading commands with `--store`, run as a user runs
/// them; an import killed with SIGKILL at several moments.
@Suite("The store of vintages: import, vintages, revisions, --store")
struct StoreCommandTests {
  static let township = "Datasets/township/"
  static let files = [township + "township-monthly.csv", "--indicators", township + "indicators.csv"]

  @Test(
    "a report from the store as of its import equals the report from the files, byte for byte",
    arguments: StoreBackend.testable)
  func reportFromStore(backend: StoreBackend) throws {
    let scratch = try ScratchDirectory()
    let store = try TestStores.fresh(backend, in: scratch, name: "office.db")
    let imported = try BuiltTongbi.run(
      ["import"] + Self.files + ["--targets", Self.township + "targets.csv", "--store", store])
    #expect(imported.status == 0, "\(imported.errorText)")
    #expect(
      imported.errorText.contains(
        "vintage 3: Datasets/township/township-monthly.csv: 2022-02–2024-12, 924 rows (924 used, 0 rejected), 920 values added, 0 revised"
      ))
    for format in ["text", "csv", "json", "html"] {
      let fromFiles = try BuiltTongbi.run(["report", "--format", format])
      let fromStore = try BuiltTongbi.run(["report", "--format", format, "--store", store, "--as-of", "3"])
      #expect(fromStore.status == 0, "\(fromStore.errorText)")
      #expect(fromStore.standardOutput == fromFiles.standardOutput, "\(format)")
    }
    // A village's report (the store's slice: the village, its parent and siblings) as from the files.
    let village = ["--region", "南湾村", "--period", "2024-07", "--lang", "en"]
    let villageFromFiles = try BuiltTongbi.run(["report"] + village)
    let villageFromStore = try BuiltTongbi.run(["report", "--store", store] + village)
    #expect(villageFromStore.status == 0, "\(villageFromStore.errorText)")
    #expect(villageFromStore.standardOutput == villageFromFiles.standardOutput)
    // With the projection, which uses the whole history.
    let projected = ["--project", "--format", "csv"]
    #expect(
      try BuiltTongbi.run(["report", "--store", store] + projected).standardOutput
        == (try BuiltTongbi.run(["report"] + projected).standardOutput))
    // $TONGBI_STORE serves for --store.
    let viaEnvironment = try BuiltTongbi.run(
      ["growth", "--format", "csv"], environment: ["TONGBI_STORE": store])
    let growth = try BuiltTongbi.run(["growth", "--format", "csv"] + Self.files)
    #expect(viaEnvironment.status == 0, "\(viaEnvironment.errorText)")
    #expect(viaEnvironment.standardOutput == growth.standardOutput)
    let ingest = try BuiltTongbi.run(["ingest", "--store", store])
    #expect(ingest.status == 0, "\(ingest.errorText)")
    #expect(ingest.outputText.hasPrefix("28 series, 7 regions, 2022-02 to 2024-12\n"))
    let again = try BuiltTongbi.run(["import", Self.township + "township-monthly.csv", "--store", store])
    #expect(again.status == 0)
    #expect(again.errorText.contains("imported before as vintage 3"))
    let vintages = try BuiltTongbi.run(["vintages", "--store", store, "--format", "csv"])
    let lines = vintages.outputText.split(separator: "\n")
    #expect(lines.count == 4)
    #expect(
      lines[0]
        == "vintage,kind,file,imported_at,first_period,last_period,rows_read,rows_used,rows_rejected,values_added,values_revised,sha256"
    )
    #expect(lines[3].hasPrefix("3,data,Datasets/township/township-monthly.csv,"))
  }

  @Test(
    "revisions listed and worded; the report as of the earlier vintage unchanged by them",
    arguments: StoreBackend.testable)
  func revisions(backend: StoreBackend) throws {
    let scratch = try ScratchDirectory()
    let store = try TestStores.fresh(backend, in: scratch, name: "office.db")
    let original = try String(
      contentsOfFile: BuiltTongbi.packageRoot + "/" + Self.township + "township-monthly.csv", encoding: .utf8)
    let revised = try scratch.write(
      "revised.csv",
      original.replacingOccurrences(
        of: "清溪镇,,税收收入,万元,2024年1-5月,15828.7", with: "清溪镇,,税收收入,万元,2024年1-5月,15830.2"))
    #expect(try BuiltTongbi.run(["import"] + Self.files + ["--store", store]).status == 0)
    let second = try BuiltTongbi.run(["import", revised, "--store", store])
    #expect(second.errorText.contains("0 values added, 1 revised"), "\(second.errorText)")
    let listed = try BuiltTongbi.run(["revisions", "--store", store, "--format", "csv"])
    #expect(
      listed.outputText
        == "region,indicator,form,period,previous,previous_vintage,revised,revised_vintage,wording\n"
        + "清溪镇,tax,cumulative,2024-05,15828.7,2,15830.2,3,清溪镇2024年1-5月税收收入由15828.7万元修订为15830.2万元\n")
    #expect(
      try BuiltTongbi.run(["revisions", "--store", store, "--since", "3"]).outputText.split(separator: "\n")
        .count == 2)
    let before = try BuiltTongbi.run(["report", "--store", store, "--as-of", "2", "--format", "csv"])
    let files = try BuiltTongbi.run(["report", "--format", "csv"] + Self.files)
    #expect(before.standardOutput == files.standardOutput)
    let json = try BuiltTongbi.run(["revisions", "--store", store, "--format", "json", "--lang", "en"])
    #expect(json.outputText.contains("\"previous\":15828.7,\"previous_vintage\":2"))
    #expect(
      json.outputText.contains("清溪镇, January–May 2024, tax revenue: revised from 15828.7 to 15830.2 (万元)"))
  }

  // The export as of vintage 2 (the indicator file is vintage 1), read again with the indicator file,
  // gives the growth table the store gives; the first data line is 清溪镇's 1-2月 2022 税收收入 (the
  // file's first row: 清溪镇,,税收收入,万元,2022年1-2月,5477.4).
  @Test(
    "export: the long table of a vintage, read again, is the store's panel", arguments: StoreBackend.testable)
  func export(backend: StoreBackend) throws {
    let scratch = try ScratchDirectory()
    let store = try TestStores.fresh(backend, in: scratch, name: "office.db")
    #expect(try BuiltTongbi.run(["import"] + Self.files + ["--store", store]).status == 0)
    let path = scratch.missing("export.csv")
    let exported = try BuiltTongbi.run(["export", "--store", store, "--as-of", "2", "--output", path])
    #expect(exported.status == 0, "\(exported.errorText)")
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    // The township publishes cumulative values only: no 本月 column.
    #expect(lines.first == "地区,上级地区,指标,计量单位,期别,本月止累计")
    #expect(lines.dropFirst().first == "清溪镇,,税收收入,万元,2022-02,5477.4")
    #expect(lines.count == 1 + 920)
    let again = try BuiltTongbi.run(
      ["growth", path, "--indicators", Self.township + "indicators.csv", "--format", "csv"])
    let fromStore = try BuiltTongbi.run(["growth", "--store", store, "--format", "csv"])
    #expect(again.status == 0, "\(again.errorText)")
    #expect(again.standardOutput == fromStore.standardOutput)
  }

  @Test("usage: --as-of without a store, a missing store, a text file as the store")
  func usage() throws {
    let scratch = try ScratchDirectory()
    let asOf = try BuiltTongbi.run(["growth", Self.township + "township-monthly.csv", "--as-of", "1"])
    #expect(asOf.status == 64)
    #expect(asOf.errorText.contains("--as-of reads the store as of a vintage"))
    let missing = try BuiltTongbi.run(["vintages", "--store", scratch.missing("none.db")])
    #expect(missing.status == 1)
    #expect(missing.errorText.contains("none.db: no store here: import a file first"))
    // An output naming the store is refused before anything is written; so is a bad indicator file,
    // before it is recorded.
    let store = scratch.missing("office.db")
    #expect(try BuiltTongbi.run(["import"] + Self.files + ["--store", store]).status == 0)
    let vintagesBefore = try BuiltTongbi.run(["vintages", "--store", store, "--format", "csv"]).outputText
    for command in [["export"], ["vintages"], ["revisions"], ["report", "--format", "csv"], ["growth"]] {
      let overwrite = try BuiltTongbi.run(command + ["--store", store, "--output", store])
      #expect(overwrite.status != 0, "\(command)")
    }
    let broken = try scratch.write("indicators.csv", "foo,bar\n1,2\n")
    let refusedImport = try BuiltTongbi.run(
      ["import", Self.township + "township-monthly.csv", "--indicators", broken, "--store", store])
    #expect(refusedImport.status == 1)
    #expect(
      try BuiltTongbi.run(["vintages", "--store", store, "--format", "csv"]).outputText == vintagesBefore)
    let text = try scratch.write("notes.db", "hello\n")
    let refused = try BuiltTongbi.run(["import", Self.township + "targets.csv", "--store", text])
    #expect(refused.status == 1)
    #expect(
      refused.errorText.contains("notes.db: not an SQLite database, not a Tongbi store; it is left as it is"))
    #expect(try String(contentsOfFile: text, encoding: .utf8) == "hello\n")
  }

  /// The store's vintages and its latest growth table, as `tongbi` reads them.
  static func state(_ store: String) throws -> String {
    let vintages = try BuiltTongbi.run(["vintages", "--store", store, "--format", "csv"])
    let growth = try BuiltTongbi.run(["growth", "--store", store, "--format", "csv"])
    let lines = vintages.outputText.split(separator: "\n").map { line in
      // Without the import time, which differs between runs.
      line.split(separator: ",", omittingEmptySubsequences: false).enumerated().filter { $0.offset != 3 }
        .map(\.element).joined(separator: ",")
    }
    return lines.joined(separator: "\n") + "\n" + growth.outputText
  }

  /// A synthetic panel of `regions` regions × 4 indicators × 120 months (600: 288,000 values, about a
  /// second to import) written to `name` in `scratch`, from `seed`.
  static func synthetic(_ scratch: ScratchDirectory, name: String, seed: Int, regions: Int = 600) throws
    -> String
  {
    let path = scratch.missing(name)
    let synth = [
      "synth", "--regions", "\(regions)", "--indicators", "4", "--months", "120", "--seed", "\(seed)",
      "--output",
      path,
    ]
    #expect(try BuiltTongbi.run(synth).status == 0)
    return path
  }

  /// The kill test's cases: SQLite into a store with data (the import writes through the write-ahead
  /// log) or with a targets file only (the first data import, in rollback-journal mode); PostgreSQL
  /// into a store with data.
  static let killCases: [(StoreBackend, Bool)] =
    [(.sqlite, true), (.sqlite, false)]
    + (StoreBackend.testable.contains(.postgresql) ? [(.postgresql, true)] : [])

  // A store holding the township panel, or only a targets file; the synthetic panel imported and killed
  // (SIGKILL) at once, after 0.1 s, when it first writes (it holds the store's write lock, or SQLite's
  // log holds bytes) and later (SQLite: the log passes 2 MB; PostgreSQL: a COPY of values is under way). Each time the store opens and holds exactly what it held before or
  // the whole import; at least one kill lands inside the transaction (written to, the import not there).
  @Test(
    "an import killed with SIGKILL at any moment leaves the store as before it, or with all of it",
    arguments: killCases)
  func killedImport(backend: StoreBackend, intoData: Bool) throws {
    let scratch = try ScratchDirectory()
    let base = try TestStores.fresh(backend, in: scratch, name: "base.db")
    let seed = intoData ? Self.files : ["--targets", Self.township + "targets.csv"]
    #expect(try BuiltTongbi.run(["import"] + seed + ["--store", base]).status == 0)
    let big = try Self.synthetic(scratch, name: "big.csv", seed: 3)
    let before = try Self.state(base)
    let complete = try TestStores.copy(base, in: scratch, name: "complete.db")
    #expect(try BuiltTongbi.run(["import", big, "--store", complete]).status == 0)
    let after = try Self.state(complete)
    #expect(after != before)
    var insideTransaction = 0
    // The last moment: SQLite's log past 2 MB; a COPY of values under way on PostgreSQL.
    let late = KillMoment.writing(backend == .sqlite ? 2 << 20 : 1)
    for (index, moment) in [KillMoment.atOnce, .after(0.1), .writing(0), late].enumerated() {
      let store = try TestStores.copy(base, in: scratch, name: "killed\(index).db")
      let process = try Self.start(["import", big, "--store", store])
      let written = moment.wait(store: store, process: process)
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      let state = try Self.state(store)
      #expect(state == before || state == after, "killed \(moment)")
      if written && state == before { insideTransaction += 1 }
      // Whatever the journal mode at the kill, an SQLite store is back in WAL mode (header bytes 18 and
      // 19 are 2 in WAL mode, 1 in rollback-journal mode).
      if backend == .sqlite {
        let header = try #require(FileHandle(forReadingAtPath: store)?.readData(ofLength: 20))
        #expect(Array(header.suffix(2)) == [2, 2], "killed \(moment)")
      }
    }
    #expect(insideTransaction >= 1, "no kill landed inside the import's transaction")
  }

  /// `tongbi arguments…` started, its output and errors discarded.
  static func start(_ arguments: [String]) throws -> Process {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: BuiltTongbi.binary)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: BuiltTongbi.packageRoot)
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  // Two imports started together into a store holding the township panel: two synthetic panels of the
  // same series, every value different. Whichever takes the lock first adds its 288,000 values; the
  // other then revises every one it changes, and the store reads as the second file. Without the lock
  // both would read the store before the other wrote (PostgreSQL: both would add the same series).
  @Test("two imports at once serialize: the second revises the first", arguments: StoreBackend.testable)
  func concurrentImports(backend: StoreBackend) throws {
    let scratch = try ScratchDirectory()
    let store = try TestStores.fresh(backend, in: scratch, name: "office.db")
    #expect(try BuiltTongbi.run(["import"] + Self.files + ["--store", store]).status == 0)
    let first = try Self.synthetic(scratch, name: "a.csv", seed: 3)
    let second = try Self.synthetic(scratch, name: "b.csv", seed: 4)
    let processes = try [first, second].map { try Self.start(["import", $0, "--store", store]) }
    for process in processes { process.waitUntilExit() }
    #expect(processes.map(\.terminationStatus) == [0, 0])
    let vintages = try BuiltTongbi.run(["vintages", "--store", store, "--format", "csv"]).outputText
      .split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
    #expect(vintages.count == 5)
    guard vintages.count == 5 else { return }
    // Columns: vintage, kind, file, …, values_added (9), values_revised (10).
    let (earlier, later) = (vintages[3], vintages[4])
    #expect(earlier[9] == "288000" && earlier[10] == "0")
    #expect(later[9] == "0" && Int(later[10]).map { $0 > 200_000 } == true, "\(later)")
    let lastFile = String(later[2])
    let fromStore = try BuiltTongbi.run(["growth", "--store", store, "--format", "csv", "--region", "R00001"])
    let fromFile = try BuiltTongbi.run(
      [
        "growth", lastFile, "--indicators", Self.township + "indicators.csv", "--format", "csv", "--region",
        "R00001",
      ])
    #expect(fromStore.status == 0 && fromStore.standardOutput == fromFile.standardOutput)
  }

  // A store holding the township panel; while the synthetic panel is being imported (it is writing), the
  // store is read again and again: each read finishes without waiting for the import and shows the
  // store as before it until the import commits, then as after (never in between, never back).
  @Test(
    "readers during an import see the previous vintage, then the new one", arguments: StoreBackend.testable)
  func readersDuringImport(backend: StoreBackend) throws {
    let scratch = try ScratchDirectory()
    let store = try TestStores.fresh(backend, in: scratch, name: "office.db")
    #expect(try BuiltTongbi.run(["import"] + Self.files + ["--store", store]).status == 0)
    // 1,500 regions (720,000 values): the import writes for a while longer than a read takes.
    let big = try Self.synthetic(scratch, name: "big.csv", seed: 3, regions: 1500)
    let before = try BuiltTongbi.run(["vintages", "--store", store, "--format", "csv"]).outputText
    let process = try Self.start(["import", big, "--store", store])
    #expect(KillMoment.writing(0).wait(store: store, process: process))
    var seen: [String] = []
    // The import is held stopped while it writes, so that reads certainly happen meanwhile however loaded
    // the machine is (unheld, it once finished before any read did); then it goes on while reads continue.
    kill(process.processIdentifier, SIGSTOP)
    do {
      // Let the import go on even if a read throws, so it never stays stopped holding the store's lock.
      defer { kill(process.processIdentifier, SIGCONT) }
      for _ in 0..<3 {
        let read = try BuiltTongbi.run(["vintages", "--store", store, "--format", "csv"])
        #expect(read.status == 0, "\(read.errorText)")
        #expect(read.outputText == before, "a read during the import saw \(read.outputText)")
        seen.append(read.outputText)
      }
    }
    repeat {
      let read = try BuiltTongbi.run(["vintages", "--store", store, "--format", "csv"])
      #expect(read.status == 0, "\(read.errorText)")
      seen.append(read.outputText)
    } while process.isRunning
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let after = try BuiltTongbi.run(["vintages", "--store", store, "--format", "csv"]).outputText
    #expect(after != before)
    #expect(seen.allSatisfy { $0 == before || $0 == after })
    let firstAfter = seen.firstIndex(of: after) ?? seen.count
    #expect(!seen[firstAfter...].contains(before), "read the previous vintage after the new one")
  }

  /// When to kill an import.
  enum KillMoment: CustomStringConvertible {
    case atOnce
    case after(Double)
    case writing(Int)

    var description: String {
      switch self {
      case .atOnce: "at once"
      case .after(let seconds): "after \(seconds) s"
      case .writing(let bytes): "having written more than \(bytes) bytes"
      }
    }

    /// Waits for the moment; returns whether the import had begun writing by then: in SQLite, its log
    /// (the write-ahead log, or the rollback journal) holds more than the bytes; in PostgreSQL, it holds
    /// the store's lock (for 0 bytes) or its COPY of values has sent more than the bytes.
    func wait(store: String, process: Process) -> Bool {
      switch self {
      case .atOnce: return false
      case .after(let seconds):
        Thread.sleep(forTimeInterval: seconds)
        return false
      case .writing(let bytes):
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline {
          if Self.written(store) > bytes { return true }
          Thread.sleep(forTimeInterval: 0.002)
        }
        return false
      }
    }

    /// How much an import into `store` has written: in SQLite the size of the store's log, or 1 while
    /// the import holds the write lock with nothing in its log yet (its pages stay in its cache until
    /// the commit); on PostgreSQL 2 + the bytes of a COPY of values under way, or 1 while it holds the
    /// store's lock outside a COPY; else −1.
    static func written(_ store: String) -> Int {
      guard store.hasPrefix("postgresql://") else {
        let log =
          [store + "-wal", store + "-journal"].map { log in
            (try? FileManager.default.attributesOfItem(atPath: log)[.size] as? Int) ?? 0
          }.max() ?? 0
        return log > 0 ? log : (writeLocked(store) ? 1 : -1)
      }
      let name = PostgreSQLTestServer.databaseName(store)
      let copied = try? PostgreSQLTestServer.value(
        "SELECT bytes_processed FROM pg_stat_progress_copy WHERE datname = '\(name)'", at: store)
      if let copied, let bytes = Int(copied) { return 2 + bytes }
      let locked = try? PostgreSQLTestServer.value(
        "SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database "
          + "WHERE l.locktype = 'advisory' AND l.granted AND d.datname = '\(name)'", at: store)
      return locked.flatMap { Int($0) }.map { $0 > 0 ? 1 : -1 } ?? -1
    }

    /// Whether another connection holds the SQLite store's write lock (a write transaction cannot begin
    /// at once).
    static func writeLocked(_ store: String) -> Bool {
      guard
        let probe = try? SQLiteConnection(path: store, readOnly: false, create: false, busyMilliseconds: 0)
      else { return false }
      do {
        try probe.execute("BEGIN IMMEDIATE")
        try probe.execute("ROLLBACK")
        return false
      } catch {
        return error == .locked(path: store)
      }
    }
  }
}
