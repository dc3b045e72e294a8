/// Shortest round-trip decimal text of a `Double`, in fixed notation, written into a byte buffer.
///
/// For 10⁻⁴ ≤ |x| < 10¹⁵ (every growth rate and amount of a statistical table): x = f·2^q exactly
/// (f < 2⁵³, q < 0); for p = 15, 16, 17 significant digits, m = round(x·10ⁿ) with n = p − 1 − ⌊log₁₀|x|⌋
/// is computed exactly in 128-bit integers as (f·10ⁿ + 2^(−q−1)) >> −q, and accepted when the decimal
/// m·10⁻ⁿ lies inside x's rounding interval: 2·|m·2^(−q) − f·10ⁿ| < 10ⁿ (≤ with f even, the parser's
/// ties-to-even; a quarter-width lower interval at powers of two). If a representation with d ≤ 15
/// digits reads back as x, the 15-digit rounding of x is that representation padded with zeros, so
/// stripping trailing zeros gives the shortest; at 16 and 17 digits the nearest candidate is tried,
/// and 17 digits always read back. Outside that range the function returns `nil`.
enum ShortestDigits {
  /// 10ⁿ for n in 0...38 (a switch compiles to a constant table, with no lazy global to check).
  @inline(__always)
  static func power(_ n: Int) -> UInt128 {
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
    case 20: 100000000000000000000
    case 21: 1000000000000000000000
    case 22: 10000000000000000000000
    case 23: 100000000000000000000000
    case 24: 1000000000000000000000000
    case 25: 10000000000000000000000000
    case 26: 100000000000000000000000000
    case 27: 1000000000000000000000000000
    case 28: 10000000000000000000000000000
    case 29: 100000000000000000000000000000
    case 30: 1000000000000000000000000000000
    case 31: 10000000000000000000000000000000
    case 32: 100000000000000000000000000000000
    case 33: 1000000000000000000000000000000000
    case 34: 10000000000000000000000000000000000
    case 35: 100000000000000000000000000000000000
    case 36: 1000000000000000000000000000000000000
    case 37: 10000000000000000000000000000000000000
    case 38: 100000000000000000000000000000000000000
    default: 0
    }
  }

  /// Writes `value` at `pointer` and returns the byte count, or `nil` when |value| is outside
  /// [10⁻⁴, 10¹⁵) or not finite.
  static func write(_ value: Double, to pointer: UnsafeMutablePointer<UInt8>) -> Int? {
    let magnitude = value.magnitude
    guard magnitude >= 1e-4, magnitude < 1e15 else { return nil }
    let significand = UInt128(magnitude.significandBitPattern | (1 << 52))
    let shift = 52 - Int(magnitude.exponent)
    let scaledHalf = UInt128(1) &<< (shift - 1)
    var exponent = log10Floor(magnitude)
    var product = UInt128(0)
    var decimals = 0
    for _ in 0..<4 {
      // Exact decimal exponent: ⌊x·10ⁿ⌋ must have exactly 15 digits.
      decimals = 14 - exponent
      guard decimals >= 0, decimals <= 18 else { return nil }
      product = significand &* power(decimals)
      let truncated = product &>> shift
      if truncated >= power(15) {
        exponent += 1
      } else if truncated < power(14) {
        exponent -= 1
      } else {
        break
      }
    }
    for extra in 0...2 {
      let places = decimals + extra
      let scaled = extra == 0 ? product : significand &* power(places)
      let units = (scaled &+ scaledHalf) &>> shift
      let back = units &<< shift
      let below = back < scaled
      let difference = below ? scaled &- back : back &- scaled
      let width = below && significand == UInt128(1) &<< 52 ? difference &<< 2 : difference &<< 1
      let limit = power(places)
      if width < limit || (width == limit && significand & 1 == 0) || extra == 2 {
        return FixedDigits.write(
          UInt64(truncatingIfNeeded: units), places: places, negative: value < 0, to: pointer)
      }
    }
    return nil
  }

  /// ⌊log₁₀ x⌋ estimate for x > 0 (corrected by the caller's digit count check).
  @inline(__always)
  static func log10Floor(_ x: Double) -> Int {
    // log₂ x ≈ exponent + (significand − 1), within 0.09; times log₁₀ 2.
    let binary = Double(x.exponent) + (x.significand - 1)
    return Int((binary * 0.30102999566398120).rounded(.down))
  }
}
