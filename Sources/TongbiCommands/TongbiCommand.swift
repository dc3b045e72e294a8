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
      BacktestCommand.self, ImportCommand.self, VintagesCommand.self, RevisionsCommand.self,
      ExportCommand.self,
      SynthCommand.self,
    ]
  )

  /// Sets the process up before any command runs: OpenBLAS starts with one thread, so its idle workers
  /// do not spin beside commands that never call BLAS (measured: half the system time of an ingest).
  /// Every BLAS and LAPACK call here is small (one 120 × 13 design at a time); the cores are used by
  /// fitting series concurrently (`WorkerPool`), where a process-wide BLAS thread count would race.
  public static func prepareRuntime() {
    BLASRuntime.setThreadCount(1)
  }

  /// Creates the root command (used by ArgumentParser).
  public init() {}
}
