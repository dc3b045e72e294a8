import TongbiKit

/// What `tongbi synth` generates: the panel's size, its random seed, and how it is written.
public struct SynthOptions: Sendable {
  /// Number of regions (`R00001`, …), grouped ten to a parent county (`C0001`, …).
  public var regions: Int
  /// Number of indicators (税收收入, 固定资产投资, 规上工业总产值, 工业技改投资, then `指标05`, …).
  public var indicators: Int
  /// Number of calendar months covered, from `start`.
  public var months: Int
  /// Seed of the random numbers: the same options give the same bytes.
  public var seed: UInt64
  /// Write year-to-date values (本月止累计), January and February combined (1-2月).
  public var cumulative = false
  /// Share of value cells left blank (half empty, half `*` redactions), 0...1.
  public var missingRate = 0.0
  /// Long (one row per value) or wide (one column per period) table.
  public var layout = SynthLayout.long
  /// First month.
  public var start: Period

  /// Creates options; `start` defaults to January 2015.
  public init(
    regions: Int, indicators: Int, months: Int, seed: UInt64, start: Period = Period(ordinal: 2015 * 12)
  ) {
    self.regions = regions
    self.indicators = indicators
    self.months = months
    self.seed = seed
    self.start = start
  }
}

/// Table layouts `tongbi synth` writes.
public enum SynthLayout: String, Sendable, CaseIterable {
  /// `地区,上级地区,指标,计量单位,期别,本月` (or `本月止累计`): one row per region, indicator and period.
  case long
  /// `地区,上级地区,指标,计量单位` then one column per period: one row per region and indicator.
  case wide
}
