/// The xoshiro256** generator (Blackman and Vigna, 2018): the random bits of `tongbi synth` and of
/// simulated forecast intervals (`RandomSource`).
///
/// Pure integer arithmetic, so a seed gives the same numbers on every machine; Foundation's random
/// number generators are never used.
@_spi(ByteLevel) public struct Xoshiro256StarStar: Sendable {
  @usableFromInline var s0: UInt64
  @usableFromInline var s1: UInt64
  @usableFromInline var s2: UInt64
  @usableFromInline var s3: UInt64

  /// Creates a generator whose state is expanded from `seed` by SplitMix64.
  public init(seed: UInt64) {
    var expander = SplitMix64(seed: seed)
    s0 = expander.next()
    s1 = expander.next()
    s2 = expander.next()
    s3 = expander.next()
  }

  /// The next 64 random bits.
  @inlinable
  public mutating func next() -> UInt64 {
    let result = rotateLeft(s1 &* 5, 7) &* 9
    let shifted = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= shifted
    s3 = rotateLeft(s3, 45)
    return result
  }

  /// A uniform value in [0, 1) with 53 random bits (exact: an integer times 2^-53).
  @inlinable
  public mutating func nextUnit() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }

  /// A uniform value in [`lower`, `upper`).
  @inlinable
  public mutating func nextUniform(_ lower: Double, _ upper: Double) -> Double {
    lower + (upper - lower) * nextUnit()
  }

  /// A standard normal value by Marsaglia's polar form of the Box–Muller transform, using only
  /// IEEE-exact operations and ``PortableMath/log(_:)`` so that results are the same everywhere.
  /// The second value of each pair is discarded: simpler state, and speed is not the limit here.
  public mutating func nextNormal() -> Double {
    while true {
      let u = 2 * nextUnit() - 1
      let v = 2 * nextUnit() - 1
      let s = u * u + v * v
      if s > 0 && s < 1 {
        return u * (-2 * PortableMath.log(s) / s).squareRoot()
      }
    }
  }

  @inlinable @inline(__always)
  func rotateLeft(_ value: UInt64, _ count: UInt64) -> UInt64 {
    (value << count) | (value >> (64 - count))
  }
}
