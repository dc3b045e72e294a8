@_spi(ByteLevel) import ByteLevel
import Foundation

/// Rounding as statistics offices do it: half away from zero on the *decimal* value (DESIGN.md,
/// rounding for display).
///
/// Binary doubles misround exact halves: 1002.5 against 1000 is 0.25% exactly, but the computed
/// `Double` is 0.2499…%, which a plain `rounded()` at one decimal turns into 0.2. Here a value is
/// first rounded to 9 decimals (removing binary noise far below any published precision), then to
/// `decimals` places with ties away from zero, in integer arithmetic: 0.25 → 0.3, −0.25 → −0.3,
/// 0.35 → 0.4. The result is never −0.0. Values beyond ±9·10⁹ (where doubles are spaced more than
/// 10⁻⁶ apart) are rounded on their shortest decimal text through `Decimal`.
public enum OfficeRounding {
  /// Decimals kept before the final rounding; binary noise lives far below them.
  static let guardDecimals = 9
  /// 10ⁿ for n in 0...18.
  @inline(__always)
  static func powerOfTen(_ n: Int) -> Int64 { Int64(truncatingIfNeeded: DecimalPowers.narrow(n)) }

  /// `value` rounded to `decimals` places (0...8), ties away from zero on the decimal value.
  ///
  /// NaN and infinities are returned unchanged; a result of zero is always +0.0.
  @inline(__always)
  public static func round(_ value: Double, decimals: Int) -> Double {
    guard value.isFinite else { return value }
    let places = min(max(decimals, 0), guardDecimals - 1)
    if let units = scaledUnits(value, decimals: places) {
      return Double(units) / Double(powerOfTen(places))
    }
    return decimalRound(value, decimals: places)
  }

  /// `value` × 10^`decimals`, rounded as `round(_:decimals:)` does, as an integer; `nil` when the
  /// value is too large for exact integer arithmetic (|value| ≥ 9·10⁹) or not finite.
  public static func scaledUnits(_ value: Double, decimals: Int) -> Int64? {
    let places = min(max(decimals, 0), guardDecimals - 1)
    if places == 1 { return tenths(value) }
    return units(value, per: UInt64(powerOfTen(guardDecimals - places)))
  }

  /// `scaledUnits(value, decimals: 1)`, the displayed tenths of a growth rate. Its own function so that
  /// the division is by a constant (a multiplication).
  @inline(__always)
  static func tenths(_ value: Double) -> Int64? { units(value, per: 100_000_000) }

  /// n = round(x·10⁹) half away from zero, then round(n / `divisor`) likewise; `nil` for |x| ≥ 9·10⁹
  /// and non-finite values.
  @inline(__always)
  private static func units(_ value: Double, per divisor: UInt64) -> Int64? {
    guard abs(value) < 9e9 else { return nil }
    let fine = IntegerRounding.halfAwayFromZero(value * 1e9)
    let units = roundedQuotient(fine.magnitude, by: divisor)
    return fine < 0 ? -units : units
  }

  /// ⌊n / d⌋ plus one when the remainder is at least half of d (n / d rounded half up), for d > 0 and
  /// n / d < 2⁶³.
  @inline(__always)
  private static func roundedQuotient(_ n: UInt64, by d: UInt64) -> Int64 {
    let quotient = n / d
    return Int64(truncatingIfNeeded: quotient) &+ (2 &* (n &- quotient &* d) >= d ? 1 : 0)
  }

  /// Whether `value` displays as zero at `decimals` places (持平 for a growth rate at one decimal).
  public static func isZero(_ value: Double, decimals: Int) -> Bool {
    round(value, decimals: decimals) == 0
  }

  /// Rounds the shortest decimal text of `value` half away from zero (`Decimal`'s `.plain` mode).
  static func decimalRound(_ value: Double, decimals: Int) -> Double {
    guard var decimal = Decimal(string: value.description) else { return value.rounded() }
    var result = Decimal()
    NSDecimalRound(&result, &decimal, decimals, .plain)
    let rounded = Double(result.description) ?? value
    return rounded == 0 ? 0 : rounded
  }
}
