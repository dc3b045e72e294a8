@_spi(ByteLevel) import ByteLevel
import TongbiKit

/// Decides which written cells of a series are blank: a share `rate` of them, half left empty and half
/// redacted with `*`, from a random stream of their own (so values do not change with the rate).
struct MissingCells {
  /// What is written in a cell.
  enum Mark {
    /// The value.
    case value
    /// Nothing (an empty cell).
    case empty
    /// `*`, a redaction (保密).
    case redacted
  }

  private var random: Xoshiro256StarStar
  private let rate: Double

  /// The cells of series (`region`, `indicator`) under `seed`, blank with probability `rate`.
  init(seed: UInt64, region: Int, indicator: Int, rate: Double) {
    random = Xoshiro256StarStar(seed: SplitMix64.derive(seed, region, indicator, 1))
    self.rate = rate
  }

  /// The mark of the next cell.
  mutating func next() -> Mark {
    guard rate > 0 else { return .value }
    let draw = random.nextUnit()
    guard draw < rate else { return .value }
    return draw < rate / 2 ? .empty : .redacted
  }
}
