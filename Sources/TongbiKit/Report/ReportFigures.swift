import Foundation

/// The report's view of the growth engine: every number a report states — values, growth, the
/// previous published period's growth, target completion, ranks and the gap to the parent — is read
/// from one `GrowthTable` over the regions the report names (the region, its parent and siblings, its
/// sub-regions), with its target and rank columns. The paragraph and the growth table therefore
/// cannot disagree.
///
/// - the stated value: the series' level, C(y,m) where it has a cumulative form, else M(y,m), at the
///   input's precision;
/// - growth: the table's headline (累计同比, or 同比 without a cumulative form; a rate's change in
///   points; an index − 100; a published growth rate's own value);
/// - the previous published period's growth by the series' `PublicationCalendar`, except for rates,
///   whose change in points is not compared again;
/// - target completion (amounts and stocks), rank among the parent's sub-regions and the gap to the
///   parent from `target_completion_pct`, `time_progress_pct`, `stretch_completion_pct`, `rank`,
///   `rank_change` and `gap_to_parent_pp`.
package struct ReportFigures: Sendable {
  /// The panel the figures come from.
  package let panel: Panel
  /// The growth table of the report's regions, with target and rank columns.
  let table: GrowthTable
  /// Levels and headline growth of the table's series.
  let snapshot: TableSnapshot
  /// The table's extra columns by their schema column.
  let columns: [GrowthColumn: ExtraColumn]
  /// Clause kind of every indicator, worked out once (it reads the indicator's names).
  let kinds: [String: ClauseKind]

  /// The figures of `region`'s report: the growth table of `region`, its parent, the parent's
  /// sub-regions and `region`'s own, every indicator and month, with `targets`.
  package init(panel: Panel, region: String, targets: [AnnualTarget]) {
    let parent = panel.regions[region]?.parent
    var names: Set<String> = [region]
    if let parent { names.insert(parent) }
    for name in panel.regionOrder {
      let above = panel.regions[name]?.parent
      if above == region || (parent != nil && above == parent) { names.insert(name) }
    }
    var table = GrowthTable(panel: panel, regionsAmong: names)
    table.addTargetColumns(targets)
    table.addRankColumns(by: .growth)
    snapshot = table.snapshot()
    columns = Dictionary(table.extraColumns.map { ($0.column, $0) }, uniquingKeysWith: { first, _ in first })
    self.table = table
    self.panel = panel
    kinds = panel.indicators.mapValues(ClauseKind.of)
  }

  /// How clauses state `indicator` (an unknown code is an amount).
  package func kind(indicator code: String) -> ClauseKind {
    kinds[code] ?? .amount
  }

  /// The series ordinal of `indicator` in `region`, if the table has it.
  func ordinal(region: String, indicator code: String) -> Int? {
    snapshot.ordinals[RegionIndicator(region: region, indicator: code)]
  }

  /// The report period of series `ordinal` (of `indicator`) at `period`: cumulative (1-m月) where the
  /// series has a cumulative form, with its calendar.
  func reportPeriod(_ ordinal: Int?, indicator code: String, at period: Period) -> ReportPeriod {
    let indicator = panel.indicators[code]
    let cumulative = ordinal.map { snapshot.hasCumulative[$0] } ?? indicator?.kind.cumulates ?? true
    let calendar = ordinal.map { snapshot.calendars[$0] } ?? indicator?.calendar
    return ReportPeriod(
      period: period, isCumulative: cumulative, januaryWithFebruary: calendar?.januaryWithFebruary ?? false)
  }

  /// The level of series `ordinal` at `row` at the input's precision; `nil` when unknown.
  func amount(_ ordinal: Int, row: Int) -> ReportAmount? {
    ReportAmount(snapshot.level(ordinal, row), decimals: table.series[ordinal].decimals)
  }

  /// Extra column `name` of series `ordinal` at `row`.
  func column(_ column: GrowthColumn, _ ordinal: Int, row: Int) -> GrowthValue {
    columns[column]?.value(series: ordinal, row: row) ?? .undefined(.notApplicable)
  }

  /// The figures of `indicator` in `region` at `period`: value, growth, the previous published
  /// period's growth, target completion, rank and gap to the parent (see the type's notes).
  package func figures(region: String, indicator code: String, at period: Period) -> IndicatorFigures {
    let indicator = panel.indicators[code]
    let kind = kind(indicator: code)
    let ordinal = ordinal(region: region, indicator: code)
    let reportPeriod = reportPeriod(ordinal, indicator: code, at: period)
    var figures = IndicatorFigures(
      code: code, nameZh: indicator?.nameZh ?? code, nameEn: indicator?.nameEn ?? "",
      verb: indicator?.reportVerb ?? "完成", unit: indicator?.unit ?? .count, kind: kind, period: reportPeriod,
      value: nil,
      growth: .undefined(.missingCurrent))
    guard let ordinal, let row = panel.row(of: period) else { return figures }
    let isAmount = kind == .amount || kind == .stock
    figures.value = amount(ordinal, row: row)
    figures.base = isAmount ? amount(ordinal, row: row - 12) : nil
    figures.growth = snapshot.headlineValue(ordinal, row)
    if kind != .rate {
      let previous = snapshot.previousPublished(ordinal, row: row, firstPeriod: panel.firstPeriod)
      if let rate = snapshot.headlineValue(ordinal, previous).number {
        figures.previous = PreviousRate(period: reportPeriod.previousPublished, rate: rate)
      }
    }
    figures.isComparable = figures.growth.number != nil && snapshot.isComparable(ordinal, row)
    if let rate = table.ratePairs.rates[code], !rate.isCumulative, reportPeriod.isCumulative,
      !reportPeriod.calendar.isCombinedPeriod(month: period.month),
      let column = panel.column(of: SeriesKey(region: region, indicator: rate.code, form: .monthly)),
      case let published = panel.value(column: column, at: period), !published.isNaN
    {
      var month = reportPeriod
      month.isCumulative = false
      figures.monthGrowth = MonthGrowth(period: month, rate: published)
    }
    if isAmount, let completion = column(.targetCompletion, ordinal, row: row).number {
      figures.target = TargetFigures(
        completion: completion, timeProgress: Double(period.month) / 12 * 100,
        stretchCompletion: column(.stretchCompletion, ordinal, row: row).number)
    }
    if let parent = panel.regions[region]?.parent {
      let scope = ParentScope.of(parentNamed: parent)
      if let rank = column(.rank, ordinal, row: row).number.map({ Int($0) }) {
        let change = column(.rankChange, ordinal, row: row).number.map { Int($0) }
        figures.rank = RankFigures(rank: rank, previousRank: change.map { rank + $0 }, scope: scope)
      }
      if let points = column(.gapToParent, ordinal, row: row).number {
        figures.parentGap = ParentGap(points: points, scope: scope)
      }
    }
    return figures
  }

  /// Growth and rank of each of `regions` for each indicator, from the headline and `rank` columns.
  package func ranking(regions: [String], period: Period) -> [RankingRow] {
    guard let row = panel.row(of: period) else { return [] }
    return regions.map { region in
      let cells = panel.indicatorOrder.map { code -> RankingCell in
        guard let ordinal = ordinal(region: region, indicator: code) else {
          return RankingCell(growth: .undefined(.missingCurrent), rank: nil)
        }
        let isAmount = [.amount, .stock].contains(kind(indicator: code))
        let level = { (row: Int) -> Double? in
          let value = snapshot.level(ordinal, row)
          return isAmount && !value.isNaN ? value : nil
        }
        return RankingCell(
          growth: snapshot.headlineValue(ordinal, row), current: level(row), base: level(row - 12),
          rank: column(.rank, ordinal, row: row).number.map { Int($0) })
      }
      return RankingRow(region: region, cells: cells)
    }
  }

  /// This year's published periods up to `period` and all of last year's: the value of each period
  /// alone (1-2月 combined where so published; the cumulative value of a rate or index published
  /// cumulatively) and the headline growth as displayed.
  package func history(region: String, indicator code: String, period: Period) -> IndicatorHistory {
    var growth = SeriesGrowth(firstPeriod: panel.firstPeriod)
    let ordinal = ordinal(region: region, indicator: code)
    let computed = ordinal.map { table.compute(series: $0, into: &growth) } ?? false
    let calendar = panel.indicators[code]?.calendar ?? PublicationCalendar(januaryWithFebruary: false)
    let cumulates = panel.indicators[code]?.kind.cumulates ?? true
    func points(year: Int, through month: Int) -> [HistoryPoint] {
      (1...month).compactMap { month in
        guard let at = Period(year: year, month: month), calendar.isPublished(month: month) else {
          return nil
        }
        let reportPeriod = reportPeriod(ordinal, indicator: code, at: at)
        guard computed, let row = panel.row(of: at) else {
          return HistoryPoint(period: reportPeriod, periodValue: nil, cumulativeGrowth: nil)
        }
        let alone =
          reportPeriod.isCombinedJanuaryFebruary || (reportPeriod.isCumulative && !cumulates)
          ? growth.cumulative[row] : growth.monthly[row]
        return HistoryPoint(
          period: reportPeriod, periodValue: alone.isNaN ? nil : alone,
          cumulativeGrowth: ShownRate(growth.headlineValue(row: row))?.value)
      }
    }
    return IndicatorHistory(
      thisYear: points(year: period.year, through: period.month),
      lastYear: points(year: period.year - 1, through: 12))
  }
}
