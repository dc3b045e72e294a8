@_spi(ByteLevel) import ByteLevel
import Foundation
import TestSupport
import Testing

@testable import TongbiKit

/// The store of vintages: the bundled township panel imported, revised, read back as of each vintage.
@Suite("The store of vintages (SQLite, and PostgreSQL when its test server runs)")
struct VintageStoreTests {
  static let township = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Datasets/township")

  /// The township panel read from `text` (its CSV, maybe edited) with its indicator file.
  static func ingest(_ text: String, name: String = "township-monthly.csv") throws -> IngestResult {
    var options = IngestOptions()
    options.catalog = IndicatorCatalog(
      declared: try IndicatorFileReader.read(path: township.appendingPathComponent("indicators.csv").path))
    var ingestor = Ingestor(options: options)
    try Array(text.utf8).withUnsafeBytes { raw in try ingestor.read(bytes: raw, name: name) }
    return ingestor.finish()
  }

  static var csv: String {
    get throws {
      try String(contentsOf: township.appendingPathComponent("township-monthly.csv"), encoding: .utf8)
    }
  }

  /// Whether two panels hold the same series, months, values (NaN where missing), decimals, regions and
  /// indicators in the same order.
  static func same(_ a: Panel, _ b: Panel) -> Bool {
    a.keys == b.keys && a.firstPeriod == b.firstPeriod && a.periodCount == b.periodCount
      && a.decimals == b.decimals
      && a.regionOrder == b.regionOrder && a.regions == b.regions && a.indicatorOrder == b.indicatorOrder
      && a.indicators == b.indicators
      && zip(a.values.storage, b.values.storage).allSatisfy { $0.bitPattern == $1.bitPattern }
  }

  @Test(
    "a panel imported reads back as it was: series, months, values, decimals, regions, indicators",
    arguments: StoreBackend.testable)
  func roundTrip(backend: StoreBackend) throws {
    let scratch = try ScratchDirectory()
    let store = try VintageStore(path: try TestStores.fresh(backend, in: scratch, name: "s.db"), create: true)
    let result = try Self.ingest(try Self.csv)
    let vintage = try store.importData(result, fileName: "township-monthly.csv", sha256: "a", at: Date())
    #expect(vintage.id == 1)
    // 924 rows, 4 of them a redacted village's (missing): 920 values.
    #expect(vintage.rowsRead == 924 && vintage.valuesAdded == 920 && vintage.valuesRevised == 0)
    #expect(vintage.periods == Period(year: 2022, month: 2)!...Period(year: 2024, month: 12)!)
    #expect(Self.same(try store.panel(), result.panel))
    #expect(Self.same(try store.panel(asOf: vintage), result.panel))
    // The view for sqlite3 users: a row per value (920), 清溪镇's 1-6月 税收收入 as the file has it
    // (township-monthly.csv: 清溪镇,,税收收入,万元,2024年1-6月,18927.2).
    #expect(try store.connection.integer("SELECT count(*) FROM readable_observations") == 920)
    let value = try store.connection.prepare(
      "SELECT value, decimals FROM readable_observations WHERE region = '清溪镇' AND indicator = 'tax' "
        + "AND form = 'cumulative' AND period = '2024-06'")
    #expect(try value.step())
    #expect(value.double(0) == 18927.2 && value.integer(1) == 1)
  }

