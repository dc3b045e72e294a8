/// The worded pieces of one indicator's clause, ready for a clause template.
///
/// A template joins them, e.g. 完成{indicator}{value}{unit}，{growth}，{comparison}…; absent pieces
/// are `nil` and left out.
package struct ClauseParts: Sendable, Equatable {
  /// Indicator name in the report's language.
  package var indicator: String
  /// The verb before a Chinese amount (完成, 实现, or empty).
  package var verb: String
  /// What a growth rate is the growth of (规上工业增加值 for 规上工业增加值增速); the name otherwise.
  package var subject: String
  /// How the clause states the indicator.
  package var kind: ClauseKind
  /// The current value's number (`nil` when missing or redacted).
  package var value: String?
  /// The unit text that goes with `value`.
  package var unit: String
  /// The growth phrase (always present; undefined growth is worded too): 同比增长8.7% for amounts and
  /// growth rates, 比上年同期提高0.2个百分点 for rates, 同比上涨2.1% for indices.
  package var growth: String
  /// Change of growth against the previous published period.
  package var comparison: String?
  /// The month's own published growth beside a year-to-date figure: 其中6月份同比增长11.0%.
  package var monthGrowth: String?
  /// Gap to the parent's average growth.
  package var gap: String?
  /// Completion of the annual target in percent, one decimal ("51.4").
  package var targetCompletion: String?
  /// Completion of the 力争 (stretch) target in percent, one decimal.
  package var stretchCompletion: String?
  /// Target completion against time progress: 超序时进度1.4个百分点.
  package var schedule: String?
  /// Rank among the parent's sub-regions.
  package var rank: String?
  /// Full-year projection.
  package var projection: String?

  /// Words every part of `figures` in `language`.
  package init(_ figures: IndicatorFigures, language: ReportLanguage) {
    indicator = language == .en && !figures.nameEn.isEmpty ? figures.nameEn : figures.nameZh
    verb = figures.verb
    let (subject, qualifier) = ClauseKind.subjectAndQualifier(of: indicator)
    self.subject = subject
    kind = figures.kind
    value = figures.value.map { AmountWording.parts($0, unit: figures.unit, language: language).number }
    unit = AmountWording.unitText(figures.unit, language: language)
    switch figures.kind {
    case .amount, .stock, .growthRate:
      growth = GrowthWording.phrase(
        figures.growth, current: figures.value, base: figures.base, period: figures.period,
        unit: figures.unit, language: language, qualifier: figures.kind == .growthRate ? qualifier : "")
    case .rate:
      growth = RateWording.pointChange(figures.growth, period: figures.period, language: language)
    case .index:
      growth = RateWording.indexChange(figures.growth, period: figures.period, language: language)
    }
    comparison = ComparisonWording.phrase(
      current: figures.growth, previous: figures.previous, period: figures.period, language: language,
      prices: figures.kind == .index)
    monthGrowth = figures.monthGrowth.map { month in
      let words = GrowthWording.phrase(
        .value(month.rate), current: nil, base: nil, period: month.period, unit: figures.unit,
        language: language)
      let when = PeriodWording.words(month.period, language: language)
      return language == .zh ? "其中\(when)\(words)" : "\(when) alone \(words)"
    }
    gap = figures.parentGap.flatMap { ParentWording.gap($0, language: language) }
    targetCompletion = figures.target.map { TargetWording.completion($0.completion) }
    stretchCompletion = figures.target?.stretchCompletion.map(TargetWording.completion)
    schedule = figures.target.map { TargetWording.schedule($0, language: language) }
    rank = figures.rank.map { ParentWording.rank($0, language: language) }
    projection = figures.projection.map {
      ProjectionWording.phrase($0, unit: figures.unit, language: language)
    }
  }
}
