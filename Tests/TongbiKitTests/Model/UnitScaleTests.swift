import Foundation
import Testing

@_spi(ByteLevel) @testable import ByteLevel
@testable import TongbiKit

@Suite("UnitScale: amounts converted between 万元 and 亿元 as decimal numbers")
struct UnitScaleTests {
  @Test(
    "亿元 to 万元 gives the decimal value: 0.07 → 700, 1.13 → 11300 (plain ×10⁴ gives 700.0000000000001 and 11299.999999999998)"
  )
  func largerToSmaller() {
    let scale = UnitScale(shift: 4)
    #expect(0.07 * 1e4 != 700)
    #expect(1.13 * 1e4 != 11_300)
    #expect(scale.apply(1.13, written: 2) == 11_300)
    #expect(scale.apply(10.49, written: 2) == 104_900)
    #expect(scale.apply(0.07, written: 2) == 700)
    #expect(scale.decimals(2) == 0)
  }

  @Test(
    "万元 to 亿元 gives the double nearest the decimal: 18927.2 → 1.89272 (plain ÷10⁴ gives 1.8927200000000002)")
  func smallerToLarger() {
    let scale = UnitScale(shift: -4)
    #expect(18927.2 / 1e4 != 1.89272)
    #expect(scale.apply(18927.2, written: 1) == 1.89272)
    #expect(scale.decimals(1) == 5)
  }

  @Test("no conversion and missing values pass through")
  func identityAndMissing() {
    #expect(UnitScale.identity.apply(0.1, written: 1) == 0.1)
    #expect(UnitScale(shift: 4).apply(.nan, written: 2).isNaN)
  }

  @Test("powers of ten: exact up to 10²², reciprocals below zero")
  func powers() {
    #expect(PowerOfTen.exact(22) == 1e22)
    #expect(PowerOfTen.exact(23) == nil)
    #expect(PowerOfTen.value(-2) == 0.01)
    #expect(PowerOfTen.value(24) == 1e24)
  }

  @Test("decimals scale exactly, also beyond 9 decimals: 123456.78 元 is 0.0012345678 亿元")
  func decimals() {
    let toHundredMillion = UnitScale(from: .yuan, to: .hundredMillionYuan)
    #expect(toHundredMillion == UnitScale(shift: -8))
    #expect(toHundredMillion.apply(decimal("123456.78")) == decimal("0.0012345678"))
    #expect(toHundredMillion.decimals(2) == 10)
    #expect(
      UnitScale(from: .hundredMillionYuan, to: .tenThousandYuan).apply(decimal("10.49")) == 104_900)
    #expect(UnitScale.identity.apply(decimal("0.1")) == decimal("0.1"))
  }
}
