@_spi(ByteLevel) import ByteLevel
import TongbiKit

/// Simulates the monthly values of one series: level × trend growth × seasonality × lognormal noise.
///
/// Every region draws a size (lognormal around 1) and an annual trend growth in −5%…+15% from its own
/// random stream; every series of the region draws its level around the indicator's typical level, a
/// growth within ±2 points of the region's (kept in −5%…+15%), and one noise term per month from the
/// series' stream. Streams are derived from the seed and the indices, so a series' values do not depend
/// on the layout, the missing rate or how many other regions are generated.
struct SeriesSimulator {
  /// Seasonal factors of the simulated months.
  let seasonal: [Double]
  /// The user's seed.
  let seed: UInt64

  /// Standard deviation of the log of a region's size.
  static let regionSizeSpread = 0.8
  /// Standard deviation of the log of a series' level around its region's size.
  static let seriesLevelSpread = 0.3
  /// Standard deviation of the monthly log noise.
  static let noiseSpread = 0.06
  /// Range of annual trend growth.
  static let growthRange = -0.05...0.15
  /// Largest difference of a series' growth from its region's.
  static let growthJitter = 0.02

  /// The random draws of one region.
  struct RegionDraw {
    /// Multiplier of every indicator's typical level.
    let size: Double
    /// Annual trend growth.
    let growth: Double
  }

  /// Draws the size and growth of region `region` (0-based).
  func region(_ region: Int) -> RegionDraw {
    var random = Xoshiro256StarStar(seed: SplitMix64.derive(seed, region))
    let size = PortableMath.exp(Self.regionSizeSpread * random.nextNormal())
    let growth = random.nextUniform(Self.growthRange.lowerBound, Self.growthRange.upperBound)
    return RegionDraw(size: size, growth: growth)
  }

  /// Writes the monthly values of (`region`, `indicator`) into `values` (one per simulated month).
  func simulate(
    region: Int, draw: RegionDraw, indicator: Int, typicalLevel: Double, into values: inout [Double]
  ) {
    var random = Xoshiro256StarStar(seed: SplitMix64.derive(seed, region, indicator))
    let level = typicalLevel * draw.size * PortableMath.exp(Self.seriesLevelSpread * random.nextNormal())
    let jitter = random.nextUniform(-Self.growthJitter, Self.growthJitter)
    let growth = min(Self.growthRange.upperBound, max(Self.growthRange.lowerBound, draw.growth + jitter))
    let monthlyGrowth = PortableMath.exp(PortableMath.log(1 + growth) / 12)
    let sigma = Self.noiseSpread
    var trend = level
    values.removeAll(keepingCapacity: true)
    for factor in seasonal {
      let noise = PortableMath.exp(sigma * random.nextNormal() - sigma * sigma / 2)
      values.append(trend * factor * noise)
      trend *= monthlyGrowth
    }
  }

  /// Turns monthly values starting in January into year-to-date sums (本月止累计) in place.
  static func accumulate(_ values: inout [Double]) {
    var sum = 0.0
    for index in values.indices {
      if index % 12 == 0 { sum = 0 }
      sum += values[index]
      values[index] = sum
    }
  }
}
