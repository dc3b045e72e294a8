import Testing

@testable import Synth
@testable import TongbiKit

@Suite("Synth arithmetic: decimal text and seasonality")
struct DeterministicArithmeticTests {
  @Test(
    "decimals are written with fixed digits, rounded half away from zero",
    arguments: [
      (1234.56, 1, "1234.6"), (0.05, 1, "0.1"), (0.04, 1, "0.0"), (7.0, 2, "7.00"), (0.5, 0, "1"),
      (-2.25, 1, "-2.3"), (-0.01, 1, "0.0"), (1_000_000.0, 1, "1000000.0"), (0.123, 2, "0.12"),
    ])
  func decimalText(value: Double, decimals: Int, expected: String) {
    var output: [UInt8] = []
    DecimalText.append(value, decimals: decimals, to: &output)
    #expect(String(decoding: output, as: UTF8.self) == expected)
  }

  @Test("padded integers")
  func padded() {
    #expect(DecimalText.padded(7, width: 5) == "00007")
    #expect(DecimalText.padded(123_456, width: 5) == "123456")
  }

  @Test("the Spring Festival month is hit harder than the other of January and February")
  func springFestivalDip() {
    // 2015: festival on February 19; 2020: January 25.
    #expect(Seasonality.factor(year: 2015, month: 2) < Seasonality.factor(year: 2015, month: 1))
    #expect(Seasonality.factor(year: 2020, month: 1) < Seasonality.factor(year: 2020, month: 2))
  }
}
