import Foundation
import Testing

@testable import TongbiKit

/// Ingests `paths` in order with `options` and returns the result.
func ingest(_ paths: String..., options: IngestOptions = IngestOptions()) throws -> IngestResult {
  var ingestor = Ingestor(options: options)
  for path in paths {
    try ingestor.read(path: path)
  }
  return ingestor.finish()
}

/// The error `read(path:)` throws for `path`, or `nil` when it reads without error.
func ingestError(_ path: String, options: IngestOptions = IngestOptions()) -> IngestError? {
  var ingestor = Ingestor(options: options)
  do {
    try ingestor.read(path: path)
    return nil
  } catch {
    return error
  }
}

/// The period `year`-`month`; a month outside 1...12 gives a period far from any test data, so a typo
/// fails the comparison instead of crashing.
func month(_ year: Int, _ month: Int) -> Period {
  Period(year: year, month: month) ?? Period(ordinal: -1)
}

/// The key of a series.
func key(_ region: String, _ indicator: String, _ form: ValueForm) -> SeriesKey {
  SeriesKey(region: region, indicator: indicator, form: form)
}

extension Panel {
  /// Value of series `key` at `period`; `nil` when the panel has no such series (NaN when missing).
  func value(_ key: SeriesKey, _ period: Period) -> Double? {
    column(of: key).map { value(column: $0, at: period) }
  }

  /// All values of series `key` from `firstPeriod` on; empty when the panel has no such series.
  func series(_ key: SeriesKey) -> [Double] {
    guard let column = column(of: key) else { return [] }
    return (0..<periodCount).map { values[$0, column] }
  }
}

extension IngestSummary {
  /// Every rejection as `file:line:column: reason`.
  var rejectLines: [String] { rejects.map { "\($0.position): \($0.reason)" } }
  /// Every notice as `file:line:column: message`.
  var noticeLines: [String] { notices.map { "\($0.position): \($0.message)" } }
  /// The row and cell counts, in the order the JSON report lists them.
  var counts: [Int] { [rowsRead, rowsUsed, rowsRejected, cellsRead, cellsUsed, cellsMissing, cellsRejected] }
}

/// Whether two panels hold the same series, keys, decimals, indicators and regions, and bit-identical
/// values (NaN equal to NaN); records a failure naming the first difference.
/// `comparingRegions: false` leaves out the regions (a wide table has no 上级地区 column).
func expectSamePanel(
  _ lhs: Panel, _ rhs: Panel, comparingRegions: Bool = true, sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(lhs.firstPeriod == rhs.firstPeriod, sourceLocation: sourceLocation)
  #expect(lhs.periodCount == rhs.periodCount, sourceLocation: sourceLocation)
  #expect(lhs.keys == rhs.keys, sourceLocation: sourceLocation)
  #expect(lhs.decimals == rhs.decimals, sourceLocation: sourceLocation)
  #expect(lhs.indicators == rhs.indicators, sourceLocation: sourceLocation)
  #expect(lhs.indicatorOrder == rhs.indicatorOrder, sourceLocation: sourceLocation)
  if comparingRegions { #expect(lhs.regions == rhs.regions, sourceLocation: sourceLocation) }
  #expect(lhs.regionOrder == rhs.regionOrder, sourceLocation: sourceLocation)
  guard lhs.keys == rhs.keys, lhs.periodCount == rhs.periodCount, lhs.firstPeriod == rhs.firstPeriod else {
    return
  }
  for (column, key) in lhs.keys.enumerated() {
    for row in 0..<lhs.periodCount {
      let left = lhs.values[row, column]
      let right = rhs.values[row, column]
      if left.bitPattern != right.bitPattern && !(left.isNaN && right.isNaN) {
        Issue.record(
          "\(key.region) \(key.indicator) \(key.form) \(lhs.period(atRow: row)): \(left) vs \(right)",
          sourceLocation: sourceLocation)
        return
      }
    }
  }
}

/// Root of the package: three levels above this file (`Tests/TongbiKitTests/Ingest/`).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().path

/// A file of `Datasets/`.
func datasetPath(_ relative: String) -> String { packageRoot + "/Datasets/" + relative }

/// A file of the project's shared read-only data folder, `<package root>/../shared/data`; records a
/// failure (never a skip) when it is not there.
func sharedDataPath(_ relative: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
  let path = packageRoot + "/../shared/data/" + relative
  guard FileManager.default.fileExists(atPath: path) else {
    let message =
      "shared data file \(path) does not exist: the tests expect /work/shared/data beside the package "
      + "(a checkout at <dir>/main or <dir>/wt-* next to <dir>/shared/data)"
    Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    throw MissingSharedData(path: path)
  }
  return path
}

/// Thrown after recording that a shared data file is missing, to end the test.
struct MissingSharedData: Error {
  /// The path looked for.
  let path: String
}
