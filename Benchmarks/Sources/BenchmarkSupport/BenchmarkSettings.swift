import Benchmark
import Foundation

/// The configuration every Tongbi benchmark uses.
///
/// By default only the allocation count is measured: it is exact and repeatable on any machine, so it
/// is the metric with committed thresholds (`Thresholds/`). Timing metrics vary from run to run and
/// machine to machine; they are added on request:
/// - `TONGBI_BENCHMARK_TIMING=1`: wall clock, CPU time, throughput and peak resident memory;
/// - `TONGBI_BENCHMARK_INSTRUCTIONS=1`: retired instructions (needs hardware performance counters,
///   which many virtual machines do not expose: `perf stat -e instructions true` tells).
public enum BenchmarkSettings {
  /// Metrics measured, from the environment as described above.
  public static var metrics: [BenchmarkMetric] {
    let environment = ProcessInfo.processInfo.environment
    var metrics: [BenchmarkMetric] = [.mallocCountTotal]
    if environment["TONGBI_BENCHMARK_INSTRUCTIONS"] == "1" {
      metrics.append(.instructions)
    }
    if environment["TONGBI_BENCHMARK_TIMING"] == "1" {
      metrics += [.wallClock, .cpuTotal, .throughput, .peakMemoryResident]
    }
    return metrics
  }

  /// A configuration with `metrics` and a bounded run time.
  public static func configuration(maxDuration: Duration = .seconds(3), maxIterations: Int = 1_000)
    -> Benchmark.Configuration
  {
    Benchmark.Configuration(
      metrics: metrics, warmupIterations: 2, maxDuration: maxDuration, maxIterations: maxIterations)
  }
}
