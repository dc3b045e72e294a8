/// The headline growth and level of every series of a growth table, series-major, for quantities
/// that compare series with each other (ranks, contributions, targets).
///
/// level = C(y,m) where the series has a cumulative form, else M(y,m); headline = 累计同比 where the
/// series has a cumulative form, else 同比.
struct TableSnapshot {
  let periodCount: Int
  var levels: [Double]
  var headlines: [Double]
  var combined: [Bool]
  /// Series ordinal by (region, indicator code).
  var ordinals: [RegionIndicator: Int] = [:]

  init(_ table: GrowthTable) {
    periodCount = table.panel.periodCount
    let total = table.series.count * periodCount
    levels = Array(repeating: .nan, count: total)
    headlines = Array(repeating: .nan, count: total)
    combined = Array(repeating: false, count: table.series.count)
    for (ordinal, key) in table.series.enumerated() {
      ordinals[RegionIndicator(region: key.region, indicator: key.indicator)] = ordinal
    }
    var levels = self.levels
    var headlines = self.headlines
    var combined = self.combined
    let count = periodCount
    table.forEachSeries { (ordinal, _, growth) in
      let source = growth.hasCumulative ? growth.cumulative : growth.monthly
      for row in 0..<count {
        levels[ordinal * count + row] = source[row]
        headlines[ordinal * count + row] = growth.headline[row]
      }
      combined[ordinal] = growth.combinedJanuary
    }
    self.levels = levels
    self.headlines = headlines
    self.combined = combined
  }

  func level(_ ordinal: Int, _ row: Int) -> Double {
    row >= 0 && row < periodCount ? levels[ordinal * periodCount + row] : .nan
  }

  func headline(_ ordinal: Int, _ row: Int) -> Double {
    row >= 0 && row < periodCount ? headlines[ordinal * periodCount + row] : .nan
  }

  /// Row of the previous published period before `row` (skipping January of a 1-2月 series).
  func previousPublished(_ ordinal: Int, row: Int, firstPeriod: Period) -> Int {
    let previous = row - 1
    if combined[ordinal] && (firstPeriod + previous).month == 1 { return previous - 1 }
    return previous
  }
}

/// A (region, indicator code) pair.
struct RegionIndicator: Hashable {
  var region: String
  var indicator: String
}
