import Foundation
import Testing

@_spi(ByteLevel) @testable import ByteLevel

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

  @Test("the decimal scale of each binary scale in range puts the rounding interval between 1 and 10")
  func decimalScales() {
    // P = ⌈s·log₁₀ 2⌉ exactly when 10ᴾ⁻¹ < 2ˢ < 10ᴾ, checked in exact 128-bit integers (2⁶⁶ < 2¹²⁸).
    for scale in 3...66 {
      let places = ShortestDigits.decimalPlaces(binaryScale: scale)
      let below = (1..<places).reduce(UInt128(1)) { power, _ in power * 10 }
      let power = UInt128(1) << scale
      #expect(below < power, "s = \(scale)")
      #expect(power < below * 10, "s = \(scale)")
    }
  }
}
