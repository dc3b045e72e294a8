/// Everything the narrative says about one indicator of one region in one period, read from the growth
/// engine by `ReportFigures`: the explicit input of the report layer.
package struct IndicatorFigures: Sendable, Equatable {
  /// Indicator code.
  package var code: String
  /// Chinese name, e.g. `税收收入`.
  package var nameZh: String
  /// English name, e.g. `tax revenue` (the Chinese name is used when empty).
  package var nameEn: String
  /// The verb before a Chinese amount: 完成, 实现, or empty (`Indicator.reportVerb`).
  package var verb: String
  /// Unit as the data publish it (万元 even above 1 亿元), or the unit the report shows it in.
  package var unit: Unit
  /// How the clause states the indicator (amount, stock, growth rate, rate, index).
  package var kind: ClauseKind
  /// The period of the figure.
  package var period: ReportPeriod
  /// The current value, `nil` when missing or redacted.
  package var value: ReportAmount?
  /// The same period's value last year, `nil` when unknown (worded in loss comparisons).
  package var base: ReportAmount?
  /// Year-on-year growth: the growth table's headline (percent, or points for a rate's change).
  package var growth: GrowthValue
  /// Whether `growth` is on the comparable basis the data publish: a paired published rate, or the
  /// growth on a supplied 上年同期可比数, rather than the ratio of the published levels.
  package var isComparable = false
  /// Growth of the previous published period, if known.
  package var previous: PreviousRate?
  /// The month's own growth as a published rate states it, beside a year-to-date figure (其中6月份同比
  /// 增长11.0%); `nil` unless a month's rate was published with the level.
  package var monthGrowth: MonthGrowth?
  /// Target completion and time progress, if a target is set.
  package var target: TargetFigures?
  /// Rank among the parent's sub-regions, if ranked.
  package var rank: RankFigures?
  /// The parent's growth, for the gap to the parent's average.
  package var parentGap: ParentGap?
  /// Full-year projection, if one was made.
  package var projection: ProjectionFigures?

  /// Creates the figures of one indicator; optional parts default to absent.
  package init(
    code: String, nameZh: String, nameEn: String = "", verb: String = "完成", unit: Unit,
    kind: ClauseKind = .amount,
    period: ReportPeriod,
    value: ReportAmount?, base: ReportAmount? = nil, growth: GrowthValue, previous: PreviousRate? = nil,
    target: TargetFigures? = nil,
    rank: RankFigures? = nil, parentGap: ParentGap? = nil, projection: ProjectionFigures? = nil
  ) {
    self.code = code
    self.nameZh = nameZh
    self.nameEn = nameEn
    self.verb = verb
    self.unit = unit
    self.kind = kind
    self.period = period
    self.value = value
    self.base = base
    self.growth = growth
    self.previous = previous
    self.target = target
    self.rank = rank
    self.parentGap = parentGap
    self.projection = projection
  }
}
