@_spi(ByteLevel) import ByteLevel

extension GrowthTable {
  /// Adds contribution columns against the same period of last year, on levels (C, or M for series
  /// without a cumulative form), the base being the comparable one where a published rate or a
  /// supplied base is the growth (`TableSnapshot.base`), so that the parts' 拉动 add up to the total's
  /// published growth when their bases do:
  ///
  /// - `contribution_pp` 拉动 of a region to its parent region: (x − x_base) / X_base × 100;
  /// - `contribution_share_pct` 贡献率: (x − x_base) / (X − X_base) × 100;
  /// - `indicator_contribution_pp` and `indicator_share_pct`: the same for a sub-indicator within its
  ///   parent indicator (工业技改投资 within 固定资产投资) in the same region.
  ///
  /// Returns the months where the published parts do not add up to the published total beyond the
  /// rounding of the input (statistics offices do not force totals): `SumCheckGap`s, with the count
  /// of months that could not be checked because a part is missing.
  @discardableResult
  public mutating func addContributionColumns() -> SumCheckReport {
    let snapshot = snapshot()
    let periodCount = panel.periodCount
    let seriesCount = series.count
    let make = { (column: GrowthColumn) in
      ExtraColumn(column, seriesCount: seriesCount, periodCount: periodCount)
    }
    var pulls = make(.contribution)
    var shares = make(.contributionShare)
    var indicatorPulls = make(.indicatorContribution)
    var indicatorShares = make(.indicatorShare)
    var report = SumCheckReport()
    var regionParts: [RegionIndicator: [Int]] = [:]
    var indicatorParts: [RegionIndicator: [Int]] = [:]
    for (ordinal, key) in series.enumerated() {
      if let parent = panel.regions[key.region]?.parent,
        let total = snapshot.ordinals[RegionIndicator(region: parent, indicator: key.indicator)]
      {
        regionParts[RegionIndicator(region: parent, indicator: key.indicator), default: []].append(ordinal)
        fill(&pulls, &shares, part: ordinal, total: total, snapshot)
      } else {
        fillUndefined(&pulls, &shares, part: ordinal)
      }
      if let parentCode = panel.indicators[key.indicator]?.parent,
        let total = snapshot.ordinals[RegionIndicator(region: key.region, indicator: parentCode)]
      {
        indicatorParts[RegionIndicator(region: key.region, indicator: parentCode), default: []].append(
          ordinal)
        fill(&indicatorPulls, &indicatorShares, part: ordinal, total: total, snapshot)
      } else {
        fillUndefined(&indicatorPulls, &indicatorShares, part: ordinal)
      }
    }
    for (group, parts) in regionParts.sorted(by: {
      ($0.key.region, $0.key.indicator) < ($1.key.region, $1.key.indicator)
    }) {
      guard let total = snapshot.ordinals[group] else { continue }
      let decimals = parts.map { series[$0].decimals }.max() ?? 0
      report.check(
        total: total, parts: parts, decimals: decimals, snapshot, periodCount: periodCount,
        label: { row in (group.region, group.indicator, self.panel.period(atRow: row)) })
    }
    extraColumns += [pulls, shares, indicatorPulls, indicatorShares]
    return report
  }

  private func fill(
    _ pulls: inout ExtraColumn, _ shares: inout ExtraColumn, part: Int, total: Int, _ snapshot: TableSnapshot
  ) {
    for row in 0..<panel.periodCount {
      let x = snapshot.level(part, row)
      let xBase = snapshot.base(part, row)
      let totalNow = snapshot.level(total, row)
      let totalBase = snapshot.base(total, row)
      pulls.set(
        GrowthFormulas.contribution(part: x, partBase: xBase, totalBase: totalBase), series: part, row: row)
      shares.set(
        GrowthFormulas.shareOfGrowth(part: x, partBase: xBase, total: totalNow, totalBase: totalBase),
        series: part, row: row)
    }
  }

  private func fillUndefined(_ pulls: inout ExtraColumn, _ shares: inout ExtraColumn, part: Int) {
    for row in 0..<panel.periodCount {
      pulls.set(.undefined(.notApplicable), series: part, row: row)
      shares.set(.undefined(.notApplicable), series: part, row: row)
    }
  }
}

/// Months where published parts do not add up to their published total.
public struct SumCheckReport: Sendable {
  /// Months whose parts all exist but differ from the total beyond the input's rounding.
  public var gaps: [SumCheckGap] = []
  /// Months that could not be checked because a part or the total is missing (redacted).
  public var unchecked = 0

  /// An empty report.
  public init() {}

  /// How far `count` parts published with `decimals` decimals may add up away from their published
  /// total: each part and the total may be off by half a unit of the last place, so
  /// (count + 1) × 0.5 × 10^−decimals.
  public static func rounding(parts count: Int, decimals: Int) -> Double {
    Double(count + 1) * 0.5 * PowerOfTen.value(-decimals)
  }

  /// `rounding(parts:decimals:)` plus 10⁻⁹ for binary noise: a gap beyond it is a real one.
  public static func tolerance(parts count: Int, decimals: Int) -> Double {
    rounding(parts: count, decimals: decimals) + 1e-9
  }

  mutating func check(
    total: Int, parts: [Int], decimals: Int, _ snapshot: TableSnapshot, periodCount: Int,
    label: (Int) -> (String, String, Period)
  ) {
    let tolerance = Self.tolerance(parts: parts.count, decimals: decimals)
    for row in 0..<periodCount {
      let published = snapshot.level(total, row)
      let values = parts.map { snapshot.level($0, row) }
      if published.isNaN && values.allSatisfy(\.isNaN) { continue }
      guard !published.isNaN, !values.contains(where: \.isNaN) else {
        unchecked += 1
        continue
      }
      let sum = values.reduce(0, +)
      if abs(sum - published) > tolerance {
        let (region, indicator, period) = label(row)
        gaps.append(
          SumCheckGap(region: region, indicator: indicator, period: period, total: published, sumOfParts: sum)
        )
      }
    }
  }
}

/// A published total that its published parts do not add up to.
public struct SumCheckGap: Equatable, Sendable {
  /// The total region.
  public var region: String
  /// Indicator code.
  public var indicator: String
  /// Month.
  public var period: Period
  /// The published total.
  public var total: Double
  /// The sum of the published parts.
  public var sumOfParts: Double
  /// sumOfParts − total.
  public var gap: Double { sumOfParts - total }
}
