import Testing

@_spi(ByteLevel) @testable import ByteLevel
@testable import TongbiKit

@Suite("SeriesForms: monthly and cumulative derived from each other")
struct SeriesFormsTests {
  private func indicator(_ kind: IndicatorKind, january: JanuaryPublication = .alone) -> Indicator {
    Indicator(
      code: "x", nameZh: "x", unit: .tenThousandYuan, kind: kind, publication: .cumulative, january: january,
      allowsNegative: false)
  }

  private func forms(
    monthly: [Double]?, cumulative: [Double]?, _ indicator: Indicator, from first: Period,
    decimals: Int? = nil
  ) -> SeriesForms {
    let make: ([Double]?) -> UnsafeBufferPointer<Double>? = { values in
      values.map { array in
        let pointer = UnsafeMutableBufferPointer<Double>.allocate(capacity: array.count)
        _ = pointer.initialize(from: array)
        return UnsafeBufferPointer(pointer)
      }
    }
    let monthlyBuffer = make(monthly)
    let cumulativeBuffer = make(cumulative)
    defer {
      monthlyBuffer?.deallocate()
      cumulativeBuffer?.deallocate()
    }
    return SeriesForms(
      monthlyColumn: monthlyBuffer, cumulativeColumn: cumulativeBuffer, indicator: indicator,
      firstPeriod: first, decimals: decimals)
  }

  private func same(_ lhs: [Double], _ rhs: [Double]) -> Bool {
    lhs.count == rhs.count && zip(lhs, rhs).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
  }

  @Test("monthly from cumulative with 1-2月 combined: February unknown, March = C(3) − C(2)")
  func monthlyFromCombinedCumulative() throws {
    // 1-2月 10.0, 1-3月 15.0, 1-4月 21.5  →  3月 5.0, 4月 6.5; no single January or February.
    let first = try #require(Period(year: 2024, month: 2))
    let result = forms(
      monthly: nil, cumulative: [10, 15, 21.5], indicator(.flow, january: .withFebruary), from: first)
    #expect(same(result.monthly, [.nan, 5, 6.5]))
    #expect(same(result.cumulative, [10, 15, 21.5]))
  }

  @Test("monthly from cumulative across a year end: January equals 1月 cumulative")
  func yearBoundary() throws {
    // 2023年1-11月 90, 1-12月 100, 2024年1月 8, 1-2月 17  →  12月 10, 1月 8, 2月 9.
    let first = try #require(Period(year: 2023, month: 11))
    let result = forms(monthly: nil, cumulative: [90, 100, 8, 17], indicator(.flow), from: first)
    #expect(same(result.monthly, [.nan, 10, 8, 9]))
  }

  @Test(
    "cumulative from monthly: running sums restart in January; a missing month makes the rest of the year unknown"
  )
  func cumulativeFromMonthly() throws {
    // 2023-12 5 (year start outside the panel: unknown), 2024-01 1, 02 2, 03 missing, 04 4; 2025-01 7.
    let first = try #require(Period(year: 2023, month: 12))
    let monthly: [Double] = [5, 1, 2, .nan, 4, 9, 9, 9, 9, 9, 9, 9, 9, 7]
    let result = forms(monthly: monthly, cumulative: nil, indicator(.flow), from: first)
    #expect(same(Array(result.cumulative.prefix(5)), [.nan, 1, 3, .nan, .nan]))
    #expect(result.cumulative[13] == 7)
  }

  @Test("monthly published with 1-2月 combined (retail form): the February cell is C(y,2)")
  func combinedMonthly() throws {
    // 1-2月 30, 3月 16, 4月 14  →  C: 30, 46, 60; single months February unknown.
    let first = try #require(Period(year: 2012, month: 2))
    let result = forms(
      monthly: [30, 16, 14], cumulative: nil, indicator(.flow, january: .withFebruary), from: first)
    #expect(same(result.cumulative, [30, 46, 60]))
    #expect(same(result.monthly, [.nan, 16, 14]))
  }

