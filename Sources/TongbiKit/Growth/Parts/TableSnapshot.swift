/// The level and headline growth of every series of a growth table, series-major: what quantities
/// that compare series with each other (ranks, contributions, targets) and the report read. Computed
/// once per table (`GrowthTable.snapshot()`) and shared.
///
/// level = C(y,m) where the series has a cumulative form, else M(y,m); headline = `SeriesGrowth`'s
/// headline growth with its reason; base = the comparable base B̂ where a published rate or a supplied
/// base is the headline (`SeriesGrowth.comparableBase`), else the level a year before.
struct TableSnapshot: Sendable {
  let periodCount: Int
  var levels: [Double]
  var headlines: [Double]
  /// Reason codes beside `headlines` (0 where defined).
  var headlineReasons: [UInt8]
  var calendars: [PublicationCalendar]
  /// The comparable base where a published rate stands for the headline, NaN elsewhere (series-major).
  var comparableBases: [Double]
  /// Whether each series has a cumulative form (its level is C(y,m)).
  var hasCumulative: [Bool]
  /// Series ordinal by (region, indicator code).
  var ordinals: [RegionIndicator: Int] = [:]

  init(_ table: GrowthTable) {
    let count = table.panel.periodCount
    let total = table.series.count * count
    var levels = [Double](repeating: .nan, count: total)
    var headlines = [Double](repeating: .nan, count: total)
    var comparableBases = [Double](repeating: .nan, count: total)
    var reasons = [UInt8](repeating: UndefinedReason.missingCurrent.rawValue, count: total)
    var calendars = [PublicationCalendar](
      repeating: PublicationCalendar(januaryWithFebruary: false), count: table.series.count)
    var hasCumulative = [Bool](repeating: false, count: table.series.count)
    table.forEachSeries { (ordinal, _, growth) in
      let source = growth.hasCumulative ? growth.cumulative : growth.monthly
      for row in 0..<count {
        levels[ordinal * count + row] = source[row]
        let headline = growth.headlineValue(row: row)
        headlines[ordinal * count + row] = headline.rawValue
        reasons[ordinal * count + row] = headline.reasonCode
      }
      calendars[ordinal] = growth.calendar
      hasCumulative[ordinal] = growth.hasCumulative
      if growth.hasPublishedRate {
        for row in 0..<min(count, growth.comparableBase.count) {
          comparableBases[ordinal * count + row] = growth.comparableBase[row]
        }
      }
    }
    periodCount = count
    self.levels = levels
    self.headlines = headlines
    self.headlineReasons = reasons
    self.calendars = calendars
    self.hasCumulative = hasCumulative
    self.comparableBases = comparableBases
    for (ordinal, key) in table.series.enumerated() {
      ordinals[RegionIndicator(region: key.region, indicator: key.indicator)] = ordinal
    }
  }

  func level(_ ordinal: Int, _ row: Int) -> Double {
    row >= 0 && row < periodCount ? levels[ordinal * periodCount + row] : .nan
  }

  /// The base growth is measured against at `row`: the comparable base where a published rate or a
  /// supplied base is the headline, else the level a year before.
  func base(_ ordinal: Int, _ row: Int) -> Double {
    guard row >= 0 && row < periodCount else { return .nan }
    let comparable = comparableBases[ordinal * periodCount + row]
    return comparable.isNaN ? level(ordinal, row - 12) : comparable
  }

  /// Whether the headline at `row` is on a comparable basis: a published rate or a growth on a
  /// supplied base, whose comparable base is known.
  func isComparable(_ ordinal: Int, _ row: Int) -> Bool {
    row >= 0 && row < periodCount && !comparableBases[ordinal * periodCount + row].isNaN
  }

  func headline(_ ordinal: Int, _ row: Int) -> Double {
    row >= 0 && row < periodCount ? headlines[ordinal * periodCount + row] : .nan
  }

  /// The headline growth with its reason; `noBase` outside the table's months.
  func headlineValue(_ ordinal: Int, _ row: Int) -> GrowthValue {
    guard row >= 0 && row < periodCount else { return .undefined(.noBase) }
    let index = ordinal * periodCount + row
    if let reason = UndefinedReason(rawValue: headlineReasons[index]) { return .undefined(reason) }
    return .value(headlines[index])
  }

  /// Row of the previous published period before `row`, by the series' calendar.
  func previousPublished(_ ordinal: Int, row: Int, firstPeriod: Period) -> Int {
    row - calendars[ordinal].stepsToPreviousPublished(fromMonth: (firstPeriod + row).month)
  }
}

/// A (region, indicator code) pair.
struct RegionIndicator: Hashable, Sendable {
  var region: String
  var indicator: String
}
