/// The SplitMix64 generator (Steele, Lea and Flood, 2014): a 64-bit counter passed through a mixing
/// function. Used to expand a seed into the state of ``Xoshiro256StarStar`` and to derive independent
/// seeds for regions and series from one user seed; also a `RandomNumberGenerator` for the standard
/// library's random APIs (tests draw reproducible cases from it).
@_spi(ByteLevel) public struct SplitMix64: RandomNumberGenerator {
  @usableFromInline var state: UInt64

  /// Creates a generator starting from `seed`.
  public init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  @inlinable
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    return Self.mix(state)
  }

  /// The SplitMix64 finaliser: a bijective scramble of 64 bits.
  @inlinable
  public static func mix(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A seed for one stream derived from a base seed and a path of indices (region, indicator, purpose).
  @inlinable
  public static func derive(_ seed: UInt64, _ path: Int...) -> UInt64 {
    var value = mix(seed)
    for index in path {
      value = mix(value ^ mix(UInt64(truncatingIfNeeded: index) &+ 0x632B_E59B_D9B4_E019))
    }
    return value
  }
}
