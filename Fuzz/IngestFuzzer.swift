#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// libFuzzer entry point over the ingest: feeds each input to `Ingestor.read(bytes:name:)`, renders
/// both reports, and aborts (which libFuzzer reports as a crash, with the input saved) when the row
/// or cell accounting does not balance. Compiled together with the TongbiKit sources by `Fuzz/run`,
/// so TongbiKit's internal types are in this module and need no import.
@_cdecl("LLVMFuzzerTestOneInput")
public func ingestFuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  // Twenty years per table keep every run's dense panel small, so millions of runs fit in an hour;
  // the limit's own rejection path is exercised by the many mutated years.
  var options = IngestOptions()
  options.maximumSpanMonths = 240
  var ingestor = Ingestor(options: options)
  do {
    try ingestor.read(bytes: UnsafeRawBufferPointer(start: data, count: size), name: "fuzz.csv")
  } catch {
    // A malformed input must stop with a positioned one-line message.
    let message = error.description
    if message.isEmpty || message.contains("\n") {
      fuzzFailure("error message is empty or has several lines")
    }
    return 0
  }
  let result = ingestor.finish()
  let summary = result.summary
  if summary.rowsRead != summary.rowsUsed + summary.rowsRejected {
    fuzzFailure(
      "rows: \(summary.rowsRead) read != \(summary.rowsUsed) used + \(summary.rowsRejected) rejected")
  }
  if summary.cellsRead != summary.cellsUsed + summary.cellsMissing + summary.cellsRejected {
    fuzzFailure(
      "cells: \(summary.cellsRead) read != \(summary.cellsUsed) used + \(summary.cellsMissing) missing + "
        + "\(summary.cellsRejected) rejected")
  }
  _ = IngestReport.json(result)
  _ = IngestReport.text(result)
  return 0
}

/// Prints `message` and aborts, so that libFuzzer keeps the input as a crash.
private func fuzzFailure(_ message: String) -> Never {
  let line = "ingest fuzz invariant broken: \(message)\n"
  _ = line.withCString { write(2, $0, strlen($0)) }
  abort()
}
