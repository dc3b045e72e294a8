/// Shortest round-trip decimal text of a `Double`, in fixed notation, written into a byte buffer.
///
/// For 10⁻⁴ ≤ |x| < 10¹⁵ (every growth rate and amount of a statistical table), x = f·2⁻ˢ exactly with
/// f < 2⁵³ and 3 ≤ s ≤ 66. With E = ⌊log₁₀|x|⌋ and P = 16 − E (2 ≤ P ≤ 20), for j = 0, 1, 2 the
/// product Mⱼ = f·5ᴾ⁻ʲ (one 64 × 64-bit multiplication, as 5ᴾ < 2⁴⁷) is x·10ᴾ⁻ʲ·2^σⱼ exactly, with
/// σⱼ = s − P + j (1 ≤ σⱼ ≤ 48). So tⱼ = ⌊Mⱼ / 2^σⱼ⌋ = ⌊x·10ᴾ⁻ʲ⌋ has 17 − j digits, and the remainder
/// rⱼ = Mⱼ mod 2^σⱼ is what x·10ᴾ⁻ʲ has beyond tⱼ, in units of 2^−σⱼ.
///
/// The candidate with 17 − j significant digits is cⱼ = tⱼ + uⱼ, x·10ᴾ⁻ʲ rounded to the nearest
/// integer, ties to even as `Double.description` breaks them: uⱼ = 1 exactly when 2rⱼ + (tⱼ mod 2) >
/// 2^σⱼ (beyond the midpoint, or on it with tⱼ odd). x's rounding interval x ± 2⁻ˢ/2 is ±5ᴾ⁻ʲ/2 in
/// those units, so cⱼ·10^−(P−j) reads back as x when 2·|uⱼ·2^σⱼ − rⱼ| < 5ᴾ⁻ʲ (≤ with f even, the
/// parser's ties to even; below x at a power of two the interval is half as wide). If a
/// representation with d ≤ 15 digits reads back as x, the 15-digit rounding of x is that
/// representation padded with zeros, so stripping trailing zeros gives the shortest; at 16 and 17
/// digits the nearest candidate is tried, and 17 digits always read back. Outside that range the
/// function returns `nil`.
///
/// E comes from the binary exponent e: ⌊log₁₀|x|⌋ is D = ⌊e·78913 / 2¹⁸⌋ (78913 / 2¹⁸ ≈ log₁₀ 2) or
/// D + 1, the latter exactly when |x| ≥ 10ᴰ⁺¹ (`tens`). The three candidates are independent, and
/// each decision is a comparison turned into an integer rather than a branch the processor would have
/// to guess, except the rare choice of 15 digits.
enum ShortestDigits {
  /// 10ᵏ for k in −4...15 as the nearest `Double`, at index k + 4: never below 10ᵏ (exact for k ≥ 0,
  /// above it for k < 0), so a double x is at least 10ᵏ exactly when it is at least this value. An
  /// array of literals is laid out in the binary's data, so a lookup is one load.
  static let tens: [Double] = [
    1e-4, 1e-3, 1e-2, 1e-1, 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
    1e14, 1e15,
  ]

  /// Writes `value` at `pointer` and returns the byte count, or `nil` when |value| is outside
  /// [10⁻⁴, 10¹⁵) or not finite.
  ///
  /// A fitting 15-digit candidate c₂ is written as c₂·10^−(P−2) by `FixedDigits.write`, which strips
  /// its trailing zeros (and takes c₂ = 10¹⁵, all nines rounded up). Otherwise the 16- or 17-digit
  /// candidate has exactly that many significant digits (one ending in zero would be a shorter
  /// representation that reads back, which the shorter candidate would have found), and it goes as
  /// c₁·10 or c₀ to `FixedDigits.writeSeventeen` with P places.
  @inline(__always)
  static func write(_ value: Double, to pointer: UnsafeMutablePointer<UInt8>) -> Int? {
    let magnitude = value.magnitude
    guard magnitude >= 1e-4, magnitude < 1e15 else { return nil }
    let bits = magnitude.bitPattern
    let biased = Int(truncatingIfNeeded: bits &>> 52)
    let significand = (bits & ((1 << 52) - 1)) | (1 << 52)
    let estimate = ((biased - 1023) &* 78913) >> 18
    let places = 16 - estimate - (magnitude >= tens[estimate + 5] ? 1 : 0)
    let binary = 1075 - biased - places
    let odd = significand & 1
    let lowerShift = significand == 1 << 52 ? 2 : 1
    let five = DecimalPowers.five(places - 2)
    let fifteen = candidate(significand, five, binary + 2, odd, lowerShift)
    if fifteen.fits {
      return FixedDigits.write(fifteen.digits, places: places - 2, negative: value < 0, to: pointer)
    }
    let sixteen = candidate(significand, five &* 5, binary + 1, odd, lowerShift)
    let seventeen = candidate(significand, five &* 25, binary, odd, lowerShift)
    return FixedDigits.writeSeventeen(
      sixteen.fits ? sixteen.digits &* 10 : seventeen.digits, places: places,
      significant: sixteen.fits ? 16 : 17, negative: value < 0, to: pointer)
  }

  /// The candidate c = t + u from M = f·5ᵐ (m = P − j, `five` = 5ᵐ) and σ = `binary`, and whether it
  /// reads back as x.
  ///
  /// t = high·2^(64−σ) + ⌊low / 2^σ⌋ and r = low mod 2^σ from the two 64-bit halves of M (t < 2⁶⁴);
  /// u is the sign bit of 2^σ − 2r − (t mod 2). The interval test −L ≤ u·2^σ − r ≤ U, where
  /// U = ⌊(5ᵐ − [f odd]) / 2⌋ is the largest d ≥ 0 with 2d < 5ᵐ (or 2d ≤ 5ᵐ for f even) and L likewise
  /// with 4 in place of 2 below a power of two (`lowerShift`), else L = U, is one unsigned comparison:
  /// u·2^σ − r + L ≤ U + L, a negative left side wrapping to a huge value.
  @inline(__always)
  private static func candidate(
    _ significand: UInt64, _ five: UInt64, _ binary: Int, _ odd: UInt64, _ lowerShift: Int
  ) -> (digits: UInt64, fits: Bool) {
    let product = significand.multipliedFullWidth(by: five)
    let truncated = product.high &<< (64 &- binary) | product.low &>> binary
    let remainder = product.low & ((1 &<< binary) &- 1)
    let up = ((1 &<< binary) &- 2 &* remainder &- (truncated & 1)) >> 63
    let limit = five &- odd
    let below = limit >> lowerShift
    return (truncated &+ up, (up &<< binary) &- remainder &+ below <= limit >> 1 &+ below)
  }
}
