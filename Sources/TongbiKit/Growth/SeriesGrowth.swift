@_spi(ByteLevel) import ByteLevel

/// The growth quantities of one series (a region's indicator) for every month of a panel, in
/// contiguous buffers that a table reuses from series to series (no allocation per element).
///
/// Row r is month `firstPeriod + r`. Values are NaN exactly where the matching reason is set:
///
/// - `monthlyYoY[r]` 同比 of the month: (M(y,m) − M(y−1,m)) / M(y−1,m) × 100 for flows, stocks and
///   averages; M(y,m) − M(y−1,m) points for rates; M(y,m) − 100 for indices;
/// - `cumulativeYoY[r]` 累计同比: (C(y,m) − C(y−1,m)) / C(y−1,m) × 100 for flows and averages, points
///   for rates and M − 100 for indices published cumulatively; not applicable to stocks;
/// - `monthOnMonth[r]` 环比: (M(y,m) − M(y,m−1)) / M(y,m−1) × 100, December → January across years,
///   points for rates, not applicable to indices;
/// - `changeOfGrowth[r]` 提高/回落: the headline growth (累计同比 where the kind has a cumulative form,
///   else 同比) minus that of the previous published period, from the rates rounded to 0.1 (March
///   against 1-2月, 1-2月 against last year's full year);
/// - `increment[r]` 增加 X: C(y,m) − C(y−1,m) (for stocks M(y,m) − M(y−1,m)); not applicable to
///   rates and indices;
/// - `twoYearAverage[r]` 两年平均增长: (√(X(y,m) / X(y−2,m)) − 1) × 100 on the level X (C where the series
///   has a cumulative form, else M), the levels formula DESIGN.md uses when no published rates exist;
///   not applicable to rates and indices.
///
/// The headline growth is 累计同比 where the series has a cumulative form, else 同比; for a published
/// growth rate (`Indicator.isGrowthRate`) it is the rate itself, as published.
///
/// Which months are published, and which published period comes before each, is the series'
/// `PublicationCalendar`: for a series published with January and February combined, M(y,1) and
/// M(y,2) are unknown, their 同比 and 环比 and March's 环比 are undefined as `combinedPeriod`, and
/// January is not a published period (`isPublished` is false).
public struct SeriesGrowth: Sendable {
  /// Month of row 0.
  public private(set) var firstPeriod: Period
  /// Monthly (当月) values, as published or derived.
  public private(set) var monthly: [Double] = []
  /// Year-to-date (累计) values, as published or derived; NaN for kinds that never cumulate.
  public private(set) var cumulative: [Double] = []
  /// 同比 of the month (percent, or points for rates).
  public private(set) var monthlyYoY: [Double] = []
  /// 累计同比 (percent, or points for rates).
  public private(set) var cumulativeYoY: [Double] = []
  /// 环比 (percent, or points for rates).
  public private(set) var monthOnMonth: [Double] = []
  /// Change of the headline growth against the previous published period, percentage points.
  public private(set) var changeOfGrowth: [Double] = []
  /// Increment against the same period of last year, in the indicator's unit.
  public private(set) var increment: [Double] = []
  /// Two-year average growth from levels, percent.
  public private(set) var twoYearAverage: [Double] = []
  /// Headline growth: 累计同比 where the series has a cumulative form, else 同比; a published growth
  /// rate's own value.
  public private(set) var headline: [Double] = []
  /// Whether the headline is the series' own value (a published growth rate) rather than a quantity.
  public private(set) var headlineIsOwnValue = false
  /// Whether a published growth rate was paired with the series (`PublishedRatePairs`); its values
  /// then stand for the growth they publish.
  public private(set) var hasPublishedRate = false
  /// Where a published rate stands for a growth: the growth implied by the levels, percent; NaN
  /// elsewhere.
  public private(set) var levelImpliedGrowth: [Double] = []
  /// Where a published rate stands for a growth: 口径差 B̂ − X(y−1), the comparable base implied by
  /// the rate, B̂ = X / (1 + g/100), less last year's published level, in the series' unit; NaN
  /// elsewhere.
  public private(set) var caliberGap: [Double] = []
  /// Where a published rate stands for the headline growth: the comparable base it implies,
  /// B̂ = X / (1 + g/100) (for a comparable 累计同比 from the months' rates, Σ B̂), in the series' unit;
  /// NaN elsewhere.
  public private(set) var comparableBase: [Double] = []
  /// Reason codes (`UndefinedReason.rawValue`, 0 when defined), one array per quantity, in the order
  /// monthlyYoY, cumulativeYoY, monthOnMonth, changeOfGrowth, increment, twoYearAverage.
  public private(set) var reasons: [[UInt8]] = Array(repeating: [], count: GrowthQuantity.allCases.count)
  /// Scratch: the headline rate's displayed tenths (`OfficeRounding.tenths`), per month (defined
  /// months only); `Int64.min` where the rate is beyond that range.
  private var displayed: [Int64] = []
  /// Whether the series has a cumulative form (flows, averages, and rates or indices published 累计).
  public private(set) var hasCumulative = false
  /// Which months are published (January alone or with February).
  public private(set) var calendar = PublicationCalendar(januaryWithFebruary: false)
  /// The units in which `monthly`, `cumulative` and `increment` are exact decimals, when they all are
  /// (`DecimalUnits.power` above 1); else power 1. Never for averages: a mean of monthly values is not
  /// a decimal, so neither is its increment.
  private(set) var exactAmounts = DecimalUnits.inexact

