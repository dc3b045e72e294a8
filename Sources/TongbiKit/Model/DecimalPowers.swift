/// Integer powers of ten for the number formatters, as constant tables (a switch over literals, which
/// the optimizer turns into a lookup table with no lazy global to check).
enum DecimalPowers {
  /// 10ⁿ for n in 0...19 (every power of ten below 2⁶⁴); 0 outside that range.
  @inline(__always)
  static func narrow(_ n: Int) -> UInt64 {
    switch n {
    case 0: 1
    case 1: 10
    case 2: 100
    case 3: 1000
    case 4: 10000
    case 5: 100000
    case 6: 1000000
    case 7: 10000000
    case 8: 100000000
    case 9: 1000000000
    case 10: 10000000000
    case 11: 100000000000
    case 12: 1000000000000
    case 13: 10000000000000
    case 14: 100000000000000
    case 15: 1000000000000000
    case 16: 10000000000000000
    case 17: 100000000000000000
    case 18: 1000000000000000000
    case 19: 10000000000000000000
    default: 0
    }
  }

  /// 10ⁿ for n in 0...38 as a 128-bit integer: 10ⁿ below 2⁶⁴, else 10¹⁹ · 10ⁿ⁻¹⁹.
  @inline(__always)
  static func wide(_ n: Int) -> UInt128 {
    n <= 19 ? UInt128(narrow(n)) : UInt128(narrow(19)) &* UInt128(narrow(n - 19))
  }

  /// Number of decimal digits of `value` (1 for 0): with b = 64 − leading zero bits, ⌊log₁₀ value⌋ is
  /// a − 1 or a for a = ⌊b · 1233 / 4096⌋ (1233 / 4096 ≈ log₁₀ 2), so the count is a + [value ≥ 10ᵃ].
  @inline(__always)
  static func digitCount(_ value: UInt64) -> Int {
    let approximate = ((64 - value.leadingZeroBitCount) &* 1233) &>> 12
    return max(1, approximate + (value >= narrow(approximate) ? 1 : 0))
  }
}
