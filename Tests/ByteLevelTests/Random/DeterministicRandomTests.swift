import Foundation
import Testing

@_spi(ByteLevel) @testable import ByteLevel

@Suite("Deterministic random numbers: the same draws on every machine")
struct DeterministicRandomTests {
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
}
