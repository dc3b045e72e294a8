import Foundation

/// The unit each amount of a report is shown in, and the document converted into those units.
///
/// Precedence, per indicator: the unit asked for (`tongbi report --unit`) when the indicator's unit
/// converts into it (same base; never percent or index); else, in English, money in millions (million
/// yuan, million US dollars); else the indicator's own unit, which is the indicator file's unit when
/// the file gives one (the ingest converts the data into it) and otherwise the unit the data were first
/// published in (the seed keeps 规上工业总产值 in 万元 above 1 亿元).
///
/// Conversions are exact powers of ten on decimals (`UnitScale`); a converted amount is then shown at
/// the decimals offices use for its unit (`AmountDisplay.usualDecimals`: two for 亿元, 万元 and millions), or fewer
/// when the conversion leaves fewer: 18927.2 万元 → 1.89 亿元, 10.49 亿元 → 104900 万元. `decimals`
/// (`--decimals`) sets the decimals of every amount instead. Rounding is half away from zero. Growth
/// rates do not change.
package enum ReportDisplayUnits {
  /// The unit to show an amount stored in `unit` in.
  package static func unit(for unit: Unit, requested: Unit?, language: ReportLanguage) -> Unit {
    if let requested, unit.isConvertible(from: requested) { return requested }
    let isMoney = unit.base == "元" || unit.base == "美元"
    if language == .en && isMoney {
      return Unit(base: unit.base, exponent: 6, symbol: "百万" + unit.base)
    }
    return unit
  }

  /// `document` with every amount (values, last year's values, projections, chart values) in its display
  /// unit.
  package static func converted(
    _ document: ReportDocument, requested: Unit?, language: ReportLanguage, decimals: Int? = nil
  )
    -> ReportDocument
  {
    var result = document
    for index in result.figures.indices {
      let figures = result.figures[index]
      let shown = unit(for: figures.unit, requested: requested, language: language)
      guard shown != figures.unit || decimals != nil else { continue }
      let scale = UnitScale(from: figures.unit, to: shown)
      let places = decimals ?? (shown == figures.unit ? nil : AmountDisplay.usualDecimals(shown))
      result.figures[index] = converted(
        figures, to: shown, scale: scale, places: places, padded: decimals != nil)
      if index < result.histories.count {
        let written = figures.value?.decimals ?? 0
        result.histories[index] = converted(result.histories[index], scale: scale, written: written)
      }
    }
    return result
  }

  /// `figures` in `unit`, amounts scaled by `scale` and shown with `places` decimals (see `scaled`).
  static func converted(
    _ figures: IndicatorFigures, to unit: Unit, scale: UnitScale, places: Int?, padded: Bool
  ) -> IndicatorFigures {
    var result = figures
    result.unit = unit
    let show = { (amount: ReportAmount) in scaled(amount, by: scale, places: places, padded: padded) }
    result.value = figures.value.map(show)
    result.base = figures.base.map(show)
    if let fullYear = figures.projection?.fullYear { result.projection?.fullYear = show(fullYear) }
    return result
  }

  /// An amount scaled exactly, its decimals shifted so that no published digit is lost, then shown with
  /// `places` decimals when `padded`, else with at most `places` (every digit when `nil`), rounded half
  /// away from zero.
  static func scaled(_ amount: ReportAmount, by scale: UnitScale, places: Int?, padded: Bool) -> ReportAmount
  {
    let exact = ReportAmount(value: scale.apply(amount.value), decimals: scale.decimals(amount.decimals))
    guard let places else { return exact }
    let target = padded ? max(places, 0) : min(places, exact.decimals)
    guard target != exact.decimals else { return exact }
    return ReportAmount(value: OfficeRounding.round(exact.value, places: target), decimals: target)
  }

  /// Chart values scaled to the display unit.
  static func converted(_ history: IndicatorHistory, scale: UnitScale, written: Int) -> IndicatorHistory {
    let point = { (point: HistoryPoint) -> HistoryPoint in
      var result = point
      result.periodValue = point.periodValue.map { scale.apply($0, written: written) }
      return result
    }
    return IndicatorHistory(thisYear: history.thisYear.map(point), lastYear: history.lastYear.map(point))
  }
}