  // The second file changes 清溪镇's 1-5月 税收收入 from 15828.7 to 15830.2 and nothing else: one value
  // revised, none added; the panel as of vintage 1 is the first file's, the latest the second's.
  @Test("a changed value is a revision; each vintage reads back as it was", arguments: StoreBackend.testable)
  func revision(backend: StoreBackend) throws {
    let scratch = try ScratchDirectory()
    let store = try VintageStore(path: try TestStores.fresh(backend, in: scratch, name: "s.db"), create: true)
    let original = try Self.csv
    let changed = original.replacingOccurrences(
      of: "清溪镇,,税收收入,万元,2024年1-5月,15828.7", with: "清溪镇,,税收收入,万元,2024年1-5月,15830.2")
    #expect(changed != original)
    let first = try Self.ingest(original)
    let second = try Self.ingest(changed, name: "revised.csv")
    let v1 = try store.importData(first, fileName: "township-monthly.csv", sha256: "a", at: Date())
    let v2 = try store.importData(second, fileName: "revised.csv", sha256: "b", at: Date())
    #expect(v2.valuesAdded == 0 && v2.valuesRevised == 1)
    let revisions = try store.revisions()
    #expect(revisions.count == 1)
    let revision = try #require(revisions.first)
    #expect(revision.region == "清溪镇" && revision.indicator == "tax" && revision.form == .cumulative)
    #expect(revision.period == Period(year: 2024, month: 5))
    #expect(revision.previous.value == 15828.7 && revision.previous.vintage == 1)
    #expect(revision.revised.value == 15830.2 && revision.revised.vintage == 2)
    #expect(try store.revisions(since: v2).isEmpty)
    #expect(Self.same(try store.panel(asOf: v1), first.panel))
    #expect(Self.same(try store.panel(), second.panel))
    let indicators = try store.panel().indicators
    #expect(
      RevisionWording.sentence(revision, indicators: indicators, language: .zh)
        == "清溪镇2024年1-5月税收收入由15828.7万元修订为15830.2万元")
    #expect(
      RevisionWording.sentence(revision, indicators: indicators, language: .en)
        == "清溪镇, January–May 2024, tax revenue: revised from 15828.7 to 15830.2 (万元)")
  }

  @Test("vintages by number, date and time; an unknown one refused", arguments: StoreBackend.testable)
  func vintageNames(backend: StoreBackend) throws {
    let scratch = try ScratchDirectory()
    let store = try VintageStore(path: try TestStores.fresh(backend, in: scratch, name: "s.db"), create: true)
    let july = Date(timeIntervalSince1970: 1_720_600_200)  // 2024-07-10T08:43:20Z
    let august = Date(timeIntervalSince1970: 1_723_278_600)  // 2024-08-10T08:30:00Z
    _ = try store.importFile(.targets, content: Array("a".utf8), fileName: "t1.csv", sha256: "1", at: july)
    _ = try store.importFile(.targets, content: Array("b".utf8), fileName: "t2.csv", sha256: "2", at: august)
    #expect(try store.vintage(named: "2").fileName == "t2.csv")
    #expect(try store.vintage(named: "2024-07-10").fileName == "t1.csv")
    #expect(try store.vintage(named: "2024-08-09").fileName == "t1.csv")
    #expect(try store.vintage(named: "2024-08-10").fileName == "t2.csv")
    #expect(try store.vintage(named: "2024-08-10T08:29:59Z").fileName == "t1.csv")
    #expect(try store.file(.targets)?.1 == Array("b".utf8))
    #expect(try store.file(.targets, asOf: try store.vintage(named: "1"))?.1 == Array("a".utf8))
    #expect(try store.vintage(sha256: "2", kind: .targets)?.id == 2)
    #expect(try store.vintage(sha256: "2", kind: .data) == nil)
    for given in ["3", "2024-07-09", "yesterday"] {
      #expect(throws: StoreError.unknownVintage(path: store.path, given: given)) {
        try store.vintage(named: given)
      }
    }
  }

  // What `tongbi import` looks up before reading a file, the store looks up again under its write lock:
  // another import may have recorded the same bytes meanwhile.
  @Test(
    "the same bytes imported again are refused under the lock, naming the earlier vintage",
    arguments: StoreBackend.testable)
  func importedBefore(backend: StoreBackend) throws {
    let scratch = try ScratchDirectory()
    let store = try VintageStore(path: try TestStores.fresh(backend, in: scratch, name: "s.db"), create: true)
    let targets = try store.importFile(.targets, content: [1], fileName: "t.csv", sha256: "t", at: Date())
    #expect(throws: StoreError.importedBefore(path: store.path, file: "again.csv", earlier: targets)) {
      try store.importFile(.targets, content: [1], fileName: "again.csv", sha256: "t", at: Date())
    }
    #expect(
      try store.importFile(.indicators, content: [1], fileName: "i.csv", sha256: "t", at: Date()).id == 2)
    let result = try Self.ingest(try Self.csv)
    let data = try store.importData(result, fileName: "a.csv", sha256: "d", at: Date())
    #expect(throws: StoreError.importedBefore(path: store.path, file: "b.csv", earlier: data)) {
      try store.importData(result, fileName: "b.csv", sha256: "d", at: Date())
    }
    #expect(try store.vintages().map(\.id) == [1, 2, 3])
  }

  /// The SHA-256 of the file at `path`.
  static func hash(_ path: String) throws -> String {
    Array(try Data(contentsOf: URL(fileURLWithPath: path))).withUnsafeBytes { SHA256.hex($0) }
  }

  @Test("a text file, another program's database, a newer store and a missing one are refused, untouched")
  func refused() throws {
    let scratch = try ScratchDirectory()
    let text = try scratch.write("notes.db", "地区,指标\n")
    let before = try Self.hash(text)
    #expect(
      throws: StoreError.unusable(
        path: text, reason: "not an SQLite database, not a Tongbi store; it is left as it is")
    ) {
      try VintageStore(path: text, create: true)
    }
    #expect(try Self.hash(text) == before)
    let foreign = scratch.missing("other.db")
    do {
      let connection = try SQLiteConnection(path: foreign, readOnly: false, create: true)
      try connection.execute("CREATE TABLE t (x); INSERT INTO t VALUES (1)")
    }
    let foreignHash = try Self.hash(foreign)
    #expect(
      throws: StoreError.unusable(
        path: foreign,
        reason: "an SQLite database of another program, not a Tongbi store; it is left as it is")
    ) {
      try VintageStore(path: foreign, create: true)
    }
    #expect(try Self.hash(foreign) == foreignHash)
    let newer = scratch.missing("newer.db")
    do {
      _ = try VintageStore(path: newer, create: true)
      let connection = try SQLiteConnection(path: newer, readOnly: false, create: false)
      try connection.execute("PRAGMA user_version = 99")
    }
    #expect(
      throws: StoreError.unusable(
        path: newer, reason: "written by a newer Tongbi (store schema 99; this one reads 1): upgrade tongbi")
    ) { try VintageStore(path: newer, create: true) }
    let missing = scratch.missing("none.db")
    #expect(throws: StoreError.self) { try VintageStore(path: missing, create: false) }
    #expect(!FileManager.default.fileExists(atPath: missing))
  }

  // A store whose pages after the first are overwritten with 0xFF bytes (a disk fault), and one cut short
  // after three pages: opening it or reading it fails as damaged (SQLite finds the cut when it opens),
  // an import into it fails, and neither file is changed by the attempts.
  @Test("a damaged store gives a clear error and is left as it is", arguments: ["overwritten", "cut short"])
  func damaged(how: String) throws {
    let scratch = try ScratchDirectory()
    let path = scratch.missing("s.db")
    do {
      let store = try VintageStore(path: path, create: true)
      _ = try store.importData(try Self.ingest(try Self.csv), fileName: "a.csv", sha256: "a", at: Date())
    }
    var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(bytes.count > 3 * 4096)
    if how == "overwritten" {
      for index in 4096..<bytes.count { bytes[index] = 0xFF }
    } else {
      bytes.removeLast(bytes.count - 3 * 4096)
    }
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let before = try Self.hash(path)
    do {
      let store = try VintageStore(path: path, create: false)
      _ = try store.panel()
      _ = try store.revisions()
      Issue.record("a damaged store read without an error")
    } catch {
      guard case .unusable(let shown, let reason) = error else {
        Issue.record("not unusable: \(error)")
        return
      }
      #expect(shown == path && reason.hasPrefix("the store is damaged ("), "\(reason)")
    }
    #expect(throws: StoreError.self) {
      try VintageStore(path: path, create: true).importFile(
        .targets, content: [1], fileName: "t.csv", sha256: "t", at: Date())
    }
    #expect(try Self.hash(path) == before)
  }

  @Test("an import while another process holds the write lock fails as locked, not damaged")
  func locked() throws {
    let scratch = try ScratchDirectory()
    let path = scratch.missing("s.db")
    _ = try VintageStore(path: path, create: true)
    let holder = try SQLiteConnection(path: path, readOnly: false, create: false)
    try holder.execute("BEGIN IMMEDIATE")
    let store = try VintageStore(path: path, create: false, busyMilliseconds: 50)
    #expect(throws: StoreError.locked(path: path)) {
      try store.importFile(.targets, content: [1], fileName: "t.csv", sha256: "x", at: Date())
    }
    try holder.execute("ROLLBACK")
    #expect(try store.importFile(.targets, content: [1], fileName: "t.csv", sha256: "x", at: Date()).id == 1)
  }

  /// The panel of a long table of one series (乙镇, 税收收入, monthly) given as (month, value text).
  static func series(_ values: [(String, String)], name: String) throws -> IngestResult {
    let text =
      "地区,指标,计量单位,期别,本月\n" + values.map { "乙镇,税收收入,万元,\($0.0),\($0.1)" }.joined(separator: "\n") + "\n"
    var ingestor = Ingestor(options: IngestOptions())
    try Array(text.utf8).withUnsafeBytes { raw in try ingestor.read(bytes: raw, name: name) }
    return ingestor.finish()
  }

  // Vintage 1: 2022 with two decimals; vintage 2: 2022 again and 2023 with one decimal but one month with
  // two, and −0.0 where vintage 1 had 0.00. No value changes: nothing revised. The series' decimals are
  // two, in the whole panel and in a slice from 2023 alike.
  @Test(
    "decimals: no revision for a wider column or −0; a slice keeps the series' decimals",
    arguments: StoreBackend.testable)
  func decimalsAndZero(backend: StoreBackend) throws {
    let scratch = try ScratchDirectory()
    let store = try VintageStore(path: try TestStores.fresh(backend, in: scratch, name: "s.db"), create: true)
    let first = try Self.series(
      [("2022-01", "1.25"), ("2022-02", "0.00"), ("2022-03", "2.5")], name: "a.csv")
    let second = try Self.series(
      [
        ("2022-01", "1.25"), ("2022-02", "-0.0"), ("2022-03", "2.5"), ("2023-01", "1.5"), ("2023-02", "1.75"),
      ],
      name: "b.csv")
    _ = try store.importData(first, fileName: "a.csv", sha256: "a", at: Date())
    let v2 = try store.importData(second, fileName: "b.csv", sha256: "b", at: Date())
    #expect(v2.valuesAdded == 2 && v2.valuesRevised == 0)
    #expect(try store.revisions().isEmpty)
    #expect(try store.panel().decimals == [2])
    let slice = try store.panel(regions: ["乙镇"], fromYear: 2023)
    #expect(slice.decimals == [2])
    #expect(slice.firstPeriod == Period(year: 2023, month: 1))
    #expect(slice.values[1, 0] == 1.75)
  }
}
