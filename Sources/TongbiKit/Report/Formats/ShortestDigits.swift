/// Shortest round-trip decimal text of a `Double`, in fixed notation, written into a byte buffer.
///
/// For 10⁻⁴ ≤ |x| < 10¹⁵ (every growth rate and amount of a statistical table), x = f·2⁻ˢ exactly with
/// f < 2⁵³ and 3 ≤ s ≤ 66. With E = ⌊log₁₀|x|⌋ and P = 16 − E, the integer V = f·10ᴾ (exact, at most 123
/// bits) is x·10ᴾ·2ˢ, and t = ⌊V / 2ˢ⌋ has exactly 17 digits. The candidates with 15, 16 and 17
/// significant digits are c_j = x·10ᴾ⁻ʲ rounded to the nearest integer for j = 2, 1, 0, ties to even
/// as `Double.description` breaks them (from t and the remainder V − t·2ˢ, in 64-bit integers), and
/// c_j·10⁻⁽ᴾ⁻ʲ⁾ lies inside x's rounding interval when 2·|c_j·10ʲ·2ˢ − V| < 10ᴾ (≤ with f even, the
/// parser's ties-to-even; a quarter-width lower interval at powers of two). If a representation with d ≤ 15 digits reads back as x, the
/// 15-digit rounding of x is that representation padded with zeros, so stripping trailing zeros gives
/// the shortest; at 16 and 17 digits the nearest candidate is tried, and 17 digits always read back.
/// Outside that range the function returns `nil`.
///
/// E comes from the binary exponent e: ⌊log₁₀|x|⌋ is D = ⌊e·78913 / 2¹⁸⌋ (78913 / 2¹⁸ ≈ log₁₀ 2) or
/// D + 1, the latter exactly when t computed with D reaches 10¹⁷.
enum ShortestDigits {
  /// Writes `value` at `pointer` and returns the byte count, or `nil` when |value| is outside
  /// [10⁻⁴, 10¹⁵) or not finite.
  @inline(__always)
  static func write(_ value: Double, to pointer: UnsafeMutablePointer<UInt8>) -> Int? {
    let magnitude = value.magnitude
    guard magnitude >= 1e-4, magnitude < 1e15 else { return nil }
    let bits = magnitude.bitPattern
    let biased = Int(truncatingIfNeeded: bits &>> 52)
    let significand = (bits & ((1 << 52) - 1)) | (1 << 52)
    let shift = 1075 - biased
    let estimate = ((biased - 1023) &* 78913) >> 18
    let estimated = UInt128(significand) &* DecimalPowers.wide(16 - estimate)
    let carried = UInt64(truncatingIfNeeded: estimated &>> shift) >= 100_000_000_000_000_000
    let places = 16 - estimate - (carried ? 1 : 0)
    let scale = DecimalPowers.wide(places)
    let product = carried ? UInt128(significand) &* scale : estimated
    let truncated = UInt64(truncatingIfNeeded: product &>> shift)
    let remainder = product &- (UInt128(truncated) &<< shift)
    let exact = remainder == 0
    let narrowLower = significand == 1 << 52
    let even = significand & 1 == 0
    let fifteen = nearest(truncated, step: 100, exact: exact)
    let sixteen = nearest(truncated, step: 10, exact: exact)
    let half = UInt128(1) &<< (shift - 1)
    let roundedUp = remainder > half || (remainder == half && truncated & 1 == 1)
    let seventeen = truncated &+ (roundedUp ? 1 : 0)
    // All three candidates are tested and the shortest that fits selected, without a branch on which.
    let fifteenFits = inside(fifteen &* 100, product, shift, scale, narrowLower, even)
    let sixteenFits = inside(sixteen &* 10, product, shift, scale, narrowLower, even)
    let units = fifteenFits ? fifteen : sixteenFits ? sixteen : seventeen
    let dropped = fifteenFits ? 2 : sixteenFits ? 1 : 0
    return FixedDigits.write(units, places: places - dropped, negative: value < 0, to: pointer)
  }

  /// x·10ᴾ / `step` rounded to the nearest integer, ties to even, from t = ⌊x·10ᴾ⌋ and whether x·10ᴾ is
  /// an integer (`exact`): with q = ⌊t / step⌋ and ρ = t − q·step, x·10ᴾ / step − q is above one half
  /// when ρ > step / 2, or ρ = step / 2 and x·10ᴾ is not an integer; exactly one half when ρ = step / 2
  /// and it is.
  @inline(__always)
  private static func nearest(_ truncated: UInt64, step: UInt64, exact: Bool) -> UInt64 {
    let quotient = truncated / step
    let rest = truncated &- quotient &* step
    let up = rest > step / 2 || (rest == step / 2 && (!exact || quotient & 1 == 1))
    return quotient &+ (up ? 1 : 0)
  }

  /// Whether the decimal `scaled`·10⁻ᴾ reads back as x = V·10⁻ᴾ·2⁻ˢ: 2·|scaled·2ˢ − V| < 10ᴾ, or equal
  /// with an even significand; below x at a power of two the interval is half as wide.
  @inline(__always)
  private static func inside(
    _ scaled: UInt64, _ product: UInt128, _ shift: Int, _ scale: UInt128, _ narrowLower: Bool, _ even: Bool
  ) -> Bool {
    let back = UInt128(scaled) &<< shift
    let below = back < product
    let difference = below ? product &- back : back &- product
    let width = below && narrowLower ? difference &<< 2 : difference &<< 1
    return width < scale || (width == scale && even)
  }
}
