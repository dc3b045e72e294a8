import Foundation

/// Student's t distribution with ν degrees of freedom: cumulative distribution and quantile.
package enum StudentT {
  /// P(T ≤ t) for T ~ t(ν), ν > 0: with x = ν / (ν + t²), P = 1 − ½ I_x(ν/2, ½) for t ≥ 0 and
  /// ½ I_x(ν/2, ½) for t < 0, I the regularized incomplete beta function. NaN when ν ≤ 0 or t is NaN.
  package static func cdf(_ t: Double, degreesOfFreedom nu: Double) -> Double {
    guard nu > 0, !t.isNaN else { return .nan }
    if t.isInfinite { return t > 0 ? 1 : 0 }
    let tail = 0.5 * IncompleteBeta.regularized(x: nu / (nu + t * t), a: nu / 2, b: 0.5)
    return t >= 0 ? 1 - tail : tail
  }

  /// The t with P(T ≤ t) = p for T ~ t(ν), 0 < p < 1, ν > 0: started from the Cornish–Fisher
  /// expansion around the normal quantile z, t ≈ z + (z³ + z)/(4ν) + (5z⁵ + 16z³ + 3z)/(96ν²), then
  /// refined by Newton steps on cdf(t) − p with the t density. ν = ∞ gives the normal quantile;
  /// p = 0 or 1 give ∓∞; anything else outside the domain gives NaN.
  package static func quantile(_ p: Double, degreesOfFreedom nu: Double) -> Double {
    guard nu > 0, p >= 0, p <= 1 else { return .nan }
    let z = NormalDistribution.quantile(p)
    if nu.isInfinite || !z.isFinite { return z }
    let z3 = z * z * z
    var t = z + (z3 + z) / (4 * nu) + (5 * z3 * z * z + 16 * z3 + 3 * z) / (96 * nu * nu)
    let logNormalizer = lgamma((nu + 1) / 2) - lgamma(nu / 2) - 0.5 * log(nu * Double.pi)
    for _ in 0..<50 {
      let density = exp(logNormalizer - (nu + 1) / 2 * log1p(t * t / nu))
      guard density > 0 else { break }
      let step = (cdf(t, degreesOfFreedom: nu) - p) / density
      t -= step
      if abs(step) <= 1e-12 * max(1, abs(t)) { break }
    }
    return t
  }
}

/// The regularized incomplete beta function I_x(a, b).
enum IncompleteBeta {
  /// I_x(a, b) = B(x; a, b) / B(a, b) for 0 ≤ x ≤ 1, a, b > 0, by Lentz's continued fraction
  /// (using the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) where the fraction converges slowly).
  static func regularized(x: Double, a: Double, b: Double) -> Double {
    if x <= 0 { return 0 }
    if x >= 1 { return 1 }
    let logFront = lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log1p(-x)
    if x < (a + 1) / (a + b + 2) {
      return exp(logFront) * continuedFraction(x: x, a: a, b: b) / a
    }
    return 1 - exp(logFront) * continuedFraction(x: 1 - x, a: b, b: a) / b
  }

  /// The continued fraction of I_x(a, b), evaluated by the modified Lentz method.
  private static func continuedFraction(x: Double, a: Double, b: Double) -> Double {
    let tiny = 1e-300
    var c = 1.0
    var d = 1 - (a + b) * x / (a + 1)
    if abs(d) < tiny { d = tiny }
    d = 1 / d
    var result = d
    for m in 1...300 {
      let mm = Double(m)
      let evenTerm = mm * (b - mm) * x / ((a + 2 * mm - 1) * (a + 2 * mm))
      d = 1 + evenTerm * d
      if abs(d) < tiny { d = tiny }
      c = 1 + evenTerm / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      result *= d * c
      let oddTerm = -(a + mm) * (a + b + mm) * x / ((a + 2 * mm) * (a + 2 * mm + 1))
      d = 1 + oddTerm * d
      if abs(d) < tiny { d = tiny }
      c = 1 + oddTerm / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      let delta = d * c
      result *= delta
      if abs(delta - 1) < 1e-15 { break }
    }
    return result
  }
}
