extension GrowthTable {
  /// Adds, for series whose growth is a paired published rate (`ratePairs`), the growth implied by the
  /// published levels (`level_yoy_pct`, percent) and the 口径差 (`caliber_gap`, B̂ − X(y−1) in the series'
  /// unit, B̂ = X / (1 + g/100)), in the months where the rate stands for the growth; undefined
  /// elsewhere (`notApplicable`).
  public mutating func addPublishedRateColumns() {
    let periodCount = panel.periodCount
    var implied = ExtraColumn(.levelYoY, seriesCount: series.count, periodCount: periodCount)
    var gap = ExtraColumn(.caliberGap, seriesCount: series.count, periodCount: periodCount)
    for ordinal in series.indices {
      for row in 0..<periodCount {
        implied.set(.undefined(.notApplicable), series: ordinal, row: row)
        gap.set(.undefined(.notApplicable), series: ordinal, row: row)
      }
    }
    forEachSeries { ordinal, _, growth in
      guard growth.hasPublishedRate else { return }
      for row in 0..<periodCount where !growth.levelImpliedGrowth[row].isNaN || !growth.caliberGap[row].isNaN
      {
        let value = { (number: Double) -> GrowthValue in number.isNaN ? .undefined(.noBase) : .value(number) }
        implied.set(value(growth.levelImpliedGrowth[row]), series: ordinal, row: row)
        gap.set(value(growth.caliberGap[row]), series: ordinal, row: row)
      }
    }
    extraColumns += [implied, gap]
  }
}