  /// Creates empty buffers.
  public init(firstPeriod: Period) {
    self.firstPeriod = firstPeriod
  }

  /// Number of months.
  public var count: Int { monthly.count }

  /// Whether row `row` is a published period (false for January of a 1-2月 series).
  public func isPublished(row: Int) -> Bool { isPublished(month: (firstPeriod + row).month) }

  /// Whether a row of calendar month `month` is a published period (false for January of a 1-2月
  /// series), for loops that count the month.
  @inline(__always)
  public func isPublished(month: Int) -> Bool { calendar.isPublished(month: month) }

  /// The value of `quantity` at `row` with its reason.
  public func value(_ quantity: GrowthQuantity, row: Int) -> GrowthValue {
    let code = reasons[quantity.rawValue][row]
    if let reason = UndefinedReason(rawValue: code) { return .undefined(reason) }
    return .value(column(quantity)[row])
  }

  /// The headline growth at `row` with its reason: a growth rate's own value is undefined where it
  /// is missing (`missingCurrent`), or in January of a 1-2月 series (`combinedPeriod`).
  public func headlineValue(row: Int) -> GrowthValue {
    guard headlineIsOwnValue else { return value(hasCumulative ? .cumulativeYoY : .monthlyYoY, row: row) }
    if !isPublished(row: row) { return .undefined(.combinedPeriod) }
    return headline[row].isNaN ? .undefined(.missingCurrent) : .value(headline[row])
  }

  /// The values of `quantity`, one per month.
  public func column(_ quantity: GrowthQuantity) -> [Double] {
    switch quantity {
    case .monthlyYoY: monthlyYoY
    case .cumulativeYoY: cumulativeYoY
    case .monthOnMonth: monthOnMonth
    case .changeOfGrowth: changeOfGrowth
    case .increment: increment
    case .twoYearAverage: twoYearAverage
    }
  }

