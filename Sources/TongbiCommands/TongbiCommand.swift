import ArgumentParser
import LinearAlgebra

/// The `tongbi` root command: economic-indicator analytics for monthly panels.
public struct TongbiCommand: ParsableCommand {
  /// Command name, abstract, version string and the list of subcommands.
  public static let configuration = CommandConfiguration(
    commandName: "tongbi",
    abstract: "Tongbi (同比): growth tables, targets, projections and reports for monthly indicators.",
    version: VersionText.make(),
    subcommands: [
      IngestCommand.self, GrowthCommand.self, ReportCommand.self, ForecastCommand.self, ProjectCommand.self,
      BacktestCommand.self, SynthCommand.self,
    ]
  )

  /// Sets the process up before any command runs: OpenBLAS starts with one thread, so its idle workers
  /// do not spin beside commands that never call BLAS (measured: half the system time of an ingest);
  /// large problems raise the count for their own calls (`BLASRuntime.withThreads`).
  public static func prepareRuntime() {
    BLASRuntime.setThreadCount(1)
  }

  /// Creates the root command (used by ArgumentParser).
  public init() {}
}
