/// The worded pieces of one indicator's clause, ready for a clause template.
///
/// A template joins them, e.g. 完成{indicator}{value}{unit}，{growth}，{comparison}…; absent pieces
/// are `nil` and left out.
public struct ClauseParts: Sendable, Equatable {
  /// Indicator name in the report's language.
  public var indicator: String
  /// The current value's number (`nil` when missing or redacted).
  public var value: String?
  /// The unit text that goes with `value`.
  public var unit: String
  /// The growth phrase (always present; undefined growth is worded too).
  public var growth: String
  /// Change of growth against the previous published period.
  public var comparison: String?
  /// Gap to the parent's average growth.
  public var gap: String?
  /// Target completion against time progress.
  public var target: String?
  /// Rank among the parent's sub-regions.
  public var rank: String?
  /// Full-year projection.
  public var projection: String?

  /// Words every part of `figures` in `language`.
  public init(_ figures: IndicatorFigures, language: ReportLanguage) {
    indicator = language == .en && !figures.nameEn.isEmpty ? figures.nameEn : figures.nameZh
    if let amount = figures.value {
      let parts = AmountWording.parts(amount, unit: figures.unit, language: language)
      value = parts.number
      unit = parts.unit
    } else {
      value = nil
      unit =
        language == .en
        ? AmountWording.parts(ReportAmount(value: 0, decimals: 0), unit: figures.unit, language: .en).unit
        : figures.unit.symbol
    }
    let decimals = figures.value?.decimals ?? 0
    growth = GrowthWording.phrase(
      figures.growth, period: figures.period, unit: figures.unit, decimals: decimals, language: language)
    comparison = ComparisonWording.phrase(
      current: figures.growth, previous: figures.previous, period: figures.period, language: language)
    gap = figures.parentGap.flatMap { ParentWording.gap(figures.growth, parent: $0, language: language) }
    target = figures.target.map { TargetWording.phrase($0, language: language) }
    rank = figures.rank.map { ParentWording.rank($0, language: language) }
    projection = figures.projection.map {
      ProjectionWording.phrase($0, unit: figures.unit, language: language)
    }
  }
}