  /// Computes every quantity from the series' monthly and cumulative forms.
  ///
  /// Each quantity is one pass over the months writing its values and reason codes into the reused
  /// buffers; the change of growth takes each month's displayed (rounded) headline rate, rounded once.
  /// With `published` (the values of the series' paired growth rate, one per month, and whether it is
  /// the 累计 rate), the published rate replaces the growth it publishes wherever it is published: the
  /// 累计同比 for a 累计 rate and for a month's rate of the combined 1-2月, else the month's 同比. A flow
  /// published with its months' rates gets its 累计同比 on their comparable basis, Σ X / Σ B̂ − 1 with
  /// B̂ = X / (1 + g/100) (2018年1-5月 社会消费品零售总额 9.5%, as published, where the levels alone
  /// give 4.6%). Where the headline is replaced, the two-year average is taken from the rates.
  public mutating func compute(
    forms: SeriesForms, indicator: Indicator, firstPeriod: Period,
    published: (values: [Double], isCumulative: Bool)? = nil
  ) {
    self.firstPeriod = firstPeriod
    monthly = forms.monthly
    cumulative = forms.cumulative
    let count = monthly.count
    calendar = indicator.calendar
    hasCumulative = indicator.kind.cumulates || cumulative.contains { !$0.isNaN }
    for quantity in GrowthQuantity.allCases { resize(quantity, count) }
    resize(&displayed, count, 0)
    exactAmounts = indicator.kind == .average ? .inexact : forms.units
    let rules = GrowthRules(
      kind: indicator.kind, calendar: calendar, hasCumulative: hasCumulative, units: exactAmounts)
    let firstMonth = firstPeriod.month
    let monthlyValues = monthly
    let cumulativeValues = cumulative
    monthlyValues.withUnsafeBufferPointer { monthly in
      cumulativeValues.withUnsafeBufferPointer { cumulative in
        Self.fill(&monthlyYoY, &reasons[GrowthQuantity.monthlyYoY.rawValue], firstMonth) { row, month in
          rules.monthlyYoY(monthly, row: row, month: month)
        }
        Self.fill(&cumulativeYoY, &reasons[GrowthQuantity.cumulativeYoY.rawValue], firstMonth) {
          row, month in rules.cumulativeYoY(cumulative, row: row, month: month)
        }
        Self.fill(&monthOnMonth, &reasons[GrowthQuantity.monthOnMonth.rawValue], firstMonth) { row, month in
          rules.monthOnMonth(monthly, row: row, month: month)
        }
        Self.fill(&increment, &reasons[GrowthQuantity.increment.rawValue], firstMonth) { row, _ in
          rules.increment(monthly: monthly, cumulative: cumulative, row: row)
        }
        Self.fill(&twoYearAverage, &reasons[GrowthQuantity.twoYearAverage.rawValue], firstMonth) { row, _ in
          rules.twoYearAverage(monthly: monthly, cumulative: cumulative, row: row)
        }
      }
    }
    hasPublishedRate = published != nil
    if let published {
      applyPublishedRate(published.values, isCumulative: published.isCumulative, kind: indicator.kind)
    }
    headlineIsOwnValue = indicator.isGrowthRate
    if headlineIsOwnValue {
      headline = hasCumulative ? cumulative : monthly
      computeChangeOfGrowth(
        headlineCodes: (0..<count).map { headlineValue(row: $0).reasonCode }, firstMonth: firstMonth)
    } else {
      headline = hasCumulative ? cumulativeYoY : monthlyYoY
      let headlineCodes = reasons[(hasCumulative ? GrowthQuantity.cumulativeYoY : .monthlyYoY).rawValue]
      computeChangeOfGrowth(headlineCodes: headlineCodes, firstMonth: firstMonth)
    }
  }

