@_spi(ByteLevel) import ByteLevel
import Foundation
import LinearAlgebra
import TongbiKit

// Trend regression on S series × 120 months (one dgels call with S right-hand sides) and automatic
// ETS on 1,000 series × 120 months, single-threaded. Usage: ForecastBenchmark [S] [ETS series]
let arguments = CommandLine.arguments
let seriesCount = arguments.count > 1 ? Int(arguments[1]) ?? 160_000 : 160_000
let etsSeries = arguments.count > 2 ? Int(arguments[2]) ?? 1_000 : 1_000
let months = 120
guard let first = Period(year: 2015, month: 1) else { exit(1) }

/// Seasonal series with trend and noise: 100 + 0.5t + 10·sin(2πt/12) + N(0, 4²), level scaled per series.
func makeSeries(_ count: Int, seed: UInt64) -> [Double] {
  var random = RandomSource(seed: seed)
  var values = [Double](repeating: 0, count: count * months)
  for s in 0..<count {
    let scale = 1 + Double(s % 17)
    for t in 0..<months {
      let seasonal = 10 * sin(2 * Double.pi * Double(t) / 12)
      values[t + s * months] = scale * (100 + 0.5 * Double(t) + seasonal + 4 * random.nextNormal())
    }
  }
  return values
}

BLASRuntime.setThreadCount(1)
let panel = Matrix(rows: months, columns: seriesCount, storage: makeSeries(seriesCount, seed: 1))
var start = Date()
let fit = TrendRegression.fit(panel, firstPeriod: first)
let trendSeconds = Date().timeIntervalSince(start)
print(
  "trend regression: \(seriesCount) series × \(months) months in \(String(format: "%.3f", trendSeconds)) s "
    + "(\(Int(Double(seriesCount) / trendSeconds)) series/s), σ̂²[0] = \(fit.residualVariance[0])")

let etsValues = makeSeries(etsSeries, seed: 2)
let estimator = ETSEstimator(seasonLength: 12, options: .fast)
start = Date()
var models: [String: Int] = [:]
for s in 0..<etsSeries {
  let y = Array(etsValues[(s * months)..<((s + 1) * months)])
  if let combination = AutoETS.combination(y, estimator: estimator) {
    models[combination.leader.model.description, default: 0] += 1
  }
}
let etsSeconds = Date().timeIntervalSince(start)
print(
  "AutoETS (fast): \(etsSeries) series × \(months) months in \(String(format: "%.2f", etsSeconds)) s "
    + "(\(String(format: "%.1f", Double(etsSeries) / etsSeconds)) series/s); models \(models.sorted { $0.value > $1.value }.prefix(3))"
)
