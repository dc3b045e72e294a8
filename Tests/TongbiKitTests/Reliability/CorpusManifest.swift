import Foundation
import Testing

@testable import TongbiKit

/// The expected outcome of ingesting one file of a corpus, as its `EXPECTED.tsv` states it.
///
/// `EXPECTED.tsv` has one fact per line, `file<TAB>kind<TAB>text`, where `FILE` in a text stands for the
/// path the file was read from. Kinds: `exit` (0 or 1, the status of `tongbi ingest`), `error` (the
/// message of a file that cannot be ingested), `counts` (rows read, used, rejected; cells read, used,
/// missing, rejected), `reject` and `notice` (each one, in order), `regions` (the panel's regions, in
/// order, separated by `|`), `parent` (`region|parent`, the region's parent after ingest), `unit`
/// (`indicator|unit`), `periods` (`first|last`, the panel's span) and `value`
/// (`region|indicator|monthly or cumulative|YYYY-MM|value`).
struct CorpusExpectation: Sendable {
  var exit = -1
  var error: String?
  var counts: [Int]?
  var rejects: [String] = []
  var notices: [String] = []
  var regions: [String]?
  var parents: [[String]] = []
  var units: [[String]] = []
  var periods: [String]?
  var values: [[String]] = []
}

/// A corpus folder and its manifest.
struct CorpusManifest: Sendable {
  /// `Tests/TongbiKitTests/Fixtures/bad`: CSV files broken in every way users break them.
  static let badFiles = CorpusManifest(folder: packageRoot + "/Tests/TongbiKitTests/Fixtures/bad")
  /// `Tests/TongbiKitTests/Fixtures/Offices`: workbooks as offices make them.
  static let offices = CorpusManifest(folder: packageRoot + "/Tests/TongbiKitTests/Fixtures/Offices")

  let folder: String
  /// Expectations by file name; empty (and every test fails) when the manifest cannot be read.
  let expectations: [String: CorpusExpectation]

  init(folder: String) {
    self.folder = folder
    var table: [String: CorpusExpectation] = [:]
    let text = (try? String(contentsOfFile: folder + "/EXPECTED.tsv", encoding: .utf8)) ?? ""
    for line in text.split(separator: "\n", omittingEmptySubsequences: true) where !line.hasPrefix("#") {
      let parts = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
      guard parts.count == 3 else { continue }
      var expectation = table[parts[0]] ?? CorpusExpectation()
      let text = parts[2]
      let fields = text.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
      switch parts[1] {
      case "exit": expectation.exit = Int(text) ?? -1
      case "error": expectation.error = text
      case "counts": expectation.counts = text.split(separator: " ").compactMap { Int($0) }
      case "reject": expectation.rejects.append(text)
      case "notice": expectation.notices.append(text)
      case "regions": expectation.regions = fields
      case "parent": expectation.parents.append(fields)
      case "unit": expectation.units.append(fields)
      case "periods": expectation.periods = fields
      case "value": expectation.values.append(fields)
      default: continue
      }
      table[parts[0]] = expectation
    }
    expectations = table
  }

  /// File names of the manifest, sorted.
  var names: [String] { expectations.keys.sorted() }

  /// `text` with `FILE` replaced by `path`.
  static func resolve(_ text: String, path: String) -> String {
    text.replacingOccurrences(of: "FILE", with: path)
  }

  /// Checks that the folder holds at least `minimum` corpus files (those `isCorpusFile` accepts), that
  /// the manifest lists exactly them, and that each has an exit status and either an error or counts.
  func checkCoverage(minimum: Int, isCorpusFile: (String) -> Bool) throws {
    let present = try FileManager.default.contentsOfDirectory(atPath: folder).filter(isCorpusFile).sorted()
    #expect(present.count >= minimum)
    #expect(names == present)
    for name in names {
      let expectation = try #require(expectations[name])
      #expect([0, 1].contains(expectation.exit), "\(name): no exit status in EXPECTED.tsv")
      #expect(
        (expectation.error != nil) != (expectation.counts != nil), "\(name): exactly one of error and counts")
    }
  }

  /// Ingests corpus file `name` and checks every fact its manifest states, and that every row and
  /// cell is accounted for.
  func check(_ name: String) throws {
    let expectation = try #require(expectations[name])
    let path = folder + "/" + name
    var ingestor = Ingestor(options: IngestOptions())
    do {
      try ingestor.read(path: path)
    } catch {
      #expect(error.description == expectation.error.map { Self.resolve($0, path: path) })
      #expect(expectation.exit == 1)
      return
    }
    #expect(expectation.error == nil, "\(name) was ingested but should fail")
    let result = ingestor.finish()
    let summary = result.summary
    #expect(summary.counts == expectation.counts)
    #expect(summary.rejectLines == expectation.rejects.map { Self.resolve($0, path: path) })
    #expect(summary.noticeLines == expectation.notices.map { Self.resolve($0, path: path) })
    #expect(summary.rowsRead == summary.rowsUsed + summary.rowsRejected)
    #expect(summary.cellsRead == summary.cellsUsed + summary.cellsMissing + summary.cellsRejected)
    #expect(expectation.exit == (summary.cellsUsed + summary.cellsMissing == 0 ? 1 : 0))
    if let regions = expectation.regions {
      #expect(result.panel.regionOrder == regions)
    }
    for parent in expectation.parents {
      try #require(parent.count == 2, "parent line \(parent)")
      #expect(result.panel.regions[parent[0]]?.parent == parent[1], "\(parent)")
    }
    for unit in expectation.units {
      try #require(unit.count == 2, "unit line \(unit)")
      #expect(result.panel.indicators[unit[0]]?.unit.symbol == unit[1], "\(unit)")
    }
    if let periods = expectation.periods {
      #expect([result.panel.firstPeriod.description, result.panel.lastPeriod?.description ?? ""] == periods)
    }
    for value in expectation.values {
      try #require(value.count == 5, "value line \(value)")
      let form: ValueForm = value[2] == "cumulative" ? .cumulative : .monthly
      let period = try #require(Period(parsing: value[3]))
      let stored = result.panel.value(SeriesKey(region: value[0], indicator: value[1], form: form), period)
      #expect(stored == Double(value[4]), "\(name): \(value)")
    }
  }
}
