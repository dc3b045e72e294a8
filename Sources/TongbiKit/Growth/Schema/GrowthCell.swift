/// Where the cells of a growth-table column come from, for one series and row: the series' names,
/// the row's period, one of the computed quantities, the note, or an extra column.
package enum GrowthCell: Sendable, Equatable {
  /// The region's name.
  case region
  /// The indicator's name.
  case indicator
  /// The period label.
  case period
  /// The unit amounts are shown in.
  case unit
  /// M(y,m).
  case monthly
  /// C(y,m).
  case cumulative
  /// A computed quantity: a rate, a change of growth, the increment.
  case quantity(GrowthQuantity)
  /// Why undefined values are undefined.
  case note
  /// The extra column at this index of `GrowthTable.extraColumns`.
  case extra(Int)

  /// The values of an amount or quantity cell in `growth`; `nil` for the other cells.
  package func values(in growth: SeriesGrowth) -> [Double]? {
    switch self {
    case .monthly: growth.monthly
    case .cumulative: growth.cumulative
    case .quantity(let quantity): growth.column(quantity)
    case .region, .indicator, .period, .unit, .note, .extra: nil
    }
  }
}

extension GrowthCell {
  /// The standard columns (`GrowthColumn.standard`) with the sources of their cells.
  package static let standard: [(column: GrowthColumn, cell: GrowthCell)] = [
    (.region, .region), (.indicator, .indicator), (.period, .period), (.unit, .unit),
    (.monthly, .monthly), (.monthlyYoY, .quantity(.monthlyYoY)), (.cumulative, .cumulative),
    (.cumulativeYoY, .quantity(.cumulativeYoY)), (.monthOnMonth, .quantity(.monthOnMonth)),
    (.changeOfGrowth, .quantity(.changeOfGrowth)), (.increment, .quantity(.increment)),
    (.twoYearAverage, .quantity(.twoYearAverage)), (.note, .note),
  ]
}

extension GrowthTable {
  /// Every column the table can output with the source of its cells: the standard columns, then the
  /// extra ones in the order they were added.
  package var availableColumns: [(column: GrowthColumn, cell: GrowthCell)] {
    GrowthCell.standard + extraColumns.enumerated().map { ($1.column, .extra($0)) }
  }

  /// The columns output with the sources of their cells, in order: every available column, or those
  /// chosen with `selectColumns(_:)`.
  package var layout: [(column: GrowthColumn, cell: GrowthCell)] {
    let available = availableColumns
    guard let selectedColumns else { return available }
    return selectedColumns.compactMap { column in available.first { $0.column == column } }
  }
}
