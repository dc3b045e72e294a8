import Testing

@testable import TongbiKit

/// Builds the growth of one series from monthly values starting in January of `year`.
func seriesGrowth(
  monthly: [Double], kind: IndicatorKind = .flow, january: JanuaryPublication = .alone, year: Int = 2023,
  decimals: Int? = nil
) -> SeriesGrowth {
  let indicator = Indicator(
    code: "x", nameZh: "x", unit: .tenThousandYuan, kind: kind, publication: .monthly, january: january,
    allowsNegative: true)
  let first = month(year, 1)
  let forms = monthly.withUnsafeBufferPointer { buffer in
    SeriesForms(
      monthlyColumn: buffer, cumulativeColumn: nil, indicator: indicator, firstPeriod: first,
      decimals: decimals)
  }
  var growth = SeriesGrowth(firstPeriod: first)
  growth.compute(forms: forms, indicator: indicator, firstPeriod: first)
  return growth
}

@Suite("Growth: one series")
struct SeriesGrowthTests {
  /// 2023: 10 every month (C(2023,3) = 30); 2024: 11, 12, 13 (C(2024,3) = 36).
  /// 同比 March: (13 − 10) / 10 = 30%; 累计同比 1-3月: (36 − 30) / 30 = 20%; 环比 March: (13 − 12) / 12 =
  /// 8.333…%; increment 36 − 30 = 6; change: 1-3月 20.0% against 1-2月 (23 − 20) / 20 = 15.0% → +5.0 points.
  @Test("flow: 同比, 累计同比, 环比, increment, change in points")
  func flow() {
    let growth = seriesGrowth(monthly: Array(repeating: 10, count: 12) + [11, 12, 13])
    let march = 14
    #expect(abs(growth.monthlyYoY[march] - 30) < 1e-12)
    #expect(abs(growth.cumulativeYoY[march] - 20) < 1e-12)
    #expect(abs(growth.monthOnMonth[march] - 100.0 / 12) < 1e-12)
    #expect(growth.increment[march] == 6)
    #expect(growth.changeOfGrowth[march] == 5)
  }

  /// Averages of one-decimal monthly values: 1-2月 2023 is (0.1 + 0.2) / 2 = 0.15, 1-2月 2024 is
  /// (0.1 + 0.4) / 2 = 0.25, so the increment is 0.25 − 0.15 = 0.1. The means are not decimals of one
  /// place, so they must not be rounded to tenths before subtracting (that gave round(2.5) −
  /// round(1.5) = 2 − 2 = 0); flows of the same values subtract their exact sums: 0.5 − 0.3 = 0.2, where
  /// the doubles would give 0.5 − 0.30000000000000004 = 0.19999999999999996.
  @Test("increments: exact for sums of decimals, taken on the doubles for means")
  func incrementsOfDecimals() {
    let months = [0.1, 0.2] + Array(repeating: Double.nan, count: 10) + [0.1, 0.4]
    let february = 13
    let average = seriesGrowth(monthly: months, kind: .average, decimals: 1)
    #expect(average.cumulative[february] == 0.25)
    #expect(average.increment[february] == 0.1)
    let flow = seriesGrowth(monthly: months, kind: .flow, decimals: 1)
    #expect(flow.cumulative[february] == 0.5)
    #expect(flow.increment[february] == 0.2)
  }

  /// 36 months from January 2023: the first year has no base (rows 0-11) and the two-year average none
  /// before 2025 (rows 0-23), so row 23 is the last with a reason; January 2025 (row 24) has
  /// C = 25 against 1 two years before: (√25 − 1) × 100 = 400. A gap in July 2025 (row 30) leaves
  /// 1-7月 to 1-12月 unknown, so their 累计同比 and increments are undefined through December (row 35).
  @Test("the last row with a reason (where the CSV notes end): the first two years, then a gap's year")
  func lastUndefinedRow() {
    let complete = seriesGrowth(monthly: (1...36).map(Double.init))
    #expect(NoteCache.lastUndefinedRow(complete.reasons) == 23)
    #expect(complete.value(.twoYearAverage, row: 23) == .undefined(.noBase))
    #expect(complete.value(.twoYearAverage, row: 24) == .value(400))
    var gapped = (1...36).map(Double.init)
    gapped[30] = .nan
    let growth = seriesGrowth(monthly: gapped)
    #expect(NoteCache.lastUndefinedRow(growth.reasons) == 35)
    #expect(growth.value(.cumulativeYoY, row: 35) == .undefined(.missingCurrent))
  }

