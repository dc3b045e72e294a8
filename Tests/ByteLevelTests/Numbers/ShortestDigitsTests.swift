import Foundation
import Testing

@_spi(ByteLevel) @testable import ByteLevel

@Suite("Number text: shortest round-trip digits, at most 15 significant")
struct ShortestDigitsTests {
  /// The text `NumberBytes` writes for a value without a decimals hint.
  static func text(_ value: Double) -> String {
    var bytes = [UInt8](repeating: 0, count: NumberBytes.maximumLength)
    let count = bytes.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.map { NumberBytes.write(value, decimalsHint: nil, to: $0) } ?? 0
    }
    return String(decoding: bytes[..<count], as: UTF8.self)
  }

  /// Significant digits and decimal exponent of a number's text: "-12.50" and "1.25e+1" are both
  /// ("125", 2), the value being 0.125·10².
  static func decimalForm(_ text: String) -> (digits: String, exponent: Int) {
    let unsigned = text.hasPrefix("-") ? String(text.dropFirst()) : text
    let parts = unsigned.split(separator: "e", maxSplits: 1)
    let mantissa = parts.first.map(String.init) ?? ""
    let scale = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
    let pieces = mantissa.split(separator: ".", omittingEmptySubsequences: false)
    let whole = pieces.first.map(String.init) ?? ""
    let fraction = pieces.count > 1 ? String(pieces[1]) : ""
    let all = whole + fraction
    let leading = all.prefix { $0 == "0" }.count
    let digits = String(all.dropFirst(leading)).replacing(/0+$/, with: "")
    return (digits, whole.count - leading + scale)
  }

  /// The digits and exponent of `value.description` rounded half away from zero to 15 significant
  /// digits, trailing zeros dropped: what `NumberBytes` writes, by a slow string reference.
  static func reference(_ value: Double) -> (digits: String, exponent: Int) {
    let exact = decimalForm(value.description)
    guard exact.digits.count > 15 else { return exact }
    var digits = exact.digits.prefix(15).map { $0.wholeNumberValue ?? 0 }
    var exponent = exact.exponent
    if let next = exact.digits.dropFirst(15).first?.wholeNumberValue, next >= 5 {
      var index = digits.count - 1
      while index >= 0 {
        digits[index] += 1
        if digits[index] < 10 { break }
        digits[index] = 0
        index -= 1
      }
      if index < 0 {
        digits.insert(1, at: 0)
        exponent += 1
      }
    }
    let text = digits.map(String.init).joined().replacing(/0+$/, with: "")
    return (text, exponent)
  }

  /// Checks the text of `value` against `Double.description` rounded to 15 significant digits (the
  /// same digits and exponent; reading back as `value` when the description has at most 15 digits);
  /// outside 10⁻⁴ ≤ |x| < 10¹⁵ exactly the description's text.
  static func check(_ value: Double) {
    let written = text(value)
    let magnitude = value.magnitude
    if magnitude >= 1e-4 && magnitude < 1e15 {
      if decimalForm(value.description).digits.count <= 15 {
        #expect(Double(written) == value, "\(written) does not read back as \(value)")
      }
      let mine = decimalForm(written)
      let expected = reference(value)
      #expect(mine.digits == expected.digits && mine.exponent == expected.exponent, "\(written) vs \(value)")
      #expect(!written.contains("e"), "\(written) is not in fixed notation")
      #expect(written.hasPrefix("-") == (value < 0))
    } else {
      #expect(written == value.description)
    }
  }

  @Test("edge cases: subnormals, powers of ten and two, extremes, integers, signed zero")
  func edges() {
    var values: [Double] = [
      .leastNonzeroMagnitude, Double(bitPattern: 2), Double.leastNormalMagnitude.nextDown,
      .greatestFiniteMagnitude, .leastNormalMagnitude, 0.0, -0.0, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3,
      9007199254740992,
      9007199254740991, 123456789012345.6, 999999999999999.9, 1e-4, 1e-4.nextUp, 1e-4.nextDown, 1e15,
      1e15.nextDown, 1e15.nextUp, 8.749511617751828, -1.5724269377382465, 1e-7, -99.99999999999997,
    ]
    for exponent in -4...15 {
      let power = PowerOfTen.value(exponent)
      values += [power, power.nextUp, power.nextDown]
    }
    for exponent in -15...52 {
      let power = Double(sign: .plus, exponent: exponent, significand: 1)
      values += [power, power.nextUp, power.nextDown]
    }
    values += (0...1000).map(Double.init)
    for value in values {
      Self.check(value)
      Self.check(-value)
    }
    #expect(Self.text(-0.0) == "-0.0")
    #expect(Self.text(50) == "50")
    #expect(Self.text(0.0001) == "0.0001")
    // Binary noise below the 15th digit is gone: rates that are exactly 20 and 5.
    #expect(Self.text(20.000000000000004) == "20")
    #expect(Self.text(19.999999999999996) == "20")
    #expect(Self.text(5.000000000000004) == "5")
    #expect(Self.text(-0.29999999999999893) == "-0.299999999999999")
    #expect(Self.text(9.849442420068755) == "9.84944242006876")
    #expect(Self.text(123456789012345.6) == "123456789012346")
  }

  @Test("50 neighbours on each side of every power of ten and of two in range, and of the range ends")
  func neighbours() {
    var centres: [Double] = (-4...15).map { PowerOfTen.value($0) }
    centres += (-14...50).map { Double(sign: .plus, exponent: $0, significand: 1) }
    for centre in centres {
      var up = centre
      var down = centre
      for _ in 0...50 {
        Self.check(up)
        Self.check(-down)
        up = up.nextUp
        down = down.nextDown
      }
    }
  }

  @Test("decimals of 1 to 17 significant digits, all nines, and the 15-digit candidate's carries")
  func decimals() {
    var generator = Xoshiro256StarStar(seed: 23)
    for digits in 1...17 {
      for _ in 0..<500 {
        let units = generator.next() % DecimalPowers.narrow(digits)
        let exponent = Int(generator.next() % 24) - 8
        Self.check(Double(units) * PowerOfTen.value(exponent - digits))
      }
    }
    for digits in 1...17 {
      let nines = Double(DecimalPowers.narrow(digits) - 1)
      for exponent in -4...14 {
        let value = nines * PowerOfTen.value(exponent - digits)
        Self.check(value)
        Self.check(value.nextUp)
        Self.check(value.nextDown)
      }
    }
  }

  @Test("100,000 random doubles in the fixed range, fixed seed")
  func randomInRange() {
    var generator = Xoshiro256StarStar(seed: 20_261_129)
    let lowest = (1e-4).bitPattern
    let highest = (1e15).bitPattern
    for _ in 0..<100_000 {
      let bits = lowest + generator.next() % (highest - lowest)
      let value = Double(bitPattern: bits)
      Self.check(generator.next() & 1 == 0 ? value : -value)
    }
  }

  @Test("50,000 growth-like ratios of one-decimal amounts, fixed seed")
  func randomRatios() {
    var generator = Xoshiro256StarStar(seed: 7)
    for _ in 0..<50_000 {
      let current = Double(generator.next() % 10_000_000) / 10
      let base = Double(generator.next() % 10_000_000 + 1) / 10
      Self.check((current - base) / base * 100)
      Self.check(((current / base).squareRoot() - 1) * 100)
    }
  }

  /// Year-to-date sums of one-decimal amounts drift off their decimals (33855.600000000006) and take
  /// the shortest digits, mostly 16 or 17 of them.
  @Test("20,000 running sums of one-decimal amounts, fixed seed")
  func runningSums() {
    var generator = Xoshiro256StarStar(seed: 31)
    for _ in 0..<1_000 {
      var sum = 0.0
      for _ in 0..<10 {
        sum += Double(generator.next() % 100_000_000) / 10
        Self.check(sum)
        Self.check(-sum)
      }
    }
  }

  @Test("20,000 random bit patterns over the whole range, fixed seed")
  func randomAnywhere() {
    var generator = Xoshiro256StarStar(seed: 99)
    var checked = 0
    while checked < 20_000 {
      let value = Double(bitPattern: generator.next())
      guard value.isFinite else { continue }
      Self.check(value)
      checked += 1
    }
  }
}
