@_spi(ByteLevel) import ByteLevel

/// Full-year projections for every cumulating series of a panel.
public enum ProjectionBatch {
  /// One projection per (region, indicator) of a flow or average indicator that has C(y,m) at `period`,
  /// in panel column order; targets matched by region and by indicator code or Chinese name. Where the
  /// growth is a published comparable rate, the implied growth is on that basis (`ComparableBasis`). Series
  /// are projected on up to `threads` threads, each with a projector from `makeProjector` (the result
  /// does not depend on the count); `progress(done, total)` is told how many of how many series are
  /// finished.
  public static func run(
    _ panel: Panel, period: Period, targets: [AnnualTarget], threads: Int = 1,
    makeProjector: () -> YearProjector = { YearProjector() }, progress: ((Int, Int) -> Void)? = nil
  ) -> [YearProjection] {
    let pairs = PublishedRatePairs(panel: panel)
    let work = projectable(panel, pairs: pairs)
    let projections = WorkerPool.map(
      count: work.count, threads: threads, makeWorker: makeProjector, progress: progress
    ) { projector, index in
      let (key, indicator, forms) = work[index]
      let target = targets.first {
        $0.region == key.region && $0.year == period.year
          && ($0.indicator == indicator.code || $0.indicator == indicator.nameZh)
      }
      var projection = projector.project(
        region: key.region, indicator: key.indicator, forms: forms, firstPeriod: panel.firstPeriod,
        combined: indicator.january == .withFebruary, average: indicator.kind == .average,
        allowsNegative: indicator.allowsNegative, period: period, target: target)
      projection?.decimals = panel.column(of: key).map { panel.decimals[$0] } ?? 0
      return projection
    }
    let ratios = ComparableBasis.ratios(panel: panel, period: period, pairs: pairs)
    return projections.compactMap { projection in
      guard var projection,
        let ratio = ratios[RegionIndicator(region: projection.region, indicator: projection.indicator)],
        let total = projection.projection, let lastYear = projection.lastYear, lastYear > 0
      else { return projection }
      projection.impliedGrowth = total / lastYear * ratio - 1
      projection.notes.append(
        "implied growth on the published comparable basis (the year to date's 口径 carried to the year)")
      return projection
    }
  }

  /// The series of `panel` a year can be projected for, in column order: each (region, indicator) of a
  /// flow or average indicator once, with its monthly and cumulative forms; not a comparable base paired
  /// with a level (that level's base, not a series of its own).
  static func projectable(_ panel: Panel, pairs: PublishedRatePairs)
    -> [(key: SeriesKey, indicator: Indicator, forms: SeriesForms)]
  {
    var seen = Set<[String]>()
    var work: [(key: SeriesKey, indicator: Indicator, forms: SeriesForms)] = []
    for key in panel.keys where seen.insert([key.region, key.indicator]).inserted {
      guard let indicator = panel.indicators[key.indicator], indicator.kind.cumulates,
        pairs.levels[key.indicator] == nil,
        let forms = panel.forms(region: key.region, indicator: key.indicator)
      else { continue }
      work.append((key, indicator, forms))
    }
    return work
  }
}
