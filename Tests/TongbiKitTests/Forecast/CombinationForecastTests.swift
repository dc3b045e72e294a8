import Foundation
import Testing

@testable import TongbiKit

@Suite("comb and auto: the combination of ETS, ARIMA and Theta, and when ETS replaces it")
struct CombinationForecastTests {
  static let ids = [
    "datasets::AirPassengers", "datasets::USAccDeaths", "forecast::wineind", "datasets::nottem",
    "datasets::UKDriverDeaths", "AER::DutchSales",
  ]

  static func series(_ id: String) throws -> MonthlySeries {
    let values = try sharedSeries("monthly-series/r-datasets-monthly.csv", id: id)
    let first = try #require(Period(year: 2000, month: 1))
    return MonthlySeries(firstPeriod: first, values: Array(values.suffix(120)), combinedJanuary: false)
  }

  @Test("comb is the mean of the ets, arima and theta forecasts, bounds included")
  func combination() throws {
    let forecaster = Forecaster(levels: [0.8, 0.95])
    for id in Self.ids.prefix(3) {
      let series = try Self.series(id)
      let comb = try #require(forecaster.forecast(series, horizon: 6, method: .comb))
      let parts = try [ForecastMethod.ets, .arima, .theta].map {
        try #require(forecaster.forecast(series, horizon: 6, method: $0))
      }
      #expect(comb.method == "comb(\(parts[0].method),\(parts[1].method),theta)")
      #expect(parts[1].method.hasPrefix("ARIMA("))
      for step in 0..<6 {
        let mean = (parts[0].path.mean[step] + parts[1].path.mean[step] + parts[2].path.mean[step]) / 3
        #expect(abs(comb.path.mean[step] - mean) <= 1e-12 * abs(mean), "\(id) step \(step)")
        let upper = parts.map { $0.path.intervals[1].upper[step] }.reduce(0, +) / 3
        #expect(abs(comb.path.intervals[1].upper[step] - upper) <= 1e-12 * abs(upper))
      }
    }
  }

  @Test("auto gives the combination or ETS, and its note says which and why")
  func automatic() throws {
    let forecaster = Forecaster(levels: [0.8])
    var seen: Set<String> = []
    for id in Self.ids {
      let series = try Self.series(id)
      let auto = try #require(forecaster.forecast(series, horizon: 12, method: .auto))
      let note = try #require(auto.note)
      if note.hasPrefix("auto: ETS beat the combination on the last 12 values") {
        let ets = try #require(forecaster.forecast(series, horizon: 12, method: .ets))
        #expect(auto.path == ets.path && auto.method == ets.method, "\(id)")
        seen.insert("ets")
      } else {
        #expect(note.hasPrefix("auto: the combination;"), "\(id): \(note)")
        let comb = try #require(forecaster.forecast(series, horizon: 12, method: .comb))
        #expect(auto.path == comb.path && auto.method == comb.method, "\(id)")
        seen.insert("comb")
      }
    }
    // Both outcomes occur on these six series.
    #expect(seen == ["ets", "comb"])
    let first = try #require(Period(year: 2020, month: 1))
    let short = MonthlySeries(
      firstPeriod: first, values: (0..<30).map { 100 + Double($0 % 12) }, combinedJanuary: false)
    let result = try #require(forecaster.forecast(short, horizon: 12, method: .auto))
    #expect(result.note == "auto: 30 values, too few for a holdout test; used the combination")
    // The year repeats exactly: ARIMA is the seasonal naive model with σ² = 0, one of three members.
    #expect(result.method.hasPrefix("comb(ETS("))
    #expect(result.method.contains(",ARIMA(0,0,0)(0,1,0)[12] with drift,theta)"), "\(result.method)")
  }

  @Test("a 1-2月 combined series gets a seasonal ARIMA of period 11")
  func combinedJanuary() throws {
    let values = try retailSales().filter { !$0.isNaN }
    let first = try #require(Period(year: 2012, month: 2))
    let series = MonthlySeries(firstPeriod: first, values: values, combinedJanuary: true)
    let arima = try #require(Forecaster(levels: [0.8]).forecast(series, horizon: 11, method: .arima))
    #expect(arima.method.contains("[11]"), "\(arima.method)")
    #expect(arima.path.mean.allSatisfy { $0.isFinite && $0 > 0 })
  }
}