  @Test("the first year has no base")
  func firstYear() {
    let growth = seriesGrowth(monthly: Array(repeating: 10, count: 12))
    #expect(growth.value(.monthlyYoY, row: 5) == .undefined(.noBase))
    #expect(growth.value(.cumulativeYoY, row: 5) == .undefined(.noBase))
    #expect(growth.value(.increment, row: 5) == .undefined(.noBase))
    #expect(growth.value(.monthOnMonth, row: 0) == .undefined(.noBase))
  }

  /// December 2023 = 20, January 2024 = 10: 环比 (10 − 20) / 20 = −50%, across the year boundary.
  @Test("环比 runs from December into January")
  func decemberToJanuary() {
    let growth = seriesGrowth(monthly: Array(repeating: 20, count: 12) + [10])
    #expect(growth.monthOnMonth[12] == -50)
  }

  /// 1-2月 combined: M(y,1), M(y,2) unknown; C(2024,2) = 22 against C(2023,2) = 20 is +10%; its change
  /// compares with last year's full year 1-12月 (C = 120 with no base year: undefined → no base).
  @Test("combined 1-2月: monthly growth undefined as a combined period, cumulative growth defined")
  func combinedPeriod() {
    var months = Array(repeating: 10.0, count: 24)
    months[12] = .nan
    months[13] = 22
    months[0] = .nan
    months[1] = 20
    let growth = seriesGrowth(monthly: months, january: .withFebruary)
    #expect(growth.value(.monthlyYoY, row: 13) == .undefined(.combinedPeriod))
    #expect(growth.value(.monthOnMonth, row: 13) == .undefined(.combinedPeriod))
    #expect(growth.value(.monthOnMonth, row: 14) == .undefined(.combinedPeriod))
    #expect(abs(growth.cumulativeYoY[13] - 10) < 1e-12)
    #expect(!growth.isPublished(row: 12))
    #expect(growth.isPublished(row: 13))
    #expect(growth.value(.changeOfGrowth, row: 13) == .undefined(.noBase))
    // 1-3月: C = 32 against 30 → 6.666…% displays 6.7; 1-2月 10.0 → change −3.3 points.
    #expect(growth.changeOfGrowth[14] == -3.3)
  }

  /// Rate: 5.0% every month of 2023, 5.3% in January 2024: 同比 +0.3 points (a difference).
  @Test("rate: 同比 is a difference in points, no increment")
  func rate() {
    let growth = seriesGrowth(monthly: Array(repeating: 5.0, count: 12) + [5.3], kind: .rate)
    #expect(abs(growth.monthlyYoY[12] - 0.3) < 1e-12)
    #expect(growth.value(.increment, row: 12) == .undefined(.notApplicable))
    #expect(growth.value(.cumulativeYoY, row: 12) == .undefined(.notApplicable))
  }

  /// Index 104.2 (上年同月=100): growth 4.2%.
  @Test("index: growth is index − 100")
  func index() {
    let growth = seriesGrowth(monthly: [104.2], kind: .index)
    #expect(abs(growth.monthlyYoY[0] - 4.2) < 1e-12)
    #expect(growth.value(.monthOnMonth, row: 0) == .undefined(.notApplicable))
  }

  /// Stock 余额 100 → 108 a year later: 同比 8%, increment 8; never cumulated.
  @Test("stock: never cumulated, 同比 of the level")
  func stock() {
    let growth = seriesGrowth(monthly: Array(repeating: 100, count: 12) + [108], kind: .stock)
    #expect(growth.cumulative.allSatisfy { $0.isNaN })
    #expect(growth.value(.cumulativeYoY, row: 12) == .undefined(.notApplicable))
    #expect(growth.monthlyYoY[12] == 8)
    #expect(growth.increment[12] == 8)
  }

  /// January values 100, 110, 121 in three years (cumulative = the month): √(121 / 100) − 1 = 10%.
  @Test("two-year average growth from levels, undefined in the first two years")
  func twoYearAverage() {
    let months = [100] + Array(repeating: 1.0, count: 11) + [110] + Array(repeating: 1.0, count: 11) + [121]
    let growth = seriesGrowth(monthly: months)
    #expect(abs(growth.twoYearAverage[24] - 10) < 1e-12)
    #expect(growth.value(.twoYearAverage, row: 12) == .undefined(.noBase))
  }

  @Test("zero base month is undefined, not inf")
  func zeroBaseMonth() {
    let growth = seriesGrowth(monthly: [0] + Array(repeating: 1, count: 12))
    #expect(growth.value(.monthlyYoY, row: 12) == .undefined(.zeroBase))
    #expect(growth.value(.monthOnMonth, row: 1) == .undefined(.zeroBase))
  }
}
