/// Integer powers of ten for the number formatters, as constant tables: an array of literals, which the
/// optimizer lays out in the binary's data, so a lookup is one load (a switch compiles to a jump table).
enum DecimalPowers {
  /// 10ⁿ for n in 0...19: every power of ten below 2⁶⁴.
  private static let powers: [UInt64] = [
    1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000, 10000000000, 100000000000,
    1000000000000, 10000000000000, 100000000000000, 1000000000000000, 10000000000000000,
    100000000000000000, 1000000000000000000, 10000000000000000000,
  ]

  /// 10ⁿ for n in 0...19.
  @inline(__always)
  static func narrow(_ n: Int) -> UInt64 { powers[n] }

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