  /// Puts the published rate `rates` in place of the growth it publishes (see `compute`), keeping the
  /// level-implied headline growth and the 口径差 beside it where the headline is replaced.
  private mutating func applyPublishedRate(_ rates: [Double], isCumulative: Bool, kind: IndicatorKind) {
    let count = min(monthly.count, rates.count)
    levelImpliedGrowth = Array(repeating: .nan, count: monthly.count)
    caliberGap = Array(repeating: .nan, count: monthly.count)
    comparableBase = Array(repeating: .nan, count: monthly.count)
    let cumulativeRate = isCumulative && hasCumulative
    var replacedHeadline = Array(repeating: false, count: monthly.count)
    for row in 0..<count where !rates[row].isNaN && isPublished(row: row) {
      let month = (firstPeriod + row).month
      let quantity: GrowthQuantity =
        cumulativeRate || calendar.isCombinedPeriod(month: month) ? .cumulativeYoY : .monthlyYoY
      let levels = quantity == .cumulativeYoY ? cumulative : monthly
      if (quantity == .cumulativeYoY) == hasCumulative {
        let implied = GrowthFormulas.impliedBase(current: levels[row], publishedRate: rates[row])
        noteReplacedHeadline(
          row: row, impliedBase: implied.number, lastYear: row >= 12 ? levels[row - 12] : .nan)
        replacedHeadline[row] = true
      }
      switch quantity {
      case .cumulativeYoY: cumulativeYoY[row] = rates[row]
      default: monthlyYoY[row] = rates[row]
      }
      reasons[quantity.rawValue][row] = 0
    }
    if !isCumulative && hasCumulative && kind == .flow {
      comparableCumulativeGrowth(rates, replaced: &replacedHeadline)
    }
    let headlineRates = hasCumulative ? cumulativeYoY : monthlyYoY
    for row in 12..<max(count, 12) where replacedHeadline[row] && replacedHeadline[row - 12] {
      let average = GrowthFormulas.twoYearAverage(
        rate: headlineRates[row], previousRate: headlineRates[row - 12])
      twoYearAverage[row] = average.rawValue
      reasons[GrowthQuantity.twoYearAverage.rawValue][row] = average.reasonCode
    }
  }

  /// 累计同比 on the comparable basis of a month's published rates: Σ X / Σ B̂ − 1 over the year's
  /// published periods up to the month, B̂ = X / (1 + g/100) the comparable base of each (for 1-2月, X
  /// is C(y,2)); only where every period of the year so far has its value and rate.
  private mutating func comparableCumulativeGrowth(_ rates: [Double], replaced: inout [Bool]) {
    var sums = (value: 0.0, base: 0.0)
    var complete = false
    for row in 0..<min(monthly.count, rates.count) {
      let month = (firstPeriod + row).month
      if month == 1 {
        sums = (0, 0)
        complete = true
      }
      guard isPublished(row: row) else { continue }
      let value = calendar.isCombinedPeriod(month: month) ? cumulative[row] : monthly[row]
      guard complete, let base = GrowthFormulas.impliedBase(current: value, publishedRate: rates[row]).number
      else {
        complete = false
        continue
      }
      sums = (sums.value + value, sums.base + base)
      // 1-2月 already holds its published rate, which the sums only reproduce.
      guard sums.base > 0, !replaced[row] else { continue }
      noteReplacedHeadline(
        row: row, impliedBase: sums.base, lastYear: row >= 12 ? cumulative[row - 12] : .nan)
      cumulativeYoY[row] = (sums.value / sums.base - 1) * 100
      reasons[GrowthQuantity.cumulativeYoY.rawValue][row] = 0
      replaced[row] = true
    }
  }

  /// Keeps, at `row`, the headline growth implied by the levels and the 口径差 B̂ − X(y−1) before the
  /// headline is replaced.
  private mutating func noteReplacedHeadline(row: Int, impliedBase: Double?, lastYear: Double) {
    levelImpliedGrowth[row] = value(hasCumulative ? .cumulativeYoY : .monthlyYoY, row: row).number ?? .nan
    comparableBase[row] = impliedBase ?? .nan
    caliberGap[row] =
      GrowthFormulas.caliberGap(
        impliedBase: impliedBase.map { .value($0) } ?? .undefined(.noBase), lastYear: lastYear
      )
      .number ?? .nan
  }

