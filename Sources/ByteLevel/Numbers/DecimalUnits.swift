/// Decimal numbers with at most d decimals, held as doubles, taken as the integers n = x·10ᵈ so that
/// sums and differences of them are exact.
///
/// A value parsed from "1829.3" is the double nearest 18293·10⁻¹, and n = round(x·10ᵈ) recovers
/// 18293 exactly (`exact`). Integers below 2⁵³ add and subtract exactly in doubles, and one division by
/// 10ᵈ then gives the double nearest the exact decimal result. Adding the doubles themselves drifts
/// instead: eleven months summing to 20093.4 come out as 20093.399999999998, which no statistics office
/// would print.
@_spi(ByteLevel) public struct DecimalUnits: Sendable {
  /// 10ᵈ, or 1 when the values were not all d-decimals: the arithmetic is then on the doubles as they
  /// are, exactly as without this type (for whole numbers, d = 0, the two are the same).
  public let power: Double
  /// d, the places of the decimals (0 with power 1).
  public let decimals: Int

  /// Power 1: the doubles as they are.
  public static let inexact = DecimalUnits(decimals: nil)
  /// Power 10, for values known to be whole numbers of tenths.
  public static let tenths = DecimalUnits(decimals: 1)

  /// Units at `decimals` when every value of `first` and `second` (NaN aside) is the double nearest a
  /// decimal n·10⁻ᵈ with |n| < 2⁴⁶, so that what is made of them stays below 2⁵¹, where `units` reads it
  /// back exactly: a sum of twelve (< 1.5·2⁴⁹), the difference of two such sums (an increment, < 3·2⁴⁹),
  /// twelve times one less eleven times another (< 23·2⁴⁶); else (or with `decimals` nil or above 9)
  /// power 1.
  public init(decimals: Int?, checking first: [Double] = [], _ second: [Double] = []) {
    let places = decimals.flatMap { d in
      (0...9).contains(d) && Self.fits(first, d) && Self.fits(second, d) ? d : nil
    }
    self.decimals = places ?? 0
    power = PowerOfTen.value(self.decimals)
  }

  /// Whether every value of `column` (NaN aside) is a d-decimal of fewer than 2⁴⁶ units.
  private static func fits(_ column: [Double], _ decimals: Int) -> Bool {
    column.allSatisfy { value in
      value.isNaN || (exact(value, decimals: decimals)?.magnitude ?? .max) < 1 << 46
    }
  }

  /// n = x·10ᵈ for a value x of the checked columns, or a sum or difference of them divided by 10ᵈ
  /// (`value`): rounded by adding and subtracting 1.5·2⁵² (see `exact`). With power 1, x itself.
  @inlinable @inline(__always)
  public func units(_ value: Double) -> Double {
    // Below 2⁵¹ the shifted sum is the rounded integer (see `exact`); NaN passes through as NaN.
    assert(power == 1 || !(abs(value * power) >= 0x1p51), "units below 2⁵¹, where the rounding is exact")
    return power == 1 ? value : (value * power + Self.roundingShift) - Self.roundingShift
  }

  /// The double nearest the decimal `units`·10⁻ᵈ (one rounding).
  @inlinable @inline(__always)
  public func value(_ units: Double) -> Double { units / power }

  /// a − b, exactly as decimals: the double nearest the exact difference of the two d-decimals.
  @inlinable @inline(__always)
  public func difference(_ a: Double, _ b: Double) -> Double {
    power == 1 ? a - b : value(units(a) - units(b))
  }

  /// round(x·10ᵈ) (half away from zero, `IntegerRounding.halfAwayFromZero`) when that integer divided by
  /// 10ᵈ is exactly x and |x·10ᵈ| < 2⁵³, else `nil`.
  ///
  /// Below 2⁵¹ the product y = x·10ᵈ is rounded by adding and subtracting 1.5·2⁵², which rounds ties
  /// to even, and the integer is read from the sum's low bits; no conversion, no branch. Ties decide
  /// nothing: when y (a double) ends in exactly one half, neither neighbour n reads back, for
  /// |n − x·10ᵈ| ≥ 1/2 − ulp(y)/2 ≥ 3/8 exceeds 10ᵈ·ulp(x)/2 ≤ ulp(y) ≤ 1/4.
  @inlinable @inline(__always)
  public static func exact(_ value: Double, decimals: Int) -> Int64? {
    let power = PowerOfTen.exact(decimals) ?? PowerOfTen.value(decimals)
    let scaled = value * power
    guard abs(scaled) < 2_251_799_813_685_248 else { return wideUnits(value, scaled: scaled, power: power) }
    let shifted = scaled + roundingShift
    let rounded = shifted - roundingShift
    guard rounded / power == value else { return nil }
    return Int64(bitPattern: shifted.bitPattern) &- Int64(bitPattern: roundingShift.bitPattern)
  }

  /// 1.5·2⁵²: for |y| < 2⁵¹, y + 1.5·2⁵² lies in [2⁵², 2⁵³) where doubles are the integers, so the sum
  /// is y rounded, and its bit pattern is that of 1.5·2⁵² plus the rounded integer.
  @usableFromInline static let roundingShift = 6_755_399_441_055_744.0

  /// `exact` for 2⁵¹ ≤ |x·10ᵈ| (`scaled`), with `nil` from 2⁵³ on.
  @usableFromInline static func wideUnits(_ value: Double, scaled: Double, power: Double) -> Int64? {
    guard abs(scaled) < 9_007_199_254_740_992 else { return nil }
    let units = IntegerRounding.halfAwayFromZero(scaled)
    guard Double(units) / power == value else { return nil }
    return units
  }
}