  @Test("averages: the cumulative form is the mean of the months, and back")
  func averages() throws {
    // M 2, 4, 6 → C 2, (2+4)/2 = 3, (2+4+6)/3 = 4;  C 2, 3, 4 → M(2) = 2·3 − 1·2 = 4, M(3) = 3·4 − 2·3 = 6.
    let first = try #require(Period(year: 2024, month: 1))
    let fromMonthly = forms(monthly: [2, 4, 6], cumulative: nil, indicator(.average), from: first)
    #expect(same(fromMonthly.cumulative, [2, 3, 4]))
    let fromCumulative = forms(monthly: nil, cumulative: [2, 3, 4], indicator(.average), from: first)
    #expect(same(fromCumulative.monthly, [2, 4, 6]))
  }

  @Test("stocks are never cumulated")
  func stocks() throws {
    let first = try #require(Period(year: 2024, month: 1))
    let result = forms(monthly: [100, 110], cumulative: nil, indicator(.stock), from: first)
    #expect(same(result.monthly, [100, 110]))
    #expect(same(result.cumulative, [.nan, .nan]))
  }

  @Test("both forms published: each is kept as published, nothing filled in from the other")
  func bothPublished() throws {
    // Monthly March missing; cumulative complete. The monthly form keeps the gap.
    let first = try #require(Period(year: 2024, month: 1))
    let result = forms(monthly: [1, 2, .nan], cumulative: [1, 3, 7], indicator(.flow), from: first)
    #expect(same(result.monthly, [1, 2, .nan]))
    #expect(same(result.cumulative, [1, 3, 7]))
  }

  @Test("sums and differences of one-decimal values are exact decimals, not the doubles' drift")
  func exactDecimals() throws {
    let first = try #require(Period(year: 2024, month: 1))
    // 0.1 + 0.2 = 0.3; the doubles add to 0.30000000000000004, kept when the decimals are not known.
    let sums = forms(monthly: [0.1, 0.2], cumulative: nil, indicator(.flow), from: first, decimals: 1)
    #expect(sums.cumulative == [0.1, 0.3])
    let drifted = forms(monthly: [0.1, 0.2], cumulative: nil, indicator(.flow), from: first)
    #expect(drifted.cumulative == [0.1, 0.30000000000000004])
    // 1-2月 0.7 − 1月 0.3 = 0.4; the doubles subtract to 0.39999999999999997.
    let differences = forms(monthly: nil, cumulative: [0.3, 0.7], indicator(.flow), from: first, decimals: 1)
    #expect(differences.monthly == [0.3, 0.4])
    // Averages: 1-2月平均 1.2 after 1月 1.1 → 2月 2 × 1.2 − 1.1 = 1.3 (doubles: 1.2999999999999998);
    // back, the mean of 0.1 and 0.2 is 0.3 / 2 = 0.15 (doubles: 0.15000000000000002).
    let averages = forms(monthly: nil, cumulative: [1.1, 1.2], indicator(.average), from: first, decimals: 1)
    #expect(averages.monthly == [1.1, 1.3])
    let means = forms(monthly: [0.1, 0.2], cumulative: nil, indicator(.average), from: first, decimals: 1)
    #expect(means.cumulative == [0.1, 0.15])
  }

  @Test("a value that is not a decimal of the stated precision keeps the doubles' arithmetic")
  func inexactValuesFallBack() throws {
    let first = try #require(Period(year: 2024, month: 1))
    // 0.05 has two decimals, not one: the series is added as doubles, 0.05 + 0.1 + 0.2 =
    // 0.35000000000000003 (exact: 0.35).
    let mixed = forms(monthly: [0.05, 0.1, 0.2], cumulative: nil, indicator(.flow), from: first, decimals: 1)
    #expect(mixed.units.power == 1)
    #expect(mixed.cumulative[2] == 0.35000000000000003)
    // |n| = 2⁴⁶ units is beyond the range where an increment of two sums of twelve stays below 2⁵¹.
    let huge = forms(
      monthly: [0x1p46 / 10, 0.1], cumulative: nil, indicator(.flow), from: first, decimals: 1)
    #expect(huge.units.power == 1)
    let largest = forms(
      monthly: [(0x1p46 - 1) / 10, 0.1], cumulative: nil, indicator(.flow), from: first, decimals: 1)
    #expect(largest.units.power == 10)
  }
}
