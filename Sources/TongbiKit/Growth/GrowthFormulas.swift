/// The growth formulas of DESIGN.md, one scalar function each; rates are in percent, changes of
/// rates in percentage points. Kernels apply the same functions over whole columns.
package enum GrowthFormulas {
  /// Growth of a ratio in percent: (current − base) / base × 100 (同比, 累计同比, 环比).
  ///
  /// Undefined when the current value is missing, the base is missing, zero (新增, not +inf) or
  /// negative (losses: 减亏/亏损扩大, not a rate).
  @inlinable
  package static func ratioGrowth(current: Double, base: Double) -> GrowthValue {
    if current.isNaN { return .undefined(.missingCurrent) }
    if base.isNaN { return .undefined(.noBase) }
    if base == 0 { return .undefined(.zeroBase) }
    if base < 0 { return .undefined(.negativeBase) }
    return .value((current - base) / base * 100)
  }

  /// Change of a rate indicator in percentage points: current − base (失业率 5.2% against 5.0% is
  /// +0.2 points). Undefined when either value is missing.
  @inlinable
  package static func pointChange(current: Double, base: Double) -> GrowthValue {
    if current.isNaN { return .undefined(.missingCurrent) }
    if base.isNaN { return .undefined(.noBase) }
    return .value(current - base)
  }

  /// Growth of an index with the same month of last year = 100: index − 100. Undefined when missing.
  @inlinable
  package static func indexGrowth(index: Double) -> GrowthValue {
    index.isNaN ? .undefined(.missingCurrent) : .value(index - 100)
  }

  /// Increment against the base (增加/减少 X 万元): current − base. Undefined when either is missing.
  @inlinable
  package static func increment(current: Double, base: Double) -> GrowthValue {
    pointChange(current: current, base: base)
  }

  /// Change of growth against the previous published period, in percentage points, from the
  /// displayed rates: round₁(now) − round₁(previous), itself exact at one decimal (提高/回落 X 个百分点).
  ///
  /// Undefined when either rate is undefined (the current one's reason, else `noBase`).
  package static func changeOfDisplayedRates(now: GrowthValue, previous: GrowthValue) -> GrowthValue {
    guard let current = now.number else { return now }
    guard let base = previous.number else { return .undefined(.noBase) }
    return .value(
      changeOfRoundedRates(
        OfficeRounding.round(current, decimals: 1), OfficeRounding.round(base, decimals: 1)))
  }

  /// The change between two rates already rounded to one decimal, rounded again so that the
  /// difference of two displayed rates is exact at one decimal (`changeOfDisplayedRates`).
  @inline(__always)
  static func changeOfRoundedRates(_ now: Double, _ previous: Double) -> Double {
    OfficeRounding.round(now - previous, decimals: 1)
  }

  /// The change between two rates given by their displayed tenths A and B (`OfficeRounding.tenths`):
  /// (A − B) / 10, what `changeOfRoundedRates` gives for the rates A/10 and B/10; `nil` unless
  /// |A|, |B| < 4.5·10¹⁰.
  ///
  /// In that range a = A/10 and b = B/10 (doubles below 2³³, within 2⁻²¹ of the decimals) differ by
  /// a − b (below 2³⁴, within 2⁻²⁰ more), so round₁(a − b) sees (A − B)/10 to within 2·10⁻⁶ and its
  /// tenths are A − B exactly; both sides then divide A − B by 10 once.
  @inline(__always)
  static func changeOfTenths(_ now: Int64, _ previous: Int64) -> Double? {
    let limit: UInt64 = 45_000_000_000
    guard now.magnitude < limit, previous.magnitude < limit else { return nil }
    return Double(now - previous) / 10
  }

  /// Implied comparable base from a published growth rate: B̂ = C / (1 + g/100).
  ///
  /// Undefined when C or g is missing, or g = −100% (the base cannot be recovered).
  package static func impliedBase(current: Double, publishedRate: Double) -> GrowthValue {
    if current.isNaN { return .undefined(.missingCurrent) }
    if publishedRate.isNaN || publishedRate == -100 { return .undefined(.noBase) }
    return .value(current / (1 + publishedRate / 100))
  }

  /// 口径差, the gap between the implied comparable base and last year's published value:
  /// B̂ − C(y−1,m). Undefined when either is missing.
  package static func caliberGap(impliedBase: GrowthValue, lastYear: Double) -> GrowthValue {
    guard let base = impliedBase.number else { return impliedBase }
    return increment(current: base, base: lastYear)
  }

  /// Two-year average growth from two published (comparable) rates, in percent:
  /// (√((1 + g_y/100)(1 + g_{y−1}/100)) − 1) × 100.
  ///
  /// Undefined when a rate is missing or the product is ≤ 0 (a fall of 100% or more).
  package static func twoYearAverage(rate: Double, previousRate: Double) -> GrowthValue {
    if rate.isNaN { return .undefined(.missingCurrent) }
    if previousRate.isNaN { return .undefined(.noBase) }
    let product = (1 + rate / 100) * (1 + previousRate / 100)
    guard product > 0 else { return .undefined(.negativeBase) }
    return .value((product.squareRoot() - 1) * 100)
  }

  /// Two-year average growth from levels, only when no rates exist: (√(X(y) / X(y−2)) − 1) × 100.
  ///
  /// Undefined when a level is missing or X(y) / X(y−2) ≤ 0.
  package static func twoYearAverage(level: Double, levelTwoYearsAgo: Double) -> GrowthValue {
    if level.isNaN { return .undefined(.missingCurrent) }
    if levelTwoYearsAgo.isNaN { return .undefined(.noBase) }
    if levelTwoYearsAgo == 0 { return .undefined(.zeroBase) }
    let ratio = level / levelTwoYearsAgo
    guard ratio > 0 else { return .undefined(.negativeBase) }
    return .value((ratio.squareRoot() - 1) * 100)
  }

  /// 拉动 of a part, in percentage points of the total's growth: (x − x_base) / X_base × 100.
  ///
  /// Undefined when a value is missing or the total's base is ≤ 0.
  package static func contribution(part: Double, partBase: Double, totalBase: Double) -> GrowthValue {
    if part.isNaN { return .undefined(.missingCurrent) }
    if partBase.isNaN || totalBase.isNaN { return .undefined(.noBase) }
    if totalBase == 0 { return .undefined(.zeroBase) }
    if totalBase < 0 { return .undefined(.negativeBase) }
    return .value((part - partBase) / totalBase * 100)
  }

  /// 贡献率 of a part, in percent of the total's increment: (x − x_base) / (X − X_base) × 100.
  ///
  /// Undefined when a value is missing or the total's increment is 0.
  package static func shareOfGrowth(part: Double, partBase: Double, total: Double, totalBase: Double)
    -> GrowthValue
  {
    if part.isNaN || total.isNaN { return .undefined(.missingCurrent) }
    if partBase.isNaN || totalBase.isNaN { return .undefined(.noBase) }
    let totalIncrement = total - totalBase
    if totalIncrement == 0 { return .undefined(.zeroBase) }
    return .value((part - partBase) / totalIncrement * 100)
  }
}
