import Foundation

/// The unit each amount of a report is shown in, and the document converted into those units.
///
/// Precedence, per indicator: the unit asked for (`tongbi report --unit`) when the indicator's unit
/// converts into it (same base; never percent or index); else, in English, money in millions (million
/// yuan, million US dollars); else the indicator's own unit, which is the indicator file's unit when
/// the file gives one (the ingest converts the data into it) and otherwise the unit the data were first
/// published in (the seed keeps 规上工业总产值 in 万元 above 1 亿元).
///
/// Conversions are exact powers of ten on decimals (`UnitScale`) and keep every published digit:
/// 18927.2 万元 → 1.89272 亿元, 10.49 亿元 → 104900 万元. Growth rates do not change.
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
  package static func converted(_ document: ReportDocument, requested: Unit?, language: ReportLanguage)
    -> ReportDocument
  {
    var result = document
    for index in result.figures.indices {
      let figures = result.figures[index]
      let shown = unit(for: figures.unit, requested: requested, language: language)
      guard shown != figures.unit else { continue }
      let scale = UnitScale(from: figures.unit, to: shown)
      result.figures[index] = converted(figures, to: shown, scale: scale)
      if index < result.histories.count {
        let written = figures.value?.decimals ?? 0
        result.histories[index] = converted(result.histories[index], scale: scale, written: written)
      }
    }
    return result
  }

  /// `figures` in `unit`, amounts scaled by `scale`.
  static func converted(_ figures: IndicatorFigures, to unit: Unit, scale: UnitScale) -> IndicatorFigures {
    var result = figures
    result.unit = unit
    result.value = figures.value.map { scaled($0, by: scale) }
    result.base = figures.base.map { scaled($0, by: scale) }
    if let fullYear = figures.projection?.fullYear {
      result.projection?.fullYear = scaled(fullYear, by: scale)
    }
    return result
  }

  /// An amount scaled exactly, its decimals shifted so that no published digit is lost.
  static func scaled(_ amount: ReportAmount, by scale: UnitScale) -> ReportAmount {
    ReportAmount(value: scale.apply(amount.value), decimals: scale.decimals(amount.decimals))
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
