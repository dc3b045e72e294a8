extension GrowthColumn {
  /// 地区.
  public static let region = GrowthColumn("region", zh: "地区", en: "Region", kind: .text)
  /// 指标.
  public static let indicator = GrowthColumn("indicator", zh: "指标", en: "Indicator", kind: .text)
  /// 时期: the month, labelled 1-2月 where January and February are published together.
  public static let period = GrowthColumn("period", zh: "时期", en: "Period", kind: .text)
  /// 计量单位 of the amounts.
  public static let unit = GrowthColumn("unit", zh: "计量单位", en: "Unit", kind: .text)
  /// M(y,m), the month's value.
  public static let monthly = GrowthColumn("monthly", zh: "当月值", en: "Monthly value", kind: .amount)
  /// 当月同比 (M(y,m) / M(y−1,m) − 1) × 100.
  public static let monthlyYoY = GrowthColumn(
    "monthly_yoy_pct", zh: "当月同比(%)", en: "Month YoY (%)", kind: .percent)
  /// C(y,m), the year-to-date value (1-m月累计).
  public static let cumulative = GrowthColumn("cumulative", zh: "累计值", en: "Year to date", kind: .amount)
  /// 累计同比 (C(y,m) / C(y−1,m) − 1) × 100, or the published comparable rate.
  public static let cumulativeYoY = GrowthColumn(
    "cumulative_yoy_pct", zh: "累计同比(%)", en: "YTD YoY (%)", kind: .percent)
  /// 环比 (M(y,m) / M(previous published period) − 1) × 100.
  public static let monthOnMonth = GrowthColumn("mom_pct", zh: "环比(%)", en: "MoM (%)", kind: .percent)
  /// The headline growth's change in points against the previous published period (提高/回落).
  public static let changeOfGrowth = GrowthColumn(
    "yoy_change_pp", zh: "增速变动(百分点)", en: "Growth change (pp)", kind: .points)
  /// The headline level minus the same period of last year (增加/减少).
  public static let increment = GrowthColumn("increment", zh: "同比增量", en: "Increase", kind: .amount)
  /// 两年平均增长 (√((1 + g₁)(1 + g₂)) − 1) × 100.
  public static let twoYearAverage = GrowthColumn(
    "two_year_avg_pct", zh: "两年平均增长(%)", en: "Two-year average (%)", kind: .percent)
  /// Why undefined values are undefined, by column.
  public static let note = GrowthColumn("note", zh: "说明", en: "Note", kind: .text)

  /// The columns every growth table has, in output order (`GrowthCell.standard`).
  public static let standard: [GrowthColumn] = GrowthCell.standard.map(\.column)

  /// Target completion C / T × 100.
  public static let targetCompletion = GrowthColumn(
    "target_completion_pct", zh: "完成全年目标(%)", en: "Annual target done (%)", kind: .percent)
  /// 序时进度 m / 12 × 100.
  public static let timeProgress = GrowthColumn(
    "time_progress_pct", zh: "序时进度(%)", en: "Time progress (%)", kind: .percent)
  /// Completion minus time progress, in points.
  public static let aheadOfSchedule = GrowthColumn(
    "ahead_of_schedule_pp", zh: "快于序时进度(百分点)", en: "Ahead of schedule (pp)", kind: .points)
  /// 1 when at least half the target is done from June on (时间过半、任务过半), else 0.
  public static let halfDoneAtHalfTime = GrowthColumn(
    "half_done_at_half_time", zh: "时间过半任务过半", en: "Half done at half time", kind: .count)
  /// Growth the rest of the year needs to reach the target, in percent.
  public static let neededGrowth = GrowthColumn(
    "needed_growth_pct", zh: "完成目标尚需增长(%)", en: "Growth needed (%)", kind: .percent)
  /// Completion of the 力争 (stretch) target.
  public static let stretchCompletion = GrowthColumn(
    "stretch_completion_pct", zh: "完成力争目标(%)", en: "Stretch target done (%)", kind: .percent)
  /// Stretch completion minus time progress.
  public static let stretchAheadOfSchedule = GrowthColumn(
    "stretch_ahead_of_schedule_pp", zh: "快于力争序时进度(百分点)", en: "Ahead of stretch schedule (pp)",
    kind: .points)
  /// Growth the rest of the year needs to reach the stretch target.
  public static let stretchNeededGrowth = GrowthColumn(
    "stretch_needed_growth_pct", zh: "完成力争目标尚需增长(%)", en: "Growth needed for stretch (%)",
    kind: .percent)
  /// The target columns, in output order (`GrowthTable.addTargetColumns`).
  public static let targets: [GrowthColumn] = [
    .targetCompletion, .timeProgress, .aheadOfSchedule, .halfDoneAtHalfTime, .neededGrowth,
    .stretchCompletion, .stretchAheadOfSchedule, .stretchNeededGrowth,
  ]

  /// Rank among the parent's sub-regions (1 = best).
  public static let rank = GrowthColumn("rank", zh: "排名", en: "Rank", kind: .count)
  /// Places gained since the previous published period (positive = up).
  public static let rankChange = GrowthColumn("rank_change", zh: "位次变化", en: "Rank change", kind: .count)
  /// The region's growth minus its parent's, in points.
  public static let gapToParent = GrowthColumn(
    "gap_to_parent_pp", zh: "高于上级(百分点)", en: "Above parent (pp)", kind: .points)
  /// The rank columns, in output order (`GrowthTable.addRankColumns`).
  public static let ranks: [GrowthColumn] = [.rank, .rankChange, .gapToParent]

  /// 拉动 of a region to its parent: (x − x_base) / X_base × 100.
  public static let contribution = GrowthColumn(
    "contribution_pp", zh: "拉动(百分点)", en: "Contribution (pp)", kind: .points)
  /// 贡献率 of a region: (x − x_base) / (X − X_base) × 100.
  public static let contributionShare = GrowthColumn(
    "contribution_share_pct", zh: "贡献率(%)", en: "Contribution share (%)", kind: .percent)
  /// 拉动 of a sub-indicator to its parent indicator in the same region.
  public static let indicatorContribution = GrowthColumn(
    "indicator_contribution_pp", zh: "拉动上级指标(百分点)", en: "Contribution to parent indicator (pp)",
    kind: .points)
  /// 贡献率 of a sub-indicator to its parent indicator.
  public static let indicatorShare = GrowthColumn(
    "indicator_share_pct", zh: "占上级指标贡献率(%)", en: "Share of parent indicator growth (%)",
    kind: .percent)
  /// The contribution columns, in output order (`GrowthTable.addContributionColumns`).
  public static let contributions: [GrowthColumn] = [
    .contribution, .contributionShare, .indicatorContribution, .indicatorShare,
  ]

  /// Growth implied by the published levels where a published rate is the growth.
  public static let levelYoY = GrowthColumn(
    "level_yoy_pct", zh: "按总量计算增速(%)", en: "Level-implied YoY (%)", kind: .percent)
  /// 口径差: the comparable base implied by the published rate minus last year's published level,
  /// B̂ − X(y−1) with B̂ = X / (1 + g/100), in the series' unit.
  public static let caliberGap = GrowthColumn("caliber_gap", zh: "口径差", en: "Caliber gap", kind: .amount)
  /// The published-rate columns (`GrowthTable.addPublishedRateColumns`).
  public static let publishedRates: [GrowthColumn] = [.levelYoY, .caliberGap]

  /// The headline level of a report table: C(y,m), or M(y,m) without a cumulative form.
  public static let headlineValue = GrowthColumn("value", zh: "本期累计", en: "Year to date", kind: .amount)
  /// The headline growth of a report table: 累计同比 (or 同比), a rate's change, an index − 100.
  public static let headlineGrowth = GrowthColumn("growth", zh: "增速(%)", en: "Growth (%)", kind: .percent)

  /// Every column a growth table can have, for `--columns` and its help.
  public static let all: [GrowthColumn] = standard + publishedRates + targets + contributions + ranks

  /// The column with key `key`, if any table can have it.
  public static func named(_ key: String) -> GrowthColumn? {
    all.first { $0.key == key }
  }
}
