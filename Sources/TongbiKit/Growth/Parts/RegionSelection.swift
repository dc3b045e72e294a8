extension GrowthTable {
  /// This table's rows for the regions named in `regions` only (panel order), with the extra columns
  /// computed on the whole table carried over: ranks, contributions and gaps stay those among every
  /// region, as offices rank a town among all its peers even when it reports on itself.
  ///
  /// Throws `GrowthError.unknownRegion` for a name the panel lacks.
  public func selecting(regions: [String]) throws(GrowthError) -> GrowthTable {
    let codes = Array(Set(series.map(\.indicator)))
    var selected = try GrowthTable(
      panel: panel, indicators: panel.indicatorOrder.filter(codes.contains), regions: regions,
      period: rows.count == 1 ? panel.period(atRow: rows.lowerBound) : nil)
    var ordinals: [RegionIndicator: Int] = [:]
    for (ordinal, key) in series.enumerated() {
      ordinals[RegionIndicator(region: key.region, indicator: key.indicator)] = ordinal
    }
    let periodCount = panel.periodCount
    selected.extraColumns = extraColumns.map { column in
      var copy = ExtraColumn(column.column, seriesCount: selected.series.count, periodCount: periodCount)
      for (ordinal, key) in selected.series.enumerated() {
        guard let source = ordinals[RegionIndicator(region: key.region, indicator: key.indicator)] else {
          continue
        }
        for row in 0..<periodCount {
          copy.set(column.value(series: source, row: row), series: ordinal, row: row)
        }
      }
      return copy
    }
    selected.selectedColumns = selectedColumns
    return selected
  }
}
