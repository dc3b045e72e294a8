/// How a CSV cell of a growth-table column is written (`GrowthCell` resolved for the byte writer).
enum CSVCell: Equatable {
  /// A run of consecutive region, indicator and unit cells, laid out per series by `SeriesHead`.
  case constants(Int)
  /// The period label.
  case period
  /// M(y,m), C(y,m) and the increment: amounts in the shown unit.
  case monthly, cumulative, increment
  /// Rates at full precision.
  case monthlyYoY, cumulativeYoY, monthOnMonth, twoYearAverage
  /// The change of growth, a whole number of tenths.
  case changeOfGrowth
  /// The note.
  case note
  /// An extra column's value; `amount` when it is in the series' unit (scaled like the amounts).
  case extra(Int, amount: Bool)

  /// The writing plan of `layout` and, for each run of constants, its cells.
  static func plan(_ layout: [(column: GrowthColumn, cell: GrowthCell)], extras: [ExtraColumn]) -> (
    cells: [CSVCell], runs: [[GrowthCell]]
  ) {
    var cells: [CSVCell] = []
    var runs: [[GrowthCell]] = []
    for (_, cell) in layout {
      switch cell {
      case .region, .indicator, .unit:
        if case .constants(let run) = cells.last {
          runs[run].append(cell)
        } else {
          cells.append(.constants(runs.count))
          runs.append([cell])
        }
      case .period: cells.append(.period)
      case .monthly: cells.append(.monthly)
      case .cumulative: cells.append(.cumulative)
      case .quantity(.increment): cells.append(.increment)
      case .quantity(.monthlyYoY): cells.append(.monthlyYoY)
      case .quantity(.cumulativeYoY): cells.append(.cumulativeYoY)
      case .quantity(.monthOnMonth): cells.append(.monthOnMonth)
      case .quantity(.twoYearAverage): cells.append(.twoYearAverage)
      case .quantity(.changeOfGrowth): cells.append(.changeOfGrowth)
      case .note: cells.append(.note)
      case .extra(let index): cells.append(.extra(index, amount: extras[index].column.kind == .amount))
      }
    }
    return (cells, runs)
  }

  /// The plan of the default layout: the standard columns, then every extra column of `extras`.
  static func standardPlan(extras: [ExtraColumn]) -> [CSVCell] {
    [
      .constants(0), .period, .constants(1), .monthly, .monthlyYoY, .cumulative, .cumulativeYoY,
      .monthOnMonth, .changeOfGrowth, .increment, .twoYearAverage, .note,
    ] + extras.indices.map { .extra($0, amount: extras[$0].column.kind == .amount) }
  }
}
