import TongbiKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What must hold for every input: a broken invariant prints its message and aborts, so that
/// libFuzzer keeps the input as a crash (and a replay stops with a signal).
enum FuzzInvariant {
  /// Aborts with `message` unless `condition` holds.
  static func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fail(message()) }
  }

  /// Prints `message` to standard error and aborts.
  static func fail(_ message: String) -> Never {
    let line = "fuzz invariant broken: \(message)\n"
    _ = line.withCString { write(2, $0, strlen($0)) }
    abort()
  }

  /// Checks that an error message is one non-empty line, as every message for the user must be.
  static func checkOneLine(_ message: String, _ what: String) {
    check(
      !message.isEmpty && !message.contains(where: \.isNewline),
      "\(what) is empty or has several lines: \(message)")
  }

  /// Checks an ingest's account: every row and cell accounted for (`checkAccounting`), every rejection
  /// and notice one line.
  static func checkIngest(_ summary: IngestSummary) {
    checkAccounting(summary)
    for reject in summary.rejects { checkOneLine(reject.reason, "rejection") }
    for notice in summary.notices { checkOneLine(notice.message, "notice") }
  }

  /// Checks an ingest's accounting: rows read = used + rejected, cells read = used + missing + rejected.
  private static func checkAccounting(_ summary: IngestSummary) {
    check(
      summary.rowsRead == summary.rowsUsed + summary.rowsRejected,
      "rows: \(summary.rowsRead) read != \(summary.rowsUsed) used + \(summary.rowsRejected) rejected")
    check(
      summary.cellsRead == summary.cellsUsed + summary.cellsMissing + summary.cellsRejected,
      "cells: \(summary.cellsRead) read != \(summary.cellsUsed) used + \(summary.cellsMissing) missing + "
        + "\(summary.cellsRejected) rejected")
  }
}