  /// 提高/回落: round₁(round₁(h_now) − round₁(h_previous)), the previous published period by the
  /// calendar (the month before; before February of a 1-2月 series, December); the current rate's
  /// reason when it is undefined, `noBase` when the previous one is.
  ///
  /// Each month's headline is rounded once, to its displayed tenths; the change is their difference
  /// (`GrowthFormulas.changeOfTenths`), or for rates beyond its range the rounding of the rates again.
  private mutating func computeChangeOfGrowth(headlineCodes: [UInt8], firstMonth: Int) {
    let headlineValues = headline
    let calendar = calendar
    headlineValues.withUnsafeBufferPointer { values in
      headlineCodes.withUnsafeBufferPointer { codes in
        displayed.withUnsafeMutableBufferPointer { tenths in
          for row in tenths.indices where codes[row] == 0 {
            tenths[row] = OfficeRounding.tenths(values[row]) ?? .min
          }
        }
        let tenthsValues = displayed
        tenthsValues.withUnsafeBufferPointer { tenths in
          Self.fill(&changeOfGrowth, &reasons[GrowthQuantity.changeOfGrowth.rawValue], firstMonth) {
            row, month in
            let code = codes[row]
            if code != 0 { return UndefinedReason(rawValue: code).map { .undefined($0) } ?? .value(.nan) }
            let previous = row - calendar.stepsToPreviousPublished(fromMonth: month)
            guard previous >= 0, codes[previous] == 0 else { return .undefined(.noBase) }
            if let change = GrowthFormulas.changeOfTenths(tenths[row], tenths[previous]) {
              return .value(change)
            }
            return .value(
              GrowthFormulas.changeOfRoundedRates(
                OfficeRounding.round(values[row], decimals: 1),
                OfficeRounding.round(values[previous], decimals: 1)))
          }
        }
      }
    }
  }

  /// Writes `rule(row, month)` for every row into `values` and `codes` (NaN and the reason where
  /// undefined), month being the calendar month of the row.
  @inline(__always)
  private static func fill(
    _ values: inout [Double], _ codes: inout [UInt8], _ firstMonth: Int, _ rule: (Int, Int) -> GrowthValue
  ) {
    values.withUnsafeMutableBufferPointer { values in
      codes.withUnsafeMutableBufferPointer { codes in
        var month = firstMonth
        for row in 0..<min(values.count, codes.count) {
          let result = rule(row, month)
          values[row] = result.rawValue
          codes[row] = result.reasonCode
          month = Period.month(after: month)
        }
      }
    }
  }

  private mutating func resize(_ quantity: GrowthQuantity, _ count: Int) {
    if reasons[quantity.rawValue].count != count {
      reasons[quantity.rawValue] = Array(repeating: 0, count: count)
    }
    switch quantity {
    case .monthlyYoY: resize(&monthlyYoY, count, .nan)
    case .cumulativeYoY: resize(&cumulativeYoY, count, .nan)
    case .monthOnMonth: resize(&monthOnMonth, count, .nan)
    case .changeOfGrowth: resize(&changeOfGrowth, count, .nan)
    case .increment: resize(&increment, count, .nan)
    case .twoYearAverage: resize(&twoYearAverage, count, .nan)
    }
  }

  private func resize<Element>(_ array: inout [Element], _ count: Int, _ fill: Element) {
    if array.count != count { array = Array(repeating: fill, count: count) }
  }
}

/// The growth quantities a series has, in the order of the table's columns.
public enum GrowthQuantity: Int, Sendable, CaseIterable {
  /// 同比 of the month.
  case monthlyYoY
  /// 累计同比.
  case cumulativeYoY
  /// 环比.
  case monthOnMonth
  /// 提高/回落 X 个百分点 against the previous published period.
  case changeOfGrowth
  /// 增加 X against the same period of last year.
  case increment
  /// 两年平均增长 from levels.
  case twoYearAverage

  /// Column name in CSV and JSON output.
  public var columnName: String {
    switch self {
    case .monthlyYoY: "monthly_yoy_pct"
    case .cumulativeYoY: "cumulative_yoy_pct"
    case .monthOnMonth: "mom_pct"
    case .changeOfGrowth: "yoy_change_pp"
    case .increment: "increment"
    case .twoYearAverage: "two_year_avg_pct"
    }
  }
}
