/// Assembles a `ReportDocument` for one region and period from a panel and annual targets: the
/// figures of each indicator, the ranking of the region's sub-regions and the chart histories, all
/// read from the growth table (`ReportFigures`).
public enum ReportBuilder {
  /// The document for `region` at `period`, indicators in the panel's report order; full-year
  /// projections of the region's indicators, when given, add 预计全年完成 … to their clauses.
  public static func document(
    panel: Panel, region: String, period: Period, targets: [AnnualTarget] = [],
    projections: [YearProjection] = []
  ) -> ReportDocument {
    let source = ReportFigures(panel: panel, region: region, targets: targets)
    var figures: [IndicatorFigures] = []
    var histories: [IndicatorHistory] = []
    // A published rate paired with its level is that level's growth, never a clause of its own.
    for code in panel.indicatorOrder where source.table.ratePairs.levels[code] == nil {
      var entry = source.figures(region: region, indicator: code, at: period)
      if let projection = projections.first(where: { $0.region == region && $0.indicator == code }) {
        entry.projection = ProjectionFigures(projection, decimals: entry.value?.decimals ?? 0)
      }
      figures.append(entry)
      histories.append(source.history(region: region, indicator: code, period: period))
    }
    let children = panel.regionOrder.filter { panel.regions[$0]?.parent == region }
    return ReportDocument(
      region: region, period: figures.first?.period ?? ReportPeriod(period: period),
      figures: figures, ranking: source.ranking(regions: children, period: period), histories: histories)
  }
}
