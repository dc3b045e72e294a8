/// The worded pieces of one indicator's clause, ready for a clause template.
///
/// A template joins them, e.g. 完成{indicator}{value}{unit}，{growth}，{comparison}…; absent pieces
/// are `nil` and left out.
public struct ClauseParts: Sendable, Equatable {
  /// Indicator name in the report's language.
  public var indicator: String
  /// What a growth rate is the growth of (规上工业增加值 for 规上工业增加值增速); the name otherwise.
  public var subject: String
  /// How the clause states the indicator.
  public var kind: ClauseKind
  /// The current value's number (`nil` when missing or redacted).
  public var value: String?
  /// The unit text that goes with `value`.
  public var unit: String
  /// The growth phrase (always present; undefined growth is worded too): 同比增长8.7% for amounts and
  /// growth rates, 比上年同期提高0.2个百分点 for rates, 同比上涨2.1% for indices.
  public var growth: String
  /// Change of growth against the previous published period.
  public var comparison: String?
  /// Gap to the parent's average growth.
  public var gap: String?
  /// Completion of the annual target in percent, one decimal ("51.4").
  public var targetCompletion: String?
  /// Completion of the 力争 (stretch) target in percent, one decimal.
  public var stretchCompletion: String?
  /// Target completion against time progress: 超序时进度1.4个百分点.
  public var schedule: String?
  /// Rank among the parent's sub-regions.
  public var rank: String?
  /// Full-year projection.
  public var projection: String?

  /// Words every part of `figures` in `language`.
  public init(_ figures: IndicatorFigures, language: ReportLanguage) {
    indicator = language == .en && !figures.nameEn.isEmpty ? figures.nameEn : figures.nameZh
    subject = ClauseKind.subject(of: indicator)
    kind = figures.kind
    value = figures.value.map { AmountWording.parts($0, unit: figures.unit, language: language).number }
    unit = AmountWording.unitText(figures.unit, language: language)
    let decimals = figures.value?.decimals ?? 0
    switch figures.kind {
    case .amount, .stock, .growthRate:
      growth = GrowthWording.phrase(
        figures.growth, period: figures.period, unit: figures.unit, decimals: decimals, language: language)
    case .rate:
      growth = RateWording.pointChange(figures.growth, period: figures.period, language: language)
    case .index:
      growth = RateWording.indexChange(figures.growth, period: figures.period, language: language)
    }
    comparison = ComparisonWording.phrase(
      current: figures.growth, previous: figures.previous, period: figures.period, language: language,
      prices: figures.kind == .index)
    gap = figures.parentGap.flatMap { ParentWording.gap(figures.growth, parent: $0, language: language) }
    targetCompletion = figures.target.map { TargetWording.completion($0.completion) }
    stretchCompletion = figures.target?.stretchCompletion.map(TargetWording.completion)
    schedule = figures.target.map { TargetWording.schedule($0, language: language) }
    rank = figures.rank.map { ParentWording.rank($0, language: language) }
    projection = figures.projection.map {
      ProjectionWording.phrase($0, unit: figures.unit, language: language)
    }
  }
}
