@_spi(ByteLevel) import ByteLevel
import Foundation

/// Converts amounts between two units of one base (万元 and 亿元): `value × 10^shift`.
struct UnitScale: Sendable, Equatable {
  /// Power of ten the values are multiplied by.
  var shift: Int

  /// No conversion.
  static let identity = UnitScale(shift: 0)

  /// `value` (written with `written` decimals) converted: the double nearest the decimal number ×
  /// 10^shift. Scaling the already rounded double instead is off by one ulp for many inputs (0.07 亿元
  /// would become 700.0000000000001 万元), so the written digits are recovered as an integer and scaled
  /// once (exact when they and the power of ten are exact doubles).
  @inline(__always)
  func apply(_ value: Double, written: Int) -> Double {
    if shift == 0 || !value.isFinite { return value }
    return scaled(value, written: written)
  }

  /// `apply(_:written:)` for a finite value and a nonzero shift: the written digits n = x·10ʷ
  /// (`DecimalUnits.exact`, below 10¹⁵ and with 10ʷ exact), with x's sign, times or divided by
  /// 10^|shift − w|.
  private func scaled(_ value: Double, written: Int) -> Double {
    let exponent = shift - written
    if PowerOfTen.exact(written) != nil, let power = PowerOfTen.exact(abs(exponent)),
      let units = DecimalUnits.exact(value, decimals: written), units.magnitude < 1_000_000_000_000_000
    {
      let digits = Double(sign: value.sign, exponent: 0, significand: Double(units.magnitude))
      return exponent >= 0 ? digits * power : digits / power
    }
    return value * PowerOfTen.value(shift)
  }

  /// `value` × 10^shift, exactly (a decimal number times a power of ten is a decimal number).
  func apply(_ value: Decimal) -> Decimal {
    shift == 0 ? value : value * Decimal(sign: .plus, exponent: shift, significand: 1)
  }

  /// Decimals of a converted value written with `written` decimals: `max(0, written − shift)`.
  func decimals(_ written: Int) -> Int { max(0, written - shift) }
}

extension UnitScale {
  /// The scale from amounts in `unit` to amounts in `shown` (same base): 10^(exponent of unit − exponent
  /// of shown), e.g. ×10⁻⁴ from 万元 to 亿元.
  init(from unit: Unit, to shown: Unit) {
    self.init(shift: unit.exponent - shown.exponent)
  }
}
