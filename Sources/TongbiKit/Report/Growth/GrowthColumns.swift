/// The standard columns of the growth table, in output order.
package enum GrowthColumns {
  /// CSV and JSON names of the standard columns.
  package static let names = [
    "region", "indicator", "period", "unit", "monthly", "monthly_yoy_pct", "cumulative",
    "cumulative_yoy_pct", "mom_pct", "yoy_change_pp", "increment", "two_year_avg_pct", "note",
  ]

  /// The unit amounts are shown in: `requested` when the indicator's unit converts into it, else the
  /// indicator's display unit, else its unit; with the scale from stored values to shown ones and
  /// the decimal shift (亿元 shown from 万元 values gains 4 decimals, 万元 from 亿元 loses 4).
  static func displayUnit(for indicator: Indicator, requested: Unit?) -> (
    unit: Unit, scale: UnitScale, shift: Int
  ) {
    let shown =
      requested.flatMap { indicator.unit.isConvertible(from: $0) ? $0 : nil }
      ?? indicator.displayUnit ?? indicator.unit
    guard shown != indicator.unit, shown.isConvertible(from: indicator.unit) else {
      return (indicator.unit, .identity, 0)
    }
    return (
      shown, UnitScale(from: indicator.unit, to: shown),
      shown.exponent - indicator.unit.exponent
    )
  }

  /// The note of a row: each reason with the columns it leaves undefined, e.g.
  /// `no base: monthly_yoy_pct, cumulative_yoy_pct`; empty when every column is defined.
  static func note(_ growth: SeriesGrowth, row: Int) -> String {
    note(reasons: GrowthQuantity.allCases.map { growth.reasons[$0.rawValue][row] })
  }

  /// The note for the reason codes of the five quantities, in `GrowthQuantity` order.
  static func note(reasons: [UInt8]) -> String {
    var parts: [String] = []
    for reason in UndefinedReason.allCases {
      let columns = GrowthQuantity.allCases.filter { reasons[$0.rawValue] == reason.rawValue }
      if !columns.isEmpty {
        parts.append("\(reason): " + columns.map(\.columnName).joined(separator: ", "))
      }
    }
    return parts.joined(separator: "; ")
  }
}
