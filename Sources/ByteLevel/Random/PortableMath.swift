/// `exp` and `log` built from IEEE-754 basic operations only (add, multiply, divide, exact scaling by
/// powers of two), so that they give bit-identical results on every machine and C library.
///
/// The system's `exp` and `log` may differ in the last bit between libm versions; a synthetic data
/// set must not. Accuracy is within a few units in the last place, ample for simulation.
package enum PortableMath {
  /// ln 2 split into a high part with trailing zero bits (exact products with small integers) and the rest.
  private static let ln2High = 0x1.62e42fee00000p-1
  private static let ln2Low = 0x1.a39ef35793c76p-33

  /// The natural logarithm of a positive finite `x` (NaN for zero, negatives and non-finite values).
  package static func log(_ x: Double) -> Double {
    guard x > 0, x.isFinite else { return .nan }
    // x = m × 2^e with m in [1, 2); move m into [√½, √2) so that |s| below stays ≤ 0.172.
    var exponent = Double(Int(x.exponent))
    var mantissa = x.significand
    if mantissa > 1.4142135623730951 {
      mantissa *= 0.5
      exponent += 1
    }
    // log(m) = 2 atanh(s) = 2 (s + s³/3 + s⁵/5 + …), s = (m − 1) / (m + 1).
    let s = (mantissa - 1) / (mantissa + 1)
    let s2 = s * s
    var series = 0.0
    var k = 29.0
    while k >= 1 {
      series = series * s2 + 1 / k
      k -= 2
    }
    return exponent * ln2High + (exponent * ln2Low + 2 * s * series)
  }

  /// e raised to `x`; 0 below −745 and infinity above 709.78.
  package static func exp(_ x: Double) -> Double {
    if x.isNaN { return x }
    if x > 709.78 { return .infinity }
    if x < -745 { return 0 }
    // x = k ln 2 + r, |r| ≤ ln2 / 2; e^x = 2^k e^r.
    let k = (x / (ln2High + ln2Low)).rounded(.toNearestOrAwayFromZero)
    let r = (x - k * ln2High) - k * ln2Low
    var sum = 1.0
    var n = 20.0
    while n >= 1 {
      sum = 1 + sum * r / n
      n -= 1
    }
    return scaled(sum, byPowerOfTwo: Int(k))
  }

  /// `value × 2^power`, in two steps so that subnormal results round once, as multiplication does.
  private static func scaled(_ value: Double, byPowerOfTwo power: Int) -> Double {
    let half = power / 2
    return value * Double(sign: .plus, exponent: half, significand: 1)
      * Double(sign: .plus, exponent: power - half, significand: 1)
  }
}
