/// Everything one report shows: the region and period, the figures of each indicator in report order,
/// the ranking of the sub-regions, and the histories the charts draw. Make one with
/// ``ReportBuilder/document(panel:region:period:targets:projections:)`` and write it with a
/// ``ReportRenderer``.
///
/// Renderers (text, Markdown, HTML, CSV) consume only this value, so any source of figures can feed
/// them.
public struct ReportDocument: Sendable, Equatable {
  /// The region reported on.
  public var region: String
  /// The report period.
  package var period: ReportPeriod
  /// One entry per indicator, in report order.
  package var figures: [IndicatorFigures]
  /// The ranking of the region's sub-regions (empty when it has none).
  package var ranking: [RankingRow]
  /// One history per indicator, in the order of `figures`, for the charts.
  package var histories: [IndicatorHistory]

  /// Creates a report document.
  package init(
    region: String, period: ReportPeriod, figures: [IndicatorFigures], ranking: [RankingRow] = [],
    histories: [IndicatorHistory] = []
  ) {
    self.region = region
    self.period = period
    self.figures = figures
    self.ranking = ranking
    self.histories = histories
  }
}

/// One sub-region of the ranking table: its growth and rank for each indicator (in the order of the
/// document's figures).
package struct RankingRow: Sendable, Equatable {
  /// The sub-region.
  package var region: String
  /// Growth and rank per indicator.
  package var cells: [RankingCell]

  /// Creates a row.
  package init(region: String, cells: [RankingCell]) {
    self.region = region
    self.cells = cells
  }
}

/// A sub-region's growth of one indicator and its rank (`nil` when the growth is undefined), from the
/// growth table's headline and `rank` columns.
package struct RankingCell: Sendable, Equatable {
  /// The growth.
  package var growth: GrowthValue
  /// The level compared, for the words of growth without a rate (新增, 减亏, 由盈转亏); `nil` when
  /// unknown or not an amount.
  package var current: Double?
  /// Last year's level, likewise.
  package var base: Double?
  /// The rank (competition ranking on displayed rates), `nil` when unranked.
  package var rank: Int?

  /// Creates a cell.
  package init(growth: GrowthValue, current: Double? = nil, base: Double? = nil, rank: Int?) {
    self.growth = growth
    self.current = current
    self.base = base
    self.rank = rank
  }
}

/// The values one indicator's charts draw: this year's and last year's published periods.
package struct IndicatorHistory: Sendable, Equatable {
  /// Points of this year up to the report period.
  package var thisYear: [HistoryPoint]
  /// Points of last year, the whole year.
  package var lastYear: [HistoryPoint]

  /// Creates a history.
  package init(thisYear: [HistoryPoint], lastYear: [HistoryPoint]) {
    self.thisYear = thisYear
    self.lastYear = lastYear
  }
}

/// One published period of a history: the value of that period alone (the month, or 1-2月 combined),
/// and the cumulative growth at that period.
package struct HistoryPoint: Sendable, Equatable {
  /// The period (cumulative flag set; combined 1-2月 when so published).
  package var period: ReportPeriod
  /// The value of the period alone (month or 1-2月), `nil` when unknown.
  package var periodValue: Double?
  /// Cumulative year-on-year growth in percent at this period, `nil` when undefined.
  package var cumulativeGrowth: Double?

  /// Creates a point.
  package init(period: ReportPeriod, periodValue: Double?, cumulativeGrowth: Double?) {
    self.period = period
    self.periodValue = periodValue
    self.cumulativeGrowth = cumulativeGrowth
  }
}
