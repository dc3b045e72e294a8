@_spi(ByteLevel) import ByteLevel

extension SeriesForms {
  /// The first `rows` monthly values (row 0 at `firstPeriod`) as the models take them: in a series
  /// published with 1-2月 combined, February's row holds the combined value C(y,2) where February alone
  /// is not given, the one value of that period of the 11-period year. In a `flow`, a month whose
  /// monthly value is unknown but whose cumulative values are known takes the sum they fix for it
  /// (`cumulativeTotal`: C(y,m) − C(y,m−1), or C(y,1) in January): a monthly cell left empty beside
  /// published cumulative ones is not missing.
  func modellingColumn(firstPeriod: Period, combined: Bool, flow: Bool, rows: Int) -> [Double] {
    var column = Array(monthly[0..<rows])
    for row in column.indices where column[row].isNaN {
      let period = firstPeriod + row
      if combined && period.month == 2 {
        column[row] = cumulative[row]
      } else if flow && !(combined && period.month == 1),
        let total = cumulativeTotal(
          from: period, through: period, firstPeriod: firstPeriod, combined: combined)
      {
        column[row] = total
      }
    }
    return column
  }
}
