import Testing

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
}
