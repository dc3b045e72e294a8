/// The decimal digits of an integer below 10¹⁷ as byte values, computed in parallel lanes of 64-bit
/// words (no table, no loop, few multiplications).
@_spi(ByteLevel) public enum DigitBytes {
  /// The 17 digits of `value` < 10¹⁷, leading zeros included: the first as an integer, and the other
  /// 16 as two words of byte values 0...9, each with its first digit in the lowest byte (the text's
  /// order in little-endian memory; add 0x30 to each byte for ASCII).
  ///
  /// One 64-bit division by a constant, u = ⌊value / 10⁸⌋ < 10⁹, splits off the last eight digits; the
  /// rest work in 32 bits, where a division by a constant is one short multiplication.
  @inlinable @inline(__always)
  public static func seventeen(_ value: UInt64) -> (first: UInt64, high: UInt64, low: UInt64) {
    let upper = value / 100_000_000
    let lower = UInt32(truncatingIfNeeded: value &- upper &* 100_000_000)
    let leading = UInt32(truncatingIfNeeded: upper)
    let first = leading / 100_000_000
    let middle = leading &- first &* 100_000_000
    return (UInt64(first), bytes(groups: groups(middle)), bytes(groups: groups(lower)))
  }

  /// The 8 digits of `value` < 10⁸, leading zeros included, as byte values 0...9 with the first digit
  /// in the lowest byte.
  @inlinable @inline(__always)
  public static func eight(_ value: UInt32) -> UInt64 { bytes(groups: groups(value)) }

  /// The two four-digit groups of `value` < 10⁸ as g + g′·2³² with g = ⌊value / 10⁴⌋ and
  /// g′ = value − 10⁴·g, that is value·2³² + g·(1 − 10⁴·2³²) modulo 2⁶⁴.
  @inlinable @inline(__always)
  static func groups(_ value: UInt32) -> UInt64 {
    let high = UInt64(value / 10_000)
    return UInt64(value) << 32 &+ high &* (1 &- 10_000 << 32)
  }

  /// The 8 digits of two four-digit groups g + g′·2³² (each < 10⁴) as byte values, first digit lowest.
  ///
  /// In each 32-bit lane y < 10⁴, h = ⌊y·10486 / 2²⁰⌋ = ⌊y / 100⌋ (exact for y < 43 699; y·10486 < 2²⁷
  /// stays inside the lane), and the 16-bit lanes h, y − 100·h are word·2¹⁶ + h·(1 − 100·2¹⁶); then in
  /// each 16-bit lane z < 100, d = ⌊z·103 / 2¹⁰⌋ = ⌊z / 10⌋ (exact for z < 179; z·103 < 2¹⁴), and the
  /// bytes d, z − 10·d are word·2⁸ + d·(1 − 10·2⁸).
  @inlinable @inline(__always)
  static func bytes(groups: UInt64) -> UInt64 {
    let hundreds = (groups &* 10486) >> 20 & 0x0000_007F_0000_007F
    let pairs = groups << 16 &+ hundreds &* (1 &- 100 << 16)
    let tens = (pairs &* 103) >> 10 & 0x000F_000F_000F_000F
    return pairs << 8 &+ tens &* (1 &- 10 << 8)
  }
}
