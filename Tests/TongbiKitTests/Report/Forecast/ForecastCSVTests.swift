import Foundation
import Testing

@_spi(ByteLevel) @testable import ByteLevel
@testable import TongbiKit

@Suite("Forecast CSV: numbers as %.4f without trailing zeros, text cells escaped, numbers not")
struct ForecastCSVTests {
  /// C's `%.4f` with trailing zeros (and a lone "-" of "-0") removed: the reference for `FourDecimals`.
  private func printf(_ value: Double) -> String {
    guard value.isFinite else { return "" }
    var text = String(format: "%.4f", value)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text == "-0" ? "0" : text
  }

  @Test("hand-checked values, and 20,000 pseudo-random ones equal to C's printf")
  func fourDecimals() {
    #expect(FourDecimals.text(1234.56789) == "1234.5679")
    #expect(FourDecimals.text(12.5) == "12.5")
    #expect(FourDecimals.text(300) == "300")
    #expect(FourDecimals.text(-0.00004) == "0")
    #expect(FourDecimals.text(-2.00005) == printf(-2.00005))
    // 0.03125 = 1/32 is exactly 312.5 ten-thousandths: a true tie, which printf rounds to even.
    #expect(FourDecimals.text(0.03125) == "0.0312")
    #expect(FourDecimals.text(.nan) == "" && FourDecimals.text(.infinity) == "")
    #expect(FourDecimals.text(1e300) == printf(1e300))
    var generator = SplitMix64(seed: 7)
    for _ in 0..<20_000 {
      let magnitude = pow(10, Double(generator.next() % 16) - 6)
      let value = (Double(generator.next() % 2_000_001) / 1_000_000 - 1) * magnitude
      #expect(FourDecimals.text(value) == printf(value), "\(value)")
    }
  }

  @Test(
    "a negative upper bound stays a number; region, method and note starting with = are escaped; unit and form stated"
  )
  func escaping() throws {
    let series = MonthlySeries(
      firstPeriod: try #require(Period(year: 2024, month: 1)), values: [1, 2], combinedJanuary: false)
    let subject = ForecastSubject(region: "=甲", indicator: "税收收入", series: series, problem: nil)
    let path = ForecastPath(
      mean: [-1.5], intervals: [ForecastInterval(level: 0.8, lower: [-2.25], upper: [-0.75])])
    var forecast = SeriesForecast(path: path, method: "=naive")
    forecast.note = "@note"
    let outcome = ForecastOutcome(
      subject: subject, forecast: forecast, periods: [try #require(Period(year: 2024, month: 3))],
      problem: nil)
    let missing = ForecastOutcome(
      subject: ForecastSubject(region: "乙", indicator: "+x", series: nil, problem: "no values"),
      forecast: nil,
      periods: [], problem: "no values")
    #expect(
      String(decoding: ForecastReport.csv([outcome, missing], levels: [0.8]), as: UTF8.self)
        == "region,indicator,unit,form,period,mean,lower_80,upper_80,method,note\n"
        + "'=甲,税收收入,,monthly,2024-03,-1.5,-2.25,-0.75,'=naive,'@note\n" + "乙,'+x,,monthly,,,,,,no values\n")
  }
}
