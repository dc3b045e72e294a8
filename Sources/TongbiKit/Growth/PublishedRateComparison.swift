/// Growth computed from published levels beside the growth rates published with them (a level
/// column such as 社会消费品零售总额 and its rate column 社会消费品零售总额同比增长).
///
/// For each published period: the 同比 computed from levels (for the combined 1-2月 period, C(y,2)
/// against C(y−1,2)), the 累计同比 computed from levels, the published rate, the gap in points, the
/// implied comparable base B̂ = X / (1 + g/100), 口径差 = B̂ − X(y−1), and the two-year average from
/// the published rates √((1 + g_y)(1 + g_{y−1})) − 1. Official rates are computed on a comparable
/// basis (上年同期可比数: last year revised for changes of the enterprise sample, mergers, data
/// checks), so they differ from ratios of the published levels; the gap measures that difference.
package struct PublishedRateComparison: Sendable {
  /// One compared period.
  package struct Row: Sendable {
    /// Region name.
    package var region: String
    /// Level indicator name.
    package var indicator: String
    /// Month (February stands for 1-2月 in a combined series).
    package var period: Period
    /// Whether the period is the combined 1-2月.
    package var combined: Bool
    /// The published level X (M, or C(y,2) for 1-2月).
    package var level: Double
    /// Growth computed from levels, percent.
    package var computed: GrowthValue
    /// 累计同比 computed from levels, percent.
    package var computedCumulative: GrowthValue
    /// The published rate, percent (NaN when not published).
    package var published: Double
    /// computed − published, percentage points.
    package var gap: GrowthValue
    /// Implied comparable base B̂ = X / (1 + g/100).
    package var impliedBase: GrowthValue
    /// 口径差 = B̂ − X(y−1).
    package var caliberGap: GrowthValue
    /// Two-year average growth from the published rates of this and last year's period, percent.
    package var twoYearAverage: GrowthValue
  }

  /// The compared rows, by region, indicator pair, period.
  package private(set) var rows: [Row] = []

  /// Compares each level indicator with its published rate (`PublishedRatePairs`) for every region, in
  /// every published period or only in `period`.
  package init(panel: Panel, period selected: Period? = nil) {
    let pairs = PublishedRatePairs(panel: panel)
    for levelCode in panel.indicatorOrder {
      guard let level = panel.indicators[levelCode], level.kind.cumulates,
        let rateCode = pairs.rates[levelCode]?.code
      else { continue }
      for region in panel.regionOrder {
        guard let forms = panel.forms(region: region, indicator: levelCode),
          let rateForms = panel.forms(region: region, indicator: rateCode)
        else { continue }
        var growth = SeriesGrowth(firstPeriod: panel.firstPeriod)
        growth.compute(forms: forms, indicator: level, firstPeriod: panel.firstPeriod)
        let published = rateForms.cumulative.contains { !$0.isNaN } ? rateForms.cumulative : rateForms.monthly
        for row in 0..<panel.periodCount where growth.isPublished(row: row) {
          let period = panel.period(atRow: row)
          if let selected, period != selected { continue }
          let combined = growth.calendar.isCombinedPeriod(month: period.month)
          let value = combined ? growth.cumulative[row] : growth.monthly[row]
          if value.isNaN && published[row].isNaN { continue }
          let computed = growth.value(combined ? .cumulativeYoY : .monthlyYoY, row: row)
          let base = row >= 12 ? (combined ? growth.cumulative[row - 12] : growth.monthly[row - 12]) : .nan
          let implied = GrowthFormulas.impliedBase(current: value, publishedRate: published[row])
          rows.append(
            Row(
              region: region, indicator: level.nameZh, period: period, combined: combined, level: value,
              computed: computed, computedCumulative: growth.value(.cumulativeYoY, row: row),
              published: published[row],
              gap: GrowthFormulas.pointChange(current: computed.rawValue, base: published[row]),
              impliedBase: implied,
              caliberGap: GrowthFormulas.caliberGap(impliedBase: implied, lastYear: base),
              twoYearAverage: GrowthFormulas.twoYearAverage(
                rate: published[row], previousRate: row >= 12 ? published[row - 12] : .nan)))
        }
      }
    }
  }
}
