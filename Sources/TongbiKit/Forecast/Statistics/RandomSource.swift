import Foundation

/// A small deterministic pseudo-random generator (xoshiro256**, seeded through SplitMix64) with
/// standard normal draws, so simulated prediction intervals are reproducible run to run.
public struct RandomSource: RandomNumberGenerator, Sendable {
  private var s0: UInt64
  private var s1: UInt64
  private var s2: UInt64
  private var s3: UInt64
  private var spare: Double?

  /// Creates a generator whose sequence is fixed by `seed`.
  public init(seed: UInt64) {
    var x = seed
    func splitMix() -> UInt64 {
      x &+= 0x9E37_79B9_7F4A_7C15
      var z = x
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    s0 = splitMix()
    s1 = splitMix()
    s2 = splitMix()
    s3 = splitMix()
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
    let t = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= t
    s3 = s3 << 45 | s3 >> 19
    return result
  }

  /// A draw from N(0, 1) by the Box–Muller transform: z = √(−2 ln u₁) · cos(2π u₂), keeping the
  /// sine partner for the next call.
  public mutating func nextNormal() -> Double {
    if let value = spare {
      spare = nil
      return value
    }
    let u1 = Double(next() >> 11 | 1) * 0x1.0p-53
    let u2 = Double(next() >> 11) * 0x1.0p-53
    let radius = (-2 * log(u1)).squareRoot()
    spare = radius * sin(2 * Double.pi * u2)
    return radius * cos(2 * Double.pi * u2)
  }
}
