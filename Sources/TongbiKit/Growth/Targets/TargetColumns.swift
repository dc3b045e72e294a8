extension GrowthTable {
  /// Adds target columns for series that have a target for the row's year: `target_completion_pct`,
  /// `time_progress_pct` (m/12), `ahead_of_schedule_pp`, `half_done_at_half_time` (1 or 0 from June on,
  /// on the displayed completion), `needed_growth_pct` (undefined, `alreadyMet`, once the target is met),
  /// and the same three for the 力争 tier (`stretch_…`). The first tier is 确保, or 力争 when it is the only
  /// one (`AnnualTarget.firstTier`). Targets name indicators by code or name.
  ///
  /// Completion uses C(y,m) (or M(y,m) for series without a cumulative form); growth targets use
  /// A(y−1) = C(y−1,12) (DESIGN.md, target completion and growth needed).
  public mutating func addTargetColumns(_ targets: [AnnualTarget]) {
    let snapshot = snapshot()
    let periodCount = panel.periodCount
    var columns = GrowthColumn.targets.map { column in
      ExtraColumn(column, seriesCount: series.count, periodCount: periodCount)
    }
    var byKey: [TargetKey: AnnualTarget] = [:]
    for target in targets {
      let code = Self.code(of: target.indicator, in: panel) ?? target.indicator
      byKey[TargetKey(region: target.region, indicator: code, year: target.year)] = target
    }
    for (ordinal, key) in series.enumerated() {
      for row in 0..<periodCount {
        let period = panel.period(atRow: row)
        guard let target = byKey[TargetKey(region: key.region, indicator: key.indicator, year: period.year)]
        else {
          for index in columns.indices {
            columns[index].set(.undefined(.noTarget), series: ordinal, row: row)
          }
          continue
        }
        let lastDecember = row - period.month
        let progress = { (tier: TargetTier?) -> TargetProgress in
          TargetProgress(
            target: tier.map { $0.level(lastYearTotal: snapshot.level(ordinal, lastDecember)) }
              ?? .undefined(.noTarget),
            cumulative: snapshot.level(ordinal, row), lastYearTotal: snapshot.level(ordinal, lastDecember),
            lastYearCumulative: snapshot.level(ordinal, row - 12), month: period.month)
        }
        let base = progress(target.firstTier)
        let stretch = progress(target.secondTier)
        let half: GrowthValue =
          base.halfDoneAtHalfTime(month: period.month).map { .value($0 ? 1 : 0) }
          ?? .undefined(period.month < 6 ? .notApplicable : .missingCurrent)
        let values: [GrowthValue] = [
          base.completion, .value(base.timeProgress), base.aheadOfSchedule, half, base.neededGrowth,
          stretch.completion, stretch.aheadOfSchedule, stretch.neededGrowth,
        ]
        for (index, value) in values.enumerated() { columns[index].set(value, series: ordinal, row: row) }
      }
    }
    extraColumns += columns
  }
}

struct TargetKey: Hashable {
  var region: String
  var indicator: String
  var year: Int
}
