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
  static let powers: [UInt128] = (0...38).map { exponent in
    (0..<exponent).reduce(UInt128(1)) { product, _ in product * 10 }
  }

  /// Writes `value` at `pointer` and returns the byte count, or `nil` when |value| is outside
  /// [10⁻⁴, 10¹⁵) or not finite.
  static func write(_ value: Double, to pointer: UnsafeMutablePointer<UInt8>) -> Int? {
    let magnitude = value.magnitude
    guard magnitude >= 1e-4, magnitude < 1e15 else { return nil }
    let significand = UInt128(magnitude.significandBitPattern | (1 << 52))
    let shift = 52 - Int(magnitude.exponent)
    let scaledHalf = UInt128(1) << (shift - 1)
    var exponent = log10Floor(magnitude)
    var product = UInt128(0)
    var decimals = 0
    for _ in 0..<4 {
      // Exact decimal exponent: ⌊x·10ⁿ⌋ must have exactly 15 digits.
      decimals = 14 - exponent
      guard decimals >= 0, decimals <= 18 else { return nil }
      product = significand * powers[decimals]
      let truncated = product >> shift
      if truncated >= powers[15] {
        exponent += 1
      } else if truncated < powers[14] {
        exponent -= 1
      } else {
        break
      }
    }
    for extra in 0...2 {
      let places = decimals + extra
      let scaled = extra == 0 ? product : significand * powers[places]
      let units = (scaled + scaledHalf) >> shift
      let back = units << shift
      let below = back < scaled
      let difference = below ? scaled - back : back - scaled
      let width = below && significand == UInt128(1) << 52 ? difference << 2 : difference << 1
      let limit = powers[places]
      if width < limit || (width == limit && significand & 1 == 0) || extra == 2 {
        return writeFixed(UInt64(units), decimals: places, negative: value < 0, to: pointer)
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

  /// Writes units·10^−decimals without trailing zeros ("0.25", "-8.749511617751828", "17").
  static func writeFixed(
    _ units: UInt64, decimals: Int, negative: Bool, to pointer: UnsafeMutablePointer<UInt8>
  )
    -> Int
  {
    var small = units
    var places = decimals
    while places > 0 && small % 10 == 0 {
      small /= 10
      places -= 1
    }
    var length = 0
    if negative {
      pointer[0] = UInt8(ascii: "-")
      length = 1
    }
    var digits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    return withUnsafeMutableBytes(of: &digits) { raw in
      let scratch = raw.bindMemory(to: UInt8.self)
      var used = 0
      repeat {
        scratch[used] = UInt8(truncatingIfNeeded: small % 10) &+ 48
        small /= 10
        used += 1
      } while small > 0 || used <= places
      while used > 0 {
        if used == places {
          pointer[length] = UInt8(ascii: ".")
          length += 1
        }
        used -= 1
        pointer[length] = scratch[used]
        length += 1
      }
      return length
    }
  }
}
