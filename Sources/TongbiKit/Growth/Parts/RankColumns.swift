extension GrowthTable {
  /// Adds `rank`, `rank_change` and `gap_to_parent_pp` columns: each region's competition rank among
  /// the regions with the same parent (上级地区) for the same indicator and month, by `basis` on
  /// displayed values in the indicator's direction; the change against the previous published period
  /// (positive: moved up, 前移); and the headline growth minus the parent's, in points from displayed
  /// rates (高于/低于全县平均). Regions without a parent get no rank.
  ///
  /// `completion` ranks by the `target_completion_pct` column, which must have been added first;
  /// without it the ranks are undefined (`noTarget`).
  public mutating func addRankColumns(by basis: RankingBasis) {
    let snapshot = snapshot()
    let periodCount = panel.periodCount
    var rank = ExtraColumn(.rank, seriesCount: series.count, periodCount: periodCount)
    var change = ExtraColumn(.rankChange, seriesCount: series.count, periodCount: periodCount)
    var gap = ExtraColumn(.gapToParent, seriesCount: series.count, periodCount: periodCount)
    let completion = extraColumns.first { $0.column == .targetCompletion }
    var groups: [RegionIndicator: [Int]] = [:]
    for (ordinal, key) in series.enumerated() {
      guard let parent = panel.regions[key.region]?.parent else { continue }
      groups[RegionIndicator(region: parent, indicator: key.indicator), default: []].append(ordinal)
    }
    for (group, members) in groups {
      let direction = panel.indicators[group.indicator]?.direction ?? .higherIsBetter
      let parentOrdinal = snapshot.ordinals[group]
      var ranks = Array(repeating: [Int?](), count: periodCount)
      for row in 0..<periodCount {
        let displayed = members.map { ordinal -> Double in
          switch basis {
          case .growth: return OfficeRounding.round(snapshot.headline(ordinal, row), decimals: 1)
          case .level:
            return OfficeRounding.round(snapshot.level(ordinal, row), decimals: series[ordinal].decimals)
          case .completion:
            return completion.map {
              OfficeRounding.round($0.values[ordinal * periodCount + row], decimals: 1)
            }
              ?? .nan
          }
        }
        ranks[row] = CompetitionRanking.ranks(displayed, direction: direction)
        for (index, ordinal) in members.enumerated() {
          let reason: UndefinedReason =
            basis == .completion && completion == nil ? .noTarget : .missingCurrent
          rank.set(
            ranks[row][index].map { .value(Double($0)) } ?? .undefined(reason), series: ordinal, row: row)
          let mine = snapshot.headline(ordinal, row)
          let parentGrowth = parentOrdinal.map { snapshot.headline($0, row) } ?? .nan
          gap.set(
            GrowthFormulas.changeOfDisplayedRates(
              now: mine.isNaN ? .undefined(.missingCurrent) : .value(mine),
              previous: parentGrowth.isNaN ? .undefined(.noBase) : .value(parentGrowth)),
            series: ordinal, row: row)
        }
      }
      for (index, ordinal) in members.enumerated() {
        for row in 0..<periodCount {
          let previous = snapshot.previousPublished(ordinal, row: row, firstPeriod: panel.firstPeriod)
          guard let now = ranks[row][index] else {
            change.set(.undefined(.missingCurrent), series: ordinal, row: row)
            continue
          }
          guard previous >= 0, let before = ranks[previous][index] else {
            change.set(.undefined(.noBase), series: ordinal, row: row)
            continue
          }
          change.set(.value(Double(before - now)), series: ordinal, row: row)
        }
      }
    }
    extraColumns += [rank, change, gap]
  }
}
