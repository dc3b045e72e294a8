import Foundation

/// The expected outcome of ingesting one file of the bad-file corpus, as `EXPECTED.tsv` states it.
///
/// `EXPECTED.tsv` has one fact per line, `file<TAB>kind<TAB>text`, where `FILE` in a text stands for the
/// path the file was read from. Kinds: `exit` (0 or 1, the status of `tongbi ingest`), `error` (the
/// message of a file that cannot be ingested), `counts` (rows read, used, rejected; cells read, used,
/// missing, rejected), `reject` and `notice` (each one, in order), `regions` (the panel's regions, in
/// order, separated by `|`), `parent` (`region|parent`, the region's parent after ingest) and `value`
/// (`region|indicator|monthly or cumulative|YYYY-MM|value`).
struct BadFileExpectation: Sendable {
  var exit = -1
  var error: String?
  var counts: [Int]?
  var rejects: [String] = []
  var notices: [String] = []
  var regions: [String]?
  var parents: [[String]] = []
  var values: [[String]] = []
}

/// The corpus folder and its manifest.
enum BadFileManifest {
  /// `Tests/TongbiKitTests/Fixtures/bad` in the package.
  static let folder = packageRoot + "/Tests/TongbiKitTests/Fixtures/bad"

  /// Expectations by file name; empty (and every test fails) when the manifest cannot be read.
  static let expectations: [String: BadFileExpectation] = {
    guard let text = try? String(contentsOfFile: folder + "/EXPECTED.tsv", encoding: .utf8) else {
      return [:]
    }
    var table: [String: BadFileExpectation] = [:]
    for line in text.split(separator: "\n", omittingEmptySubsequences: true) where !line.hasPrefix("#") {
      let parts = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
      guard parts.count == 3 else { continue }
      var expectation = table[parts[0]] ?? BadFileExpectation()
      let text = parts[2]
      switch parts[1] {
      case "exit": expectation.exit = Int(text) ?? -1
      case "error": expectation.error = text
      case "counts": expectation.counts = text.split(separator: " ").compactMap { Int($0) }
      case "reject": expectation.rejects.append(text)
      case "notice": expectation.notices.append(text)
      case "regions": expectation.regions = text.split(separator: "|").map(String.init)
      case "parent": expectation.parents.append(text.split(separator: "|").map(String.init))
      case "value": expectation.values.append(text.split(separator: "|").map(String.init))
      default: continue
      }
      table[parts[0]] = expectation
    }
    return table
  }()

  /// File names of the manifest, sorted.
  static var names: [String] { expectations.keys.sorted() }

  /// `text` with `FILE` replaced by `path`.
  static func resolve(_ text: String, path: String) -> String {
    text.replacingOccurrences(of: "FILE", with: path)
  }
}
