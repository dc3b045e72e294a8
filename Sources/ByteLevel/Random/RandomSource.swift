import Foundation

/// The random source of simulated prediction intervals: `Xoshiro256StarStar` bits with standard
/// normal draws by Box–Muller, so intervals are reproducible run to run.
@_spi(ByteLevel) public struct RandomSource: RandomNumberGenerator, Sendable {
  @usableFromInline var bits: Xoshiro256StarStar
  @usableFromInline var spare: Double?

  /// Creates a generator whose sequence is fixed by `seed`.
  public init(seed: UInt64) {
    bits = Xoshiro256StarStar(seed: seed)
  }

  /// The next 64 random bits.
  @inlinable
  public mutating func next() -> UInt64 { bits.next() }

  /// A draw from N(0, 1) by the Box–Muller transform: z = √(−2 ln u₁) · cos(2π u₂), keeping the
  /// sine partner for the next call.
  @inlinable
  public mutating func nextNormal() -> Double {
    if let value = spare {
      spare = nil
      return value
    }
    let u1 = Double(next() >> 11 | 1) * 0x1.0p-53
    let u2 = bits.nextUnit()
    let radius = (-2 * log(u1)).squareRoot()
    spare = radius * sin(2 * Double.pi * u2)
    return radius * cos(2 * Double.pi * u2)
  }
}
