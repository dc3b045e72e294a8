@_spi(ByteLevel) import ByteLevel

extension SeriesForms {
  /// The first `rows` monthly values (row 0 at `firstPeriod`) as the models take them: in a series
  /// published with 1-2月 combined, February's row holds the combined value C(y,2) where February alone
  /// is not given, the one value of that period of the 11-period year. In a `flow`, a month whose
  /// monthly value is unknown but whose cumulative values are known takes M(y,m) = C(y,m) − C(y,m−1)
  /// (C(y,1) in January): a monthly cell left empty beside published cumulative ones is not missing.
  func modellingColumn(firstPeriod: Period, combined: Bool, flow: Bool, rows: Int) -> [Double] {
    var column = Array(monthly[0..<rows])
    for row in column.indices where column[row].isNaN {
      let month = (firstPeriod + row).month
      if combined && month == 2 {
        column[row] = cumulative[row]
      } else if flow && !(combined && month == 1) {
        if month == 1 {
          column[row] = cumulative[row]
        } else if row > 0 {
          column[row] = units.difference(cumulative[row], cumulative[row - 1])
        }
      }
    }
    return column
  }
}
