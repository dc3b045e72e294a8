import Foundation
import Testing

/// A synthetic long panel from `tongbi synth`: 7 counties of 10 regions, 4 indicators, 36 months, 5% of
/// the value cells blank or redacted.
private let panel: SyntheticPanel? = {
  let arguments = [
    "synth", "--regions", "70", "--indicators", "4", "--months", "36", "--seed", "11", "--missing", "0.05",
  ]
  guard let run = try? BuiltTongbi.run(arguments), run.status == 0 else { return nil }
  return SyntheticPanel(csv: run.outputText)
}()

/// Part counts the input is split into.
private let partCounts = [1, 2, 7]

@Suite("Sharding: split the input by region, run each part from standard input, concatenate")
struct ShardingInvarianceTests {
  @Test("growth CSV: per-series rows are the same for any split by region", arguments: partCounts)
  func growthPerSeries(parts: Int) throws {
    try expectRowsInvariant(["growth", "--format", "csv"], split: .byRegion, parts: parts)
  }

  @Test(
    "growth CSV with ranks and gaps to the parent: the same when each county stays in one part",
    arguments: partCounts)
  func growthRanked(parts: Int) throws {
    try expectRowsInvariant(
      ["growth", "--format", "csv", "--rank-by", "growth"], split: .byParent, parts: parts)
  }

  @Test(
    "forecast CSV (batched trend regression): per-series rows are the same",
    arguments: partCounts)
  func forecast(parts: Int) throws {
    try expectRowsInvariant(
      ["forecast", "--method", "trend", "--horizon", "6", "--format", "csv"], split: .byRegion, parts: parts)
  }

  @Test("project CSV: per-series rows are the same", arguments: partCounts)
  func project(parts: Int) throws {
    try expectRowsInvariant(
      ["project", "--period", "2017-06", "--format", "csv"], split: .byRegion, parts: parts)
  }

  @Test(
    "backtest CSV: per-series rows are the same (the all-series summary rows are not)", arguments: partCounts)
  func backtest(parts: Int) throws {
    try expectRowsInvariant(
      ["backtest", "--method", "snaive,naive", "--horizon", "3", "--origins", "2", "--format", "csv"],
      split: .byRegion, parts: parts, keepRow: { !$0.hasPrefix(",,") })
  }

  @Test(
    "ingest JSON: row, cell, series and region counts of the parts add up to the whole", arguments: partCounts
  )
  func ingestCounts(parts: Int) throws {
    let panel = try #require(panel)
    let keys = [
      "rows_read", "rows_used", "rows_rejected", "cells_read", "cells_used", "cells_missing",
      "cells_rejected",
      "series", "regions",
    ]
    let whole = try counts(of: try run(["ingest", "--format", "json"], panel.whole), keys: keys)
    #expect(whole[0] == panel.rows.count)
    #expect(whole[7] == Set(panel.rows.map { "\($0.region),\($0.fields[2])" }).count)
    #expect(whole[8] == panel.regions.count)
    var summed = Array(repeating: 0, count: keys.count)
    for part in panel.split(.byParent, into: parts) {
      let partCounts = try counts(of: try run(["ingest", "--format", "json"], part), keys: keys)
      summed = zip(summed, partCounts).map { $0 + $1 }
    }
    #expect(summed == whole)
  }

  @Test("report text of one region: the same from the part holding its county", arguments: partCounts)
  func report(parts: Int) throws {
    let panel = try #require(panel)
    let arguments = ["report", "--region", "R00013", "--period", "2017-06"]
    let whole = try run(arguments, panel.whole)
    let holding = try #require(panel.split(.byParent, into: parts).first { $0.contains("\nR00013,") })
    #expect(try run(arguments, holding) == whole)
    #expect(whole.contains("R00013"))
  }

  /// Runs `arguments` on the whole panel and on each of `parts` parts of it, all from standard input,
  /// and expects the same header, and the same rows once each side is sorted.
  private func expectRowsInvariant(
    _ arguments: [String], split: SyntheticPanel.Split, parts: Int,
    keepRow: (Substring) -> Bool = { _ in true }
  ) throws {
    let panel = try #require(panel)
    let whole = try run(arguments, panel.whole).split(separator: "\n")
    let header = try #require(whole.first)
    var concatenated: [Substring] = []
    let pieces = panel.split(split, into: parts)
    #expect(pieces.count == parts)
    for piece in pieces {
      let lines = try run(arguments, piece).split(separator: "\n")
      #expect(lines.first == header)
      concatenated += lines.dropFirst()
    }
    let expected = whole.dropFirst().filter(keepRow).sorted()
    let actual = concatenated.filter(keepRow).sorted()
    #expect(expected.count > panel.regions.count)
    #expect(actual.count == expected.count)
    if let difference = zip(expected, actual).first(where: { $0 != $1 }) {
      Issue.record("first differing row, whole run:\n\(difference.0)\nparts:\n\(difference.1)")
    }
  }

  /// Runs the built tongbi with `arguments` and `-`, `input` on standard input; returns standard output.
  private func run(_ arguments: [String], _ input: String) throws -> String {
    let result = try BuiltTongbi.run(arguments + ["-"], input: Data(input.utf8))
    #expect(result.status == 0, "\(arguments): \(result.errorText)")
    return result.outputText
  }

  private func counts(of json: String, keys: [String]) throws -> [Int] {
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    return keys.map { object[$0] as? Int ?? -1 }
  }
}

/// The rows of a long CSV panel (`地区,上级地区,指标,…`), split into parts by region or by parent.
private struct SyntheticPanel {
  /// How rows are assigned to parts.
  enum Split {
    /// Region number i (in order of appearance) goes to part i mod k.
    case byRegion
    /// All regions of parent number j go to part j mod k.
    case byParent
  }

  /// One data row.
  struct Row {
    let line: Substring
    let fields: [Substring]
    var region: Substring { fields[0] }
    var parent: Substring { fields[1] }
  }

  let header: Substring
  let rows: [Row]
  /// Regions in order of first appearance.
  let regions: [Substring]
  let parents: [Substring]

  init?(csv: String) {
    let lines = csv.split(separator: "\n")
    guard let header = lines.first, header.hasPrefix("地区,上级地区,") else { return nil }
    self.header = header
    rows = lines.dropFirst().map {
      Row(line: $0, fields: $0.split(separator: ",", omittingEmptySubsequences: false))
    }
    regions = Self.ordered(rows.map(\.region))
    parents = Self.ordered(rows.map(\.parent))
  }

  /// The whole table.
  var whole: String { text(rows) }

  /// `count` tables, each with the header and the rows of its regions.
  func split(_ split: Split, into count: Int) -> [String] {
    let keys = split == .byRegion ? regions : parents
    let part = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0 % count) })
    var parts = Array(repeating: [Row](), count: count)
    for row in rows {
      parts[part[split == .byRegion ? row.region : row.parent] ?? 0].append(row)
    }
    return parts.map(text)
  }

  private func text(_ rows: [Row]) -> String {
    ([header] + rows.map(\.line)).joined(separator: "\n") + "\n"
  }

  private static func ordered(_ names: [Substring]) -> [Substring] {
    var seen = Set<Substring>()
    return names.filter { seen.insert($0).inserted }
  }
}
