import Foundation

/// Assembles a `ReportDocument` for one region and period from a panel and annual targets: the
/// adapter's figures, plus target completion, rank and gap within the parent region, the ranking
/// of the region's sub-regions, and the chart histories.
public enum ReportBuilder {
  /// The document for `region` at `period`, indicators in the panel's report order; full-year
  /// projections of the region's indicators, when given, add 预计全年完成 … to their clauses.
  public static func document(
    panel: Panel, region: String, period: Period, targets: [AnnualTarget] = [],
    projections: [YearProjection] = []
  ) -> ReportDocument {
    let source = ReportFigures(panel: panel)
    let parent = panel.regions[region]?.parent
    let siblings = parent.map { name in panel.regionOrder.filter { panel.regions[$0]?.parent == name } } ?? []
    let children = panel.regionOrder.filter { panel.regions[$0]?.parent == region }
    var figures: [IndicatorFigures] = []
    var histories: [IndicatorHistory] = []
    for code in panel.indicatorOrder {
      var entry = source.figures(region: region, indicator: code, at: period)
      entry.target = target(source: source, targets: targets, region: region, indicator: code, period: period)
      if let projection = projections.first(where: { $0.region == region && $0.indicator == code }) {
        entry.projection = ProjectionFigures(projection, decimals: entry.value?.decimals ?? 0)
      }
      if let parent, let index = siblings.firstIndex(of: region) {
        let scope = ParentScope.of(parentNamed: parent)
        let direction = panel.indicators[code]?.direction ?? .higherIsBetter
        let now = CompetitionRank.ranks(
          siblings.map { source.growth(region: $0, indicator: code, at: period) },
          direction: direction)
        let previousPeriod = entry.period.previousPublished.period
        let before = CompetitionRank.ranks(
          siblings.map { source.growth(region: $0, indicator: code, at: previousPeriod) },
          direction: direction)
        entry.rank = now[index].map { RankFigures(rank: $0, previousRank: before[index], scope: scope) }
        if case .rate(let rate) = source.growth(region: parent, indicator: code, at: period) {
          entry.parentGap = ParentGap(parentRate: rate, scope: scope)
        }
      }
      figures.append(entry)
      histories.append(history(source: source, region: region, indicator: code, period: period))
    }
    return ReportDocument(
      region: region, period: figures.first?.period ?? ReportPeriod(period: period),
      figures: figures, ranking: ranking(source: source, regions: children, period: period),
      histories: histories)
  }

  /// Completion of the first-tier target (确保, or 力争 when it is the only tier), C(y,m) / T(y) × 100,
  /// of the 力争 tier when both are set, and 序时进度 m / 12 × 100; only for amounts and stocks, and
  /// `nil` without a usable first tier.
  static func target(
    source: ReportFigures, targets: [AnnualTarget], region: String, indicator code: String, period: Period
  ) -> TargetFigures? {
    let name = source.panel.indicators[code]?.nameZh
    guard
      [.amount, .stock].contains(source.kind(indicator: code)),
      let row = targets.first(where: {
        $0.region == region && $0.year == period.year && ($0.indicator == code || $0.indicator == name)
      }),
      let current = source.value(region: region, indicator: code, at: period)
    else { return nil }
    let completion = { (tier: TargetTier?) -> Decimal? in
      guard let tier,
        let annual = annualLevel(tier, source: source, region: region, indicator: code, period: period)
      else { return nil }
      return current.value / annual * 100
    }
    guard let first = completion(row.base ?? row.stretch) else { return nil }
    return TargetFigures(
      completion: first, timeProgress: Decimal(period.month) * 100 / 12,
      stretchCompletion: row.base == nil ? nil : completion(row.stretch))
  }

  /// T(y) of a tier: its level, or A(y−1) × (1 + g*/100) for a growth target; `nil` when A(y−1) is
  /// unknown or T(y) ≤ 0.
  static func annualLevel(
    _ tier: TargetTier, source: ReportFigures, region: String, indicator code: String, period: Period
  ) -> Decimal? {
    let annual: Decimal
    switch tier {
    case .level(let level):
      annual = decimal(level)
    case .growth(let growth):
      guard
        let lastYear = source.value(
          region: region, indicator: code, at: Period(ordinal: period.ordinal - period.month))
      else { return nil }
      annual = lastYear.value * (1 + decimal(growth) / 100)
    }
    return annual > 0 ? annual : nil
  }

  /// The decimal number a target cell wrote: the shortest text that reads back as `value` (a targets
  /// file's 27.5 is 27.5 exactly, not the binary double's expansion).
  static func decimal(_ value: Double) -> Decimal {
    Decimal(string: "\(value)", locale: Locale(identifier: "en_US_POSIX")) ?? Decimal(value)
  }

  /// Growth and rank of each sub-region for each indicator.
  static func ranking(source: ReportFigures, regions: [String], period: Period) -> [RankingRow] {
    guard !regions.isEmpty else { return [] }
    let panel = source.panel
    let columns = panel.indicatorOrder.map { code in
      let growths = regions.map { source.growth(region: $0, indicator: code, at: period) }
      let ranks = CompetitionRank.ranks(
        growths, direction: panel.indicators[code]?.direction ?? .higherIsBetter)
      return zip(growths, ranks).map { RankingCell(growth: $0, rank: $1) }
    }
    return regions.enumerated().map { index, name in
      RankingRow(region: name, cells: columns.map { $0[index] })
    }
  }

  /// This year's published periods up to `period` and all of last year's: the value of each period
  /// alone (1-2月 combined where so published) and the cumulative growth.
  static func history(source: ReportFigures, region: String, indicator code: String, period: Period)
    -> IndicatorHistory
  {
    let forms = source.panel.forms(region: region, indicator: code)
    let cumulates = source.panel.indicators[code]?.kind.cumulates ?? true
    func points(year: Int, through month: Int) -> [HistoryPoint] {
      (1...month).compactMap { month in
        guard let at = Period(year: year, month: month) else { return nil }
        let reportPeriod = source.reportPeriod(indicator: code, at: at)
        if reportPeriod.januaryWithFebruary && month == 1 { return nil }
        let row = source.panel.row(of: at)
        let raw: Double? = row.flatMap { row in
          guard let forms else { return nil }
          let value =
            reportPeriod.isCombinedJanuaryFebruary || (reportPeriod.isCumulative && !cumulates)
            ? forms.cumulative[row] : forms.monthly[row]
          return value.isNaN ? nil : value
        }
        let growth = source.growth(region: region, indicator: code, at: at).displayedRate
        return HistoryPoint(
          period: reportPeriod, periodValue: raw,
          cumulativeGrowth: growth.map { NSDecimalNumber(decimal: $0).doubleValue })
      }
    }
    return IndicatorHistory(
      thisYear: points(year: period.year, through: period.month),
      lastYear: points(year: period.year - 1, through: 12))
  }
}
