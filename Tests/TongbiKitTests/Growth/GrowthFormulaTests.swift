import Testing

@_spi(ByteLevel) @testable import ByteLevel
@testable import TongbiKit

@Suite("Growth: formulas")
struct GrowthFormulaTests {
  /// 1-6月 18927.2 against 17404.4: (18927.2 − 17404.4) / 17404.4 × 100 = 1522.8 / 174.044 = 8.7495…%.
  @Test("累计同比 is (C − B) / B × 100")
  func cumulativeGrowth() throws {
    let growth = try #require(GrowthFormulas.ratioGrowth(current: 18927.2, base: 17404.4).number)
    #expect(abs(growth - 8.749_511_617_751_8) < 1e-9)
  }

  @Test("zero base is undefined, not inf")
  func zeroBase() {
    #expect(GrowthFormulas.ratioGrowth(current: 5, base: 0) == .undefined(.zeroBase))
  }

  @Test("negative base is undefined, not a rate (减亏/亏损扩大)")
  func negativeBase() {
    #expect(GrowthFormulas.ratioGrowth(current: -5, base: -10) == .undefined(.negativeBase))
  }

  @Test("missing base is undefined as no base")
  func noBase() {
    #expect(GrowthFormulas.ratioGrowth(current: 5, base: .nan) == .undefined(.noBase))
  }

  @Test("missing current value is undefined before any base check")
  func missingCurrent() {
    #expect(GrowthFormulas.ratioGrowth(current: .nan, base: 0) == .undefined(.missingCurrent))
  }

  /// 失业率 5.2% against 5.0%: 5.2 − 5.0 = +0.2 points (not +4%).
  @Test("a rate's 同比 is a difference in points")
  func rateDifference() throws {
    let change = try #require(GrowthFormulas.pointChange(current: 5.2, base: 5.0).number)
    #expect(abs(change - 0.2) < 1e-12)
  }

  /// 上年同月=100 index 103.4: 103.4 − 100 = 3.4%.
  @Test("an index's growth is index − 100")
  func indexGrowth() throws {
    let growth = try #require(GrowthFormulas.indexGrowth(index: 103.4).number)
    #expect(abs(growth - 3.4) < 1e-12)
  }

