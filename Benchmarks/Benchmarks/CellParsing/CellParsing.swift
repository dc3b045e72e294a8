@_spi(ByteLevel) import ByteLevel
import Benchmark
import BenchmarkSupport
import TongbiKit

/// The per-cell parsers of ingest, 10,000 cells per iteration: typical value cells (`SampleCells.numbers`),
/// machine month labels (`2024-06`), and the Chinese forms `2024年1-6月`, `2024年6月`, `2024年6月份`.
let benchmarks: @Sendable () -> Void = {
  let numbers = CellBuffer(SampleCells.numbers(count: 10_000))
  let isoMonths = CellBuffer(SampleCells.isoMonths(count: 10_000))
  let chineseLabels = CellBuffer(SampleCells.chineseLabels(count: 10_000))

  Benchmark("number-parser-typical-cells", configuration: BenchmarkSettings.configuration()) { _ in
    numbers.forEachCell { blackHole(NumberParser.parse($0)) }
  }

  Benchmark("period-label-iso", configuration: BenchmarkSettings.configuration()) { _ in
    isoMonths.forEachCell { blackHole(PeriodLabel(parsing: $0)) }
  }

  Benchmark("period-label-chinese", configuration: BenchmarkSettings.configuration()) { _ in
    chineseLabels.forEachCell { blackHole(PeriodLabel(parsing: $0)) }
  }
}
