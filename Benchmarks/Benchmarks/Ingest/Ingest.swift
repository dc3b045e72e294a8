import Benchmark
import BenchmarkSupport
import Synth
import TongbiKit

/// Whole-file ingest of a synthetic long CSV of about 5 MB (200 regions × 4 indicators × 120 months):
/// CSV scan, period and number parsing, panel building, assembly.
let benchmarks: @Sendable () -> Void = {
  Benchmark(
    "ingest-long-csv-5MB",
    configuration: BenchmarkSettings.configuration(maxIterations: 50),
    closure: { _, sample in
      var ingestor = Ingestor(options: IngestOptions())
      try ingestor.read(path: sample.path)
      blackHole(ingestor.finish())
    },
    setup: {
      try SampleFile(SynthOptions(regions: 200, indicators: 4, months: 120, seed: 1), name: "long.csv")
    },
    teardown: { SampleFile.removeAll() }
  )
}