  /// 8.75 displays 8.8 (half away from zero), 8.04 displays 8.0: 8.8 − 8.0 = 0.8 points (提高0.8个百分点),
  /// although the raw difference is 0.71.
  @Test("change of growth uses the displayed rates")
  func changeOfDisplayedRates() {
    #expect(GrowthFormulas.changeOfDisplayedRates(now: .value(8.75), previous: .value(8.04)) == .value(0.8))
    #expect(
      GrowthFormulas.changeOfDisplayedRates(now: .value(8.75), previous: .undefined(.zeroBase))
        == .undefined(.noBase))
    #expect(
      GrowthFormulas.changeOfDisplayedRates(now: .undefined(.zeroBase), previous: .value(1))
        == .undefined(.zeroBase))
  }

  /// The tenths shortcut against rounding the two displayed rates and their difference again, at
  /// random tenths of every size up to the shortcut's limit, and `nil` beyond it.
  @Test("change of displayed tenths equals the change of the rounded rates")
  func changeOfTenths() {
    var generator = Xoshiro256StarStar(seed: 17)
    let limit: Int64 = 45_000_000_000
    var pairs: [(Int64, Int64)] = [(0, 0), (limit - 1, -(limit - 1)), (-(limit - 1), limit - 1), (1, -1)]
    for _ in 0..<300_000 {
      let size = Int64(1) << (generator.next() % 37)
      let now = Int64(generator.next() % UInt64(min(2 * size, 2 * limit - 1))) - min(size, limit - 1)
      let previous = Int64(generator.next() % UInt64(min(2 * size, 2 * limit - 1))) - min(size, limit - 1)
      pairs.append((now, previous))
    }
    for (now, previous) in pairs {
      let rates = (Double(now) / 10, Double(previous) / 10)
      let expected = GrowthFormulas.changeOfRoundedRates(
        OfficeRounding.round(rates.0, decimals: 1), OfficeRounding.round(rates.1, decimals: 1))
      let change = GrowthFormulas.changeOfTenths(now, previous)
      #expect(change == expected && change?.sign == expected.sign, "\(now) \(previous)")
    }
    #expect(GrowthFormulas.changeOfTenths(limit, 0) == nil)
    #expect(GrowthFormulas.changeOfTenths(0, .min) == nil)
  }

  /// C = 110, published 10%: B̂ = 110 / 1.1 = 100; last year published 98, so 口径差 = 100 − 98 = 2.
  @Test("implied base and 口径差 from a published rate")
  func impliedBase() throws {
    let base = GrowthFormulas.impliedBase(current: 110, publishedRate: 10)
    #expect(abs(try #require(base.number) - 100) < 1e-12)
    #expect(abs(try #require(GrowthFormulas.caliberGap(impliedBase: base, lastYear: 98).number) - 2) < 1e-12)
    #expect(GrowthFormulas.impliedBase(current: 110, publishedRate: -100) == .undefined(.noBase))
  }

  /// 2021 +12.5% after 2020 −3.9%: √(1.125 × 0.961) − 1 = √1.081125 − 1 = 3.977…%.
  @Test("two-year average from published rates")
  func twoYearAverage() throws {
    let average = try #require(GrowthFormulas.twoYearAverage(rate: 12.5, previousRate: -3.9).number)
    #expect(abs(average - (1.081_125.squareRoot() - 1) * 100) < 1e-12)
    #expect(GrowthFormulas.twoYearAverage(rate: 10, previousRate: -100) == .undefined(.negativeBase))
  }

  /// Levels 121 and 100 two years apart: √(121 / 100) − 1 = 10%.
  @Test("two-year average from levels")
  func twoYearAverageLevels() throws {
    let average = try #require(GrowthFormulas.twoYearAverage(level: 121, levelTwoYearsAgo: 100).number)
    #expect(abs(average - 10) < 1e-12)
    #expect(GrowthFormulas.twoYearAverage(level: 121, levelTwoYearsAgo: 0) == .undefined(.zeroBase))
  }

  /// C(y,5) = 550, C(y,6) = 660 with published rates 10% and 10%: B̂ = 500 and 600, single month
  /// (660 − 550) / (600 − 500) − 1 = 10%. With each rate anywhere in 10 ± 0.05: lowest
  /// 110 / (660/1.0995 − 550/1.1005) − 1 ≈ 9.45%, highest 110 / (660/1.1005 − 550/1.0995) − 1 ≈ 10.55%:
  /// a band of 1.1 points, from rates rounded to 0.1.
  @Test("single-month growth from cumulative rates, with its error band")
  func singleMonth() throws {
    let single = SingleMonthGrowth(cumulative: 660, previousCumulative: 550, rate: 10, previousRate: 10)
    let growth = try #require(single.growth.number)
    #expect(abs(growth - 10) < 1e-9)
    #expect(single.low < growth && growth < single.high)
    let lowest: Double = 110 / (660 / 1.0995 - 550 / 1.1005) * 100 - 100
    let highest: Double = 110 / (660 / 1.1005 - 550 / 1.0995) * 100 - 100
    #expect(abs(single.low - lowest) < 1e-9)
    #expect(abs(single.high - highest) < 1e-9)
  }

  @Test("single-month growth is undefined when the implied bases do not increase")
  func singleMonthUndefined() {
    // B̂_6 = 660 / 1.5 = 440 < B̂_5 = 550 / 1.1 = 500: the base of the month would be negative.
    let single = SingleMonthGrowth(cumulative: 660, previousCumulative: 550, rate: 50, previousRate: 10)
    #expect(single.growth == .undefined(.negativeBase))
    #expect(single.low.isNaN && single.high.isNaN)
  }
}
