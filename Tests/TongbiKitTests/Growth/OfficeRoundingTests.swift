import Testing

@_spi(ByteLevel) @testable import ByteLevel
@testable import TongbiKit

@Suite("Growth: rounding as offices do")
struct OfficeRoundingTests {
  /// 1002.5 against 1000: (1002.5 − 1000) / 1000 × 100 = 0.25% exactly in decimals; the Double
  /// computed as 1002.5 / 1000 − 1 is 0.2499999999999947…%, which plain rounding makes 0.2.
  @Test("0.25% computed in binary rounds to 0.3, not 0.2")
  func binaryHalf() {
    let binary = (1002.5 / 1000 - 1) * 100
    #expect(binary < 0.25)
    #expect(OfficeRounding.round(binary, decimals: 1) == 0.3)
    #expect(DisplayNumber.text(binary, decimals: 1) == "0.3")
  }

  @Test(
    "exact halves go away from zero",
    arguments: [
      (0.25, 1, 0.3), (-0.25, 1, -0.3), (0.35, 1, 0.4), (-0.35, 1, -0.4), (2.5, 0, 3), (-2.5, 0, -3),
      (1.005, 2, 1.01), (0.15, 1, 0.2), (12.345, 2, 12.35), (0.05, 1, 0.1), (-0.05, 1, -0.1),
    ])
  func halves(value: Double, decimals: Int, expected: Double) {
    #expect(OfficeRounding.round(value, decimals: decimals) == expected)
  }

  @Test("values below the half round toward zero")
  func belowHalf() {
    #expect(OfficeRounding.round(0.2449, decimals: 1) == 0.2)
    #expect(OfficeRounding.round(-0.2449, decimals: 1) == -0.2)
  }

  @Test("a displayed zero is never -0.0 (持平)")
  func noNegativeZero() {
    #expect(DisplayNumber.text(-0.04, decimals: 1) == "0.0")
    #expect(DisplayNumber.text(-0.0, decimals: 1) == "0.0")
    #expect(OfficeRounding.round(-0.04, decimals: 1).sign == .plus)
    #expect(OfficeRounding.isZero(-0.04, decimals: 1))
  }

  @Test("display text keeps the requested decimals")
  func text() {
    #expect(DisplayNumber.text(8.7495, decimals: 1) == "8.7")
    #expect(DisplayNumber.text(1522.8, decimals: 2) == "1522.80")
    #expect(DisplayNumber.text(-12.05, decimals: 1) == "-12.1")
    #expect(DisplayNumber.text(3, decimals: 0) == "3")
    #expect(DisplayNumber.text(.nan, decimals: 1) == "")
  }

  @Test("values beyond 9e9 round on their decimal text")
  func large() {
    #expect(OfficeRounding.round(12_345_678_901.25, decimals: 1) == 12_345_678_901.3)
  }

  /// The rounding spelled out in signed integers: n = (x·10⁹) rounded half away from zero, then
  /// n / 10⁹⁻ᵈ truncated, moved one away from zero when twice the remainder reaches the divisor.
  static func referenceUnits(_ value: Double, decimals: Int) -> Int64? {
    guard value.isFinite, abs(value) < 9e9 else { return nil }
    let fine = Int64((value * 1e9).rounded(.toNearestOrAwayFromZero))
    var divisor: Int64 = 1
    for _ in 0..<(9 - decimals) { divisor *= 10 }
    let quotient = fine / divisor
    let remainder = fine % divisor
    return 2 * abs(remainder) >= divisor ? quotient + (fine < 0 ? -1 : 1) : quotient
  }

  @Test("scaled units and tenths against the signed-integer reference, random and at halves")
  func scaledUnitsReference() {
    var generator = Xoshiro256StarStar(seed: 11)
    var values: [Double] = [0, -0.0, 0.05, -0.05, 0.15, 0.25, -0.25, 8_999_999_999.9, -8_999_999_999.95]
    values += [9e9, -9e9, .nan, .infinity, -.infinity, 1e-10, -1e-10, 4.999_999_999_5e-2]
    for _ in 0..<200_000 {
      let scale = PowerOfTen.value(Int(generator.next() % 12) - 2)
      values.append((generator.nextUnit() - 0.5) * scale)
      let tenths = Double(Int64(generator.next() % 2_000_000)) - 1_000_000
      values.append((tenths + 0.5) / 10)
      values.append(((tenths + 0.5) / 10).nextUp)
      values.append(((tenths + 0.5) / 10).nextDown)
    }
    for value in values {
      #expect(OfficeRounding.tenths(value) == Self.referenceUnits(value, decimals: 1), "\(value)")
      for decimals in [0, 2, 5, 8] {
        #expect(
          OfficeRounding.scaledUnits(value, decimals: decimals)
            == Self.referenceUnits(value, decimals: decimals),
          "\(value) at \(decimals)")
      }
    }
  }
}
