extension SeriesForms {
  /// The first `rows` monthly values (row 0 at `firstPeriod`) as the models take them: in a series
  /// published with 1-2月 combined, February's row holds the combined value C(y,2) where February alone
  /// is not given, the one value of that period of the 11-period year.
  func modellingColumn(firstPeriod: Period, combined: Bool, rows: Int) -> [Double] {
    var column = Array(monthly[0..<rows])
    if combined {
      for row in column.indices where (firstPeriod + row).month == 2 && column[row].isNaN {
        column[row] = cumulative[row]
      }
    }
    return column
  }
}
