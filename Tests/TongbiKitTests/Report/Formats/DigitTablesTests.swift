import Foundation
import Testing

@testable import TongbiKit

@Suite("Number text: digit bytes and the formatters' tables")
struct DigitTablesTests {
  /// The decimal digits of `value` padded with zeros to `width`, as byte values 0...9.
  static func digitValues(_ value: UInt64, width: Int) -> [UInt8] {
    let text = String(value)
    let padded = String(repeating: "0", count: width - text.count) + text
    return padded.utf8.map { $0 - UInt8(ascii: "0") }
  }

  /// The bytes of a little-endian word, lowest first.
  static func bytes(_ word: UInt64) -> [UInt8] {
    (0..<8).map { UInt8(truncatingIfNeeded: word >> (8 * UInt64($0))) }
  }

  @Test("digit bytes of 17 and 8 digits against String, at every power of ten and at random")
  func digitBytes() {
    var values: [UInt64] = [0, 1, 9, 99_999_999, 100_000_000, 99_999_999_999_999_999]
    for exponent in 1...16 {
      let power = DecimalPowers.narrow(exponent)
      values += [power - 1, power, power + 1]
    }
    var generator = Xoshiro256StarStar(seed: 17)
    for _ in 0..<20_000 { values.append(generator.next() % 100_000_000_000_000_000) }
    for value in values {
      let (first, high, low) = DigitBytes.seventeen(value)
      let digits = [UInt8(first)] + Self.bytes(high) + Self.bytes(low)
      #expect(digits == Self.digitValues(value, width: 17), "\(value)")
      let eight = value % 100_000_000
      #expect(Self.bytes(DigitBytes.eight(UInt32(eight))) == Self.digitValues(eight, width: 8), "\(eight)")
    }
  }

  @Test("powers of ten and five against repeated multiplication")
  func powers() {
    var ten: UInt64 = 1
    for n in 0...19 {
      #expect(DecimalPowers.narrow(n) == ten)
      if n < 19 { ten *= 10 }
    }
    var five: UInt64 = 1
    for n in 0...27 {
      #expect(DecimalPowers.five(n) == five)
      if n < 27 { five *= 5 }
    }
  }

  /// Whether the double m·2ᵉ (m < 2⁵³, −80 < e < 0) is at least 10ᵏ for −4 ≤ k < 0, in exact 128-bit
  /// integers: m·10⁻ᵏ ≥ 2⁻ᵉ.
  static func atLeastNegativePower(_ value: Double, _ k: Int) -> Bool {
    let significand = UInt128(value.significandBitPattern | 1 << 52)
    let exponent = Int(value.exponent) - 52
    return significand * UInt128(DecimalPowers.narrow(-k)) >= UInt128(1) << -exponent
  }

  @Test("the threshold of each decimal exponent is the least double at or above its power of ten")
  func thresholds() {
    #expect(ShortestDigits.tens.count == 20)
    for k in -4...15 {
      let threshold = ShortestDigits.tens[k + 4]
      if k >= 0 {
        #expect(threshold == Double(DecimalPowers.narrow(k)))
        #expect(UInt64(threshold) == DecimalPowers.narrow(k))
      } else {
        #expect(Self.atLeastNegativePower(threshold, k), "10^\(k)")
        #expect(!Self.atLeastNegativePower(threshold.nextDown, k), "10^\(k)")
      }
    }
  }
}
