/// Integer powers of ten and five for the number formatters, as constant tables: arrays of literals,
/// which the optimizer lays out in the binary's data (no initializer runs), so a lookup is one load.
@_spi(ByteLevel) public enum DecimalPowers {
  /// 10ⁿ at index n.
  @usableFromInline static let tens: [UInt64] = [
    1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000, 10000000000, 100000000000,
    1000000000000, 10000000000000, 100000000000000, 1000000000000000, 10000000000000000, 100000000000000000,
    1000000000000000000, 10000000000000000000,
  ]
  /// 5ⁿ at index n.
  @usableFromInline static let fives: [UInt64] = [
    1, 5, 25, 125, 625, 3125, 15625, 78125, 390625, 1953125, 9765625, 48828125, 244140625, 1220703125,
    6103515625, 30517578125, 152587890625, 762939453125, 3814697265625, 19073486328125, 95367431640625,
    476837158203125, 2384185791015625, 11920928955078125, 59604644775390625, 298023223876953125,
    1490116119384765625, 7450580596923828125,
  ]

  /// 10ⁿ for n in 0...19 (every power of ten below 2⁶⁴).
  @inlinable @inline(__always)
  public static func narrow(_ n: Int) -> UInt64 { tens[n] }

  /// 5ⁿ for n in 0...27 (every power of five below 2⁶⁴).
  @inlinable @inline(__always)
  public static func five(_ n: Int) -> UInt64 { fives[n] }

  /// Number of decimal digits of `value` (1 for 0): with b = 64 − leading zero bits, ⌊log₁₀ value⌋ is
  /// a − 1 or a for a = ⌊b · 1233 / 4096⌋ (1233 / 4096 ≈ log₁₀ 2), so the count is a + [value ≥ 10ᵃ].
  @inlinable @inline(__always)
  public static func digitCount(_ value: UInt64) -> Int {
    let approximate = ((64 - value.leadingZeroBitCount) &* 1233) &>> 12
    return max(1, approximate + (value >= narrow(approximate) ? 1 : 0))
  }
}
