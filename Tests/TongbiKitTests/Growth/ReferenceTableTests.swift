import Foundation
import TestSupport
import Testing

@_spi(ByteLevel) @testable import ByteLevel
@testable import TongbiKit

/// The growth table of Datasets/township/township-monthly.csv against the table computed independently
/// by Reference/growth_reference.py (plain Python; its version is in the fixture's first line).
@Suite("Growth: reference table")
struct ReferenceTableTests {
  static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Reference/township-growth-reference.csv").path

  @Test("every cell equals the reference within 1e-9, every note word for word")
  func township() throws {
    var options = IngestOptions()
    options.catalog = IndicatorCatalog(
      declared: try IndicatorFileReader.read(path: datasetPath("township/indicators.csv")))
    let result = try ingest(datasetPath("township/township-monthly.csv"), options: options)
    let table = try GrowthTable(panel: result.panel)
    let scratch = try ScratchDirectory()
    let path = scratch.missing("growth.csv")
    let output = try ByteOutput(path: path)
    // Two threads, with the progress calls recorded: series written only grow and end at the total.
    var reported: [Int] = []
    try GrowthCSVRenderer().write(table, to: output, threads: 2) { done, total in
      #expect(total == table.series.count)
      reported.append(done)
    }
    try output.commit()
    #expect(!reported.isEmpty && reported == reported.sorted() && reported.last == table.series.count)
    let ours = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(Self.cells)
    let reference = try String(contentsOfFile: Self.fixture, encoding: .utf8).split(separator: "\n")
      .filter { !$0.hasPrefix("#") }.map(Self.cells)
    #expect(ours.count == reference.count)
    #expect(ours.first == reference.first)
    for (line, (mine, theirs)) in zip(ours, reference).enumerated().dropFirst() {
      #expect(mine.count == theirs.count, "line \(line + 1)")
      for (column, (a, b)) in zip(mine, theirs).enumerated() {
        if let x = Double(a), let y = Double(b) {
          #expect(abs(x - y) <= 1e-9 * max(1, abs(y)), "line \(line + 1) column \(column + 1): \(a) vs \(b)")
        } else {
          #expect(a == b, "line \(line + 1) column \(column + 1)")
        }
      }
    }
  }

  /// Splits one CSV line (quoted cells may hold commas).
  static func cells(_ line: Substring) -> [String] {
    var cells: [String] = []
    var current = ""
    var quoted = false
    for character in line {
      if character == "\"" {
        quoted.toggle()
      } else if character == "," && !quoted {
        cells.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    cells.append(current)
    return cells
  }
}
