import Foundation
import Testing

@_spi(ByteLevel) @testable import ByteLevel

@Suite("Number text: fixed digits and exact decimals")
struct FixedDigitsTests {
  static func fixed(_ units: UInt64, places: Int, negative: Bool) -> String {
    var bytes = [UInt8](repeating: 0, count: FixedDigits.room)
    let count = bytes.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.map { FixedDigits.write(units, places: places, negative: negative, to: $0) } ?? 0
    }
    return String(decoding: bytes[..<count], as: UTF8.self)
  }

  /// The expected text from `String(units)`: padded to places + 1 digits, the point inserted, trailing
  /// fraction zeros and a bare point removed.
  static func expected(_ units: UInt64, places: Int, negative: Bool) -> String {
    var digits = String(units)
    if digits.count < places + 1 {
      digits = String(repeating: "0", count: places + 1 - digits.count) + digits
    }
    var text = digits
    if places > 0 {
      text.insert(".", at: text.index(text.endIndex, offsetBy: -places))
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
    }
    return (negative ? "-" : "") + text
  }

  /// The reference of `DecimalUnits.exact`: x·10ᵈ rounded half away from zero by the standard
  /// library, kept when below 2⁵³ and when dividing it by 10ᵈ gives x back.
  private static func referenceUnits(_ value: Double, decimals: Int) -> Int64? {
    let power = PowerOfTen.value(decimals)
    let rounded = (value * power).rounded(.toNearestOrAwayFromZero)
    return abs(rounded) < 9_007_199_254_740_992 && rounded / power == value ? Int64(rounded) : nil
  }

  @Test("integers below 10¹⁷ scaled by powers of ten, against String(units)")
  func againstString() {
    var generator = Xoshiro256StarStar(seed: 11)
    let limit: UInt64 = 100_000_000_000_000_000
    var cases: [(UInt64, Int)] = [
      (0, 0), (0, 3), (0, 20), (5, 2), (300, 1), (1205, 2), (10, 1), (1, 20), (limit - 1, 0), (limit - 1, 20),
    ]
    // Both widths (below and from 10⁸) meet at the powers of ten, every one with every place count.
    for exponent in 0...16 {
      let power = DecimalPowers.narrow(exponent)
      for units in [power - 1, power, power + 1, power * 5] where units < limit {
        for places in 0...20 { cases.append((units, places)) }
      }
    }
    for _ in 0..<50_000 {
      let width = Int(generator.next() % 64)
      let units = (generator.next() >> UInt64(width)) % limit
      let zeros = Int(generator.next() % 6)
      let scaled = units / DecimalPowers.narrow(zeros) * DecimalPowers.narrow(zeros)
      cases.append((scaled, Int(generator.next() % 21)))
    }
    for (units, places) in cases {
      for negative in [false, true] {
        #expect(
          Self.fixed(units, places: places, negative: negative)
            == Self.expected(units, places: places, negative: negative))
      }
    }
  }

  @Test("digit counts against the length of the decimal text, at every power of ten and at random")
  func digitCounts() {
    var values: [UInt64] = [0, 1, 9, .max]
    var power: UInt64 = 1
    for _ in 1...19 {
      power *= 10
      values += [power - 1, power, power + 1]
    }
    var generator = Xoshiro256StarStar(seed: 5)
    for _ in 0..<10_000 { values.append(generator.next() >> (generator.next() % 64)) }
    for value in values {
      #expect(DecimalPowers.digitCount(value) == String(value).count, "\(value)")
    }
  }

  /// Values whose product with 10ᵈ ends in one half, their neighbours, and products between 2⁵¹ and
  /// 2⁵³ where doubles are spaced 1/2 and 1 apart, against rounding half away from zero and dividing.
  @Test("exact units at halves and around 2⁵¹ and 2⁵³, against the reference")
  func exactUnitsEdges() {
    var generator = Xoshiro256StarStar(seed: 41)
    var cases: [(Double, Int)] = []
    for _ in 0..<30_000 {
      let decimals = Int(generator.next() % 10)
      let power = PowerOfTen.value(decimals)
      let half = (Double(Int64(bitPattern: generator.next()) >> (generator.next() % 64 + 12)) + 0.5) / power
      let exponent = 50 + Int(generator.next() % 4)
      let wide = Double(sign: .plus, exponent: exponent, significand: 1 + generator.nextUnit()) / power
      for value in [half, wide, -wide] {
        cases += [(value, decimals), (value.nextUp, decimals), (value.nextDown, decimals)]
      }
    }
    for (value, decimals) in cases {
      #expect(
        DecimalUnits.exact(value, decimals: decimals) == Self.referenceUnits(value, decimals: decimals),
        "\(value) at \(decimals)")
    }
  }

  @Test("exact units: half away from zero, only when the decimal reads back as the value")
  func exactUnits() {
    var generator = Xoshiro256StarStar(seed: 3)
    for _ in 0..<50_000 {
      let decimals = Int(generator.next() % 10)
      let value = (generator.nextUnit() - 0.5) * PowerOfTen.value(Int(generator.next() % 14))
      #expect(
        DecimalUnits.exact(value, decimals: decimals) == Self.referenceUnits(value, decimals: decimals))
    }
    #expect(DecimalUnits.exact(-2.5, decimals: 0) == nil)
    #expect(DecimalUnits.exact(-0.0, decimals: 1) == 0)
    #expect(DecimalUnits.exact(.nan, decimals: 1) == nil)
    #expect(DecimalUnits.exact(.infinity, decimals: 1) == nil)
    #expect(DecimalUnits.exact(-12.05, decimals: 2) == -1205)
    #expect(DecimalUnits.exact(0.25, decimals: 1) == nil)
  }

  /// The text of `value` by the unchecked path for exact decimals (the growth table's amounts).
  static func unitsText(_ value: Double, decimals: Int) -> String {
    var bytes = [UInt8](repeating: 0, count: FixedDigits.room)
    let count = bytes.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.map { start in
        NumberBytes.writeExact(value, in: DecimalUnits(decimals: decimals), to: start)
      } ?? 0
    }
    return String(decoding: bytes[..<count], as: UTF8.self)
  }

  @Test("exact decimals written from their units: the checked path's text, up to the largest increment")
  func unitsPath() {
    // Decimals n·10⁻ᵈ up to 3·2⁴⁹ units (an increment of two sums of twelve values below 2⁴⁶, the
    // largest the growth table writes this way), against `String(n)` with the point put in, and NaN.
    var generator = SplitMix64(seed: 20_261_130)
    let largest: UInt64 = 3 << 49
    for decimals in 1...4 {
      let power = PowerOfTen.value(decimals)
      let edges: [UInt64] = [0, 1, 9, 10, 99_999, largest - 1, (1 << 51) / 2]
      for units in edges + (0..<20_000).map({ _ in generator.next() % largest }) {
        for negative in [false, true] where units > 0 || !negative {
          let value = (negative ? -1 : 1) * Double(units) / power
          #expect(
            Self.unitsText(value, decimals: decimals)
              == Self.expected(units, places: decimals, negative: negative),
            "\(units) at \(decimals) decimals")
        }
      }
    }
    #expect(Self.unitsText(.nan, decimals: 1) == "")
    #expect(Self.unitsText(-0.0, decimals: 1) == "0")
  }
}
