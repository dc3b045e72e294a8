/// The note of a growth-table row: each reason with the columns it leaves undefined, e.g.
/// `no base: monthly_yoy_pct, cumulative_yoy_pct`; empty when every column is defined.
package enum GrowthNote {
  /// The note of `growth` at `row`.
  package static func text(_ growth: SeriesGrowth, row: Int) -> String {
    text(reasons: GrowthQuantity.allCases.map { growth.reasons[$0.rawValue][row] })
  }

  /// The note for the reason codes of the quantities, in `GrowthQuantity` order.
  package static func text(reasons: [UInt8]) -> String {
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
