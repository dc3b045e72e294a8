import Foundation
import Testing

@testable import TongbiKit

@Suite("Synth arithmetic")
struct DeterministicArithmeticTests {
  @Test("PortableMath.exp and log agree with the C library to a few units in the last place")
  func portableMath() {
    var random = Xoshiro256StarStar(seed: 42)
    for _ in 0..<10_000 {
      let x = random.nextUniform(-30, 30)
      let expected = Foundation.exp(x)
      #expect(abs(PortableMath.exp(x) - expected) <= 4 * expected.ulp)
      let y = Foundation.exp(random.nextUniform(-40, 40))
      let log = Foundation.log(y)
      #expect(abs(PortableMath.log(y) - log) <= 4 * max(log.ulp, Double.ulpOfOne))
    }
  }

  @Test("xoshiro256** seeded by SplitMix64 matches the reference C implementation")
  func xoshiroReference() {
    // The reference xoshiro256starstar.c with its state filled by splitmix64.c from x = 0.
    var random = Xoshiro256StarStar(seed: 0)
    let first = (0..<3).map { _ in random.next() }
    #expect(first == [0x99EC_5F36_CB75_F2B4, 0xBF6E_1F78_4956_452A, 0x1A5F_849D_4933_E6E0])
  }

  @Test("normal draws have mean 0 and variance 1")
  func normalMoments() {
    var random = Xoshiro256StarStar(seed: 9)
    let draws = (0..<100_000).map { _ in random.nextNormal() }
    let mean = draws.reduce(0, +) / Double(draws.count)
    let variance = draws.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(draws.count)
    #expect(abs(mean) < 0.01)
    #expect(abs(variance - 1) < 0.02)
  }

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
