/// One region's annual target for one indicator, in up to two tiers (确保 and 力争), each a level or a
/// growth rate over last year's full-year value.
public struct AnnualTarget: Hashable, Sendable {
  /// Region name.
  public var region: String
  /// Indicator code or name, as written in the targets file.
  public var indicator: String
  /// Calendar year the target is for.
  public var year: Int
  /// The 确保 (base) tier.
  public var base: TargetTier?
  /// The 力争 (stretch) tier.
  public var stretch: TargetTier?

  /// Creates a target.
  public init(region: String, indicator: String, year: Int, base: TargetTier?, stretch: TargetTier?) {
    self.region = region
    self.indicator = indicator
    self.year = year
    self.base = base
    self.stretch = stretch
  }
}

/// A target tier: a level T(y), or a growth rate g* (percent) meaning T(y) = A(y−1) × (1 + g*/100).
public enum TargetTier: Hashable, Sendable {
  /// The target level, in the indicator's unit as written in the targets file.
  case level(Double)
  /// The target growth over last year's full-year value A(y−1), in percent.
  case growth(Double)

  /// T(y): the level, or A(y−1) × (1 + g*/100) for a growth target.
  ///
  /// Undefined (`noTarget`) for a growth target when A(y−1) is missing.
  public func level(lastYearTotal: Double) -> GrowthValue {
    switch self {
    case .level(let level): return .value(level)
    case .growth(let rate):
      return lastYearTotal.isNaN ? .undefined(.noTarget) : .value(lastYearTotal * (1 + rate / 100))
    }
  }
}

extension AnnualTarget {
  /// The first tier, which completion is reported against: 确保, or 力争 when it is the only tier.
  public var firstTier: TargetTier? { base ?? stretch }

  /// The 力争 tier when it comes second (both tiers are set).
  public var secondTier: TargetTier? { base == nil ? nil : stretch }

  /// T(y) of the first tier (`TargetTier.level(lastYearTotal:)`); `nil` when no tier is given or a
  /// growth target has no A(y−1).
  public func value(lastYear: Double?) -> Double? {
    firstTier?.level(lastYearTotal: lastYear ?? .nan).number
  }
}
