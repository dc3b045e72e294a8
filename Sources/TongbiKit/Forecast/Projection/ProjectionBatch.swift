/// Full-year projections for every cumulating series of a panel.
public enum ProjectionBatch {
  /// One projection per (region, indicator) of a flow or average indicator that has C(y,m) at `period`,
  /// in panel column order; targets matched by region and by indicator code or Chinese name.
  public static func run(_ panel: Panel, period: Period, targets: [AnnualTarget], projector: YearProjector)
    -> [YearProjection]
  {
    var seen = Set<[String]>()
    var result: [YearProjection] = []
    for key in panel.keys where seen.insert([key.region, key.indicator]).inserted {
      guard let indicator = panel.indicators[key.indicator], indicator.kind.cumulates,
        let forms = panel.forms(region: key.region, indicator: key.indicator)
      else { continue }
      let target = targets.first {
        $0.region == key.region && $0.year == period.year
          && ($0.indicator == indicator.code || $0.indicator == indicator.nameZh)
      }
      if let projection = projector.project(
        region: key.region, indicator: key.indicator, forms: forms, firstPeriod: panel.firstPeriod,
        combined: indicator.january == .withFebruary, period: period, target: target)
      {
        result.append(projection)
      }
    }
    return result
  }
}
