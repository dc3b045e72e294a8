@_spi(ByteLevel) import ByteLevel
import TongbiKit

/// The whole ingest: `Ingestor.read(bytes:name:)` on any layout (long, wide, time series: the input
/// decides) in UTF-8 or GB18030, then both ingest reports.
///
/// The first byte chooses how the rest is read: bit 0 transcodes it (when it is UTF-8) to GB18030
/// first; bit 1 reads it a second time on two threads in parts as small as one byte, which must give
/// the same result. Checks: an error, each rejection and each notice is one line; rows read = used + rejected and cells
/// read = used + missing + rejected. Tables may span 20 years, so no input allocates centuries of
/// empty months and millions of runs fit in an hour; the span check itself is reached by any longer
/// span.
enum IngestFuzzTarget {
  /// Runs one input (flag byte, then the file).
  static func run(_ input: UnsafeRawBufferPointer) -> String {
    guard let flags = input.first else { return "empty input: no flag byte" }
    let file = UnsafeRawBufferPointer(rebasing: input.dropFirst())
    let inParts = flags & 2 != 0
    if flags & 1 != 0 {
      guard let transcoded = GB18030Encoder.encode(file) else {
        return "not UTF-8, read as is: " + read(file, inParts: inParts)
      }
      return transcoded.withUnsafeBytes { "transcoded to GB18030: " + read($0, inParts: inParts) }
    }
    return read(file, inParts: inParts)
  }

  /// Ingests `file` in one pass, and in parts when `inParts`, and compares the two.
  private static func read(_ file: UnsafeRawBufferPointer, inParts: Bool) -> String {
    let (outcome, json) = ingest(file, threads: 1)
    if inParts {
      let (partsOutcome, partsJSON) = ingest(file, threads: 2)
      FuzzInvariant.check(
        partsOutcome == outcome && partsJSON == json,
        "reading in parts on two threads differs from one pass: \(partsOutcome) against \(outcome)")
      return outcome + " (the same in parts)"
    }
    return outcome
  }

  /// Ingests `file` on `threads` threads and returns the one-line outcome and the JSON report (empty
  /// after an error).
  private static func ingest(_ file: UnsafeRawBufferPointer, threads: Int) -> (String, String) {
    var options = IngestOptions()
    options.maximumSpanMonths = 240
    options.threads = threads
    options.minimumPartBytes = 1
    var ingestor = Ingestor(options: options)
    do {
      try ingestor.read(bytes: file, name: "fuzz.csv")
    } catch {
      FuzzInvariant.checkOneLine(error.description, "ingest error")
      return ("error: \(error)", "")
    }
    let result = ingestor.finish()
    let summary = result.summary
    FuzzInvariant.checkIngest(summary)
    let json = IngestReport.json(result)
    _ = IngestReport.text(result)
    let layout = summary.files.first.map { "\($0.layout), \($0.encoding)" } ?? "no file"
    return (
      "read (\(layout)): rows \(summary.rowsRead) = \(summary.rowsUsed) used + \(summary.rowsRejected) rejected, "
        + "cells \(summary.cellsRead) = \(summary.cellsUsed) used + \(summary.cellsMissing) missing + "
        + "\(summary.cellsRejected) rejected, \(result.panel.keys.count) series",
      json
    )
  }
}
