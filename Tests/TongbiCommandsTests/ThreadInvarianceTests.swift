import Foundation
import Testing

/// A synthetic long panel from `tongbi synth`: 24 regions, 3 indicators, 72 months, 2% of the value
/// cells blank or redacted (the projection then uses all three methods: last year, seasonal share, model).
private let panelCSV: String? = {
  let arguments = [
    "synth", "--regions", "24", "--indicators", "3", "--months", "72", "--seed", "5", "--missing", "0.02",
  ]
  guard let run = try? BuiltTongbi.run(arguments), run.status == 0 else { return nil }
  return run.outputText
}()

/// Thread counts compared with one thread.
private let threadCounts = [2, 5]

@Suite("Threads: the model-fitting commands give the same bytes for any --threads")
struct ThreadInvarianceTests {
  @Test(
    "forecast --method auto (ETS, ARIMA, Theta and their combination per series)", arguments: threadCounts)
  func forecast(threads: Int) throws {
    try expectSameOutput(
      ["forecast", "--method", "auto", "--horizon", "6", "--format", "csv"], threads: threads)
  }

  @Test("backtest of ets and snaive, per series and summary", arguments: threadCounts)
  func backtest(threads: Int) throws {
    try expectSameOutput(
      ["backtest", "--method", "ets,snaive", "--horizon", "3", "--origins", "2", "--format", "csv"],
      threads: threads)
  }

  @Test("project with simulated intervals", arguments: threadCounts)
  func project(threads: Int) throws {
    try expectSameOutput(["project", "--period", "2020-06", "--format", "csv"], threads: threads)
  }

  /// Runs `arguments` on the panel with one thread and with `threads`, and compares the outputs.
  private func expectSameOutput(_ arguments: [String], threads: Int) throws {
    let csv = try #require(panelCSV)
    let single = try BuiltTongbi.run(arguments + ["--threads", "1", "-"], input: Data(csv.utf8))
    let several = try BuiltTongbi.run(arguments + ["--threads", "\(threads)", "-"], input: Data(csv.utf8))
    #expect(single.status == 0, "\(single.errorText)")
    #expect(several.status == 0, "\(several.errorText)")
    #expect(single.outputText.split(separator: "\n").count > 24)
    #expect(several.outputText == single.outputText)
  }
}
