/// Decimal text of a `Double` for machine outputs, in fixed notation, written into a byte buffer: the
/// shortest digits that read back as the value, rounded half away from zero to 15 significant digits
/// when they are longer (binary noise such as 20.000000000000004 is below the 15th digit; any double
/// with at most 15 significant decimal digits reads back from them as itself).
///
/// For 10⁻⁴ ≤ |x| < 10¹⁵ (every growth rate and amount of a statistical table), x = f·2⁻ˢ exactly with
/// 2⁵² ≤ f < 2⁵³ and 3 ≤ s ≤ 66. The scale comes from s alone: P = ⌈s·log₁₀ 2⌉ (1 ≤ P ≤ 20), so that
/// x's rounding interval x ± 2⁻ˢ/2 is w = 10ᴾ·2⁻ˢ wide in units of 10⁻ᴾ, with 1 < w < 10. For
/// j = 0, 1 the product Mⱼ = f·5ᴾ⁻ʲ (one 64 × 64-bit multiplication, as 5ᴾ < 2⁴⁷) is x·10ᴾ⁻ʲ·2^σⱼ
/// exactly, with σⱼ = s − P + j (2 ≤ σⱼ ≤ 47). So tⱼ = ⌊Mⱼ / 2^σⱼ⌋ = ⌊x·10ᴾ⁻ʲ⌋, and the remainder
/// rⱼ = Mⱼ mod 2^σⱼ is what x·10ᴾ⁻ʲ has beyond tⱼ, in units of 2^−σⱼ.
///
/// cⱼ = tⱼ + uⱼ is x·10ᴾ⁻ʲ rounded to the nearest integer, ties to even as `Double.description` breaks
/// them: uⱼ = 1 exactly when 2rⱼ + (tⱼ mod 2) > 2^σⱼ. In units of 10⁻ᴾ the interval is narrower than
/// 10, so it holds at most one multiple of 10, and only the nearest one, c₁·10, can be inside: it is
/// when 2·|u₁·2^σ₁ − r₁| < 5ᴾ⁻¹ (never equal, 5ᴾ⁻¹ being odd, so the parser's ties to even for a
/// value exactly between two doubles never decide). A shorter representation
/// that reads back is a multiple of 10 in the interval too, so it is c₁ with its trailing zeros
/// stripped. Otherwise the interval is wider than 1 and holds c₀, the answer (it cannot end in zero).
/// The interval is narrower below x when x is a power of two, but every power of two in the range is
/// exactly c₁·10^−(P−1) (2ᵏ for 0 ≤ k ≤ 49 an integer, 2⁻ᵏ for k ≤ 13 having k ≤ P − 1 decimals), so
/// it takes the first answer at distance 0 and the narrower side never matters.
///
/// x·10ᴾ < 2⁵³·10 gives c₁ < 10¹⁶ and c₀ < 10¹⁷; up to 15 digits go to `FixedDigits.writeSeventeen`
/// scaled to 17 digits, their count known from one comparison, 16 or 17 are rounded to 15 first; a
/// fitting c₁ that ends in zero (a short number) goes to `FixedDigits.write`, which strips its zeros.
@_spi(ByteLevel) public enum ShortestDigits {
  /// Writes `value` with at most 15 significant digits at `pointer` and returns the byte count, or
  /// `nil` when |value| is outside [10⁻⁴, 10¹⁵) or not finite.
  @inlinable @inline(__always)
  public static func write(_ value: Double, to pointer: UnsafeMutablePointer<UInt8>) -> Int? {
    let magnitude = value.magnitude
    guard magnitude >= 1e-4, magnitude < 1e15 else { return nil }
    let bits = magnitude.bitPattern
    let scale = 1075 &- Int(truncatingIfNeeded: bits &>> 52)
    let significand = (bits & ((1 << 52) - 1)) | (1 << 52)
    let places = decimalPlaces(binaryScale: scale)
    let binary = scale &- places
    let five = DecimalPowers.five(places &- 1)
    let coarse = candidate(significand, five, binary &+ 1)
    let nearest = candidate(significand, five &* 5, binary).digits
    let negative = value < 0
    if coarse.fits && coarse.digits % 10 == 0 {
      return FixedDigits.write(coarse.digits, places: places &- 1, negative: negative, to: pointer)
    }
    if coarse.fits && coarse.digits < 1_000_000_000_000_000 {
      return FixedDigits.writeSeventeen(
        coarse.digits &* 100, places: places &+ 1, significant: 15, negative: negative, to: pointer)
    }
    // 16 or 17 digits, scaled to 17, are rounded half away from zero to their first 15 (machine outputs
    // carry no binary noise: 20.000000000000004 is 20, 9.849442420068755 is 9.84944242006876). Adding
    // 50 makes the first 15 digits of the sum those of the rounded value, so `writeSeventeen` writes
    // them straight from it; the quotient by 100, off that chain, only decides whether the rounded value
    // ends in zero (a carry to 10¹⁵ included), which `FixedDigits.write` strips.
    let seventeen = nearest >= 10_000_000_000_000_000
    let scaled = coarse.fits ? coarse.digits &* 10 : seventeen ? nearest : nearest &* 10
    let scaledPlaces = coarse.fits || seventeen ? places : places &+ 1
    let sum = scaled &+ 50
    let rounded = sum / 100
    if rounded % 10 == 0 {
      return FixedDigits.write(rounded, places: scaledPlaces &- 2, negative: negative, to: pointer)
    }
    return FixedDigits.writeSeventeen(
      sum, places: scaledPlaces, significant: 15, negative: negative, to: pointer)
  }

  /// P = ⌈s·log₁₀ 2⌉ for 3 ≤ s ≤ 66: ⌊s·78913 / 2¹⁸⌋ + 1, as 78913 / 2¹⁸ ≈ log₁₀ 2 gives ⌊s·log₁₀ 2⌋
  /// for these s, and s·log₁₀ 2 is never an integer.
  @inlinable @inline(__always)
  public static func decimalPlaces(binaryScale scale: Int) -> Int {
    (scale &* 78913) &>> 18 &+ 1
  }

  /// c = t + u from M = f·5ᵐ (`five` = 5ᵐ) and σ = `binary`, and whether c reads back as x.
  ///
  /// t = high·2^(64−σ) + ⌊low / 2^σ⌋ and r = low mod 2^σ from the two 64-bit halves of M (t < 2⁶⁴),
  /// and u is the sign bit of 2^σ − 2r − (t mod 2). The test 2·|u·2^σ − r| < 5ᵐ is one unsigned
  /// comparison with U = ⌊5ᵐ / 2⌋: u·2^σ − r + U ≤ 2U, a negative left side wrapping to a huge value.
  @inlinable @inline(__always)
  static func candidate(_ significand: UInt64, _ five: UInt64, _ binary: Int)
    -> (digits: UInt64, fits: Bool)
  {
    let product = significand.multipliedFullWidth(by: five)
    let truncated = product.high &<< (64 &- binary) | product.low &>> binary
    let remainder = product.low & ((1 &<< binary) &- 1)
    let up = ((1 &<< binary) &- 2 &* remainder &- (truncated & 1)) >> 63
    let limit = five >> 1
    return (truncated &+ up, (up &<< binary) &- remainder &+ limit <= limit &+ limit)
  }
}
