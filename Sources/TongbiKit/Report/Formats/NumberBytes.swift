/// Fast text of numbers for CSV output, written straight into a byte buffer (no `String` per cell).
///
/// Full precision: the text reads back as exactly the same `Double`. A value with at most 9 decimals
/// (every published amount, and increments of them) is written in fixed point with the fewest
/// decimals that read back exactly: with m = round(x·10ᵈ), |m| < 2⁵³, m / 10ᵈ is a single correctly
/// rounded division, so when it equals x the decimal text m·10⁻ᵈ parses back to x. Other values
/// (ratios) take their shortest round-trip digits from `ShortestDigits`, and the rare value outside its
/// range (|x| < 10⁻⁴ or ≥ 10¹⁵) the text of `Double.description`.
enum NumberBytes {
  /// Bytes one write may touch at its pointer: the longest text (32, `Double.description` included)
  /// and the stores the formatters make past it.
  static let maximumLength = FixedDigits.room
  /// Writes `value` at `pointer` and returns the byte count; NaN writes nothing.
  ///
  /// `decimalsHint` is the first number of decimals tried (the input's precision), or `nil` to go
  /// straight to shortest digits.
  @inline(__always)
  static func write(_ value: Double, decimalsHint: Int?, to pointer: UnsafeMutablePointer<UInt8>) -> Int {
    if value.isNaN { return 0 }
    if let decimalsHint {
      let decimals = min(decimalsHint, 9)
      if let units = exactUnits(value, decimals: decimals) {
        return FixedDigits.write(units.magnitude, places: decimals, negative: units < 0, to: pointer)
      }
    }
    return shortest(value, to: pointer)
  }

  /// round(x·10ᵈ) (half away from zero, `OfficeRounding.integerRounded`) when that integer divided by
  /// 10ᵈ is exactly x and |x·10ᵈ| < 2⁵³, else `nil`.
  ///
  /// Below 2⁵¹ the product y = x·10ᵈ is rounded by adding and subtracting 1.5·2⁵², which rounds ties
  /// to even, and the integer is read from the sum's low bits; no conversion, no branch. Ties decide
  /// nothing: when y (a double) ends in exactly one half, neither neighbour n reads back, for
  /// |n − x·10ᵈ| ≥ 1/2 − ulp(y)/2 ≥ 3/8 exceeds 10ᵈ·ulp(x)/2 ≤ ulp(y) ≤ 1/4.
  @inline(__always)
  static func exactUnits(_ value: Double, decimals: Int) -> Int64? {
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
  private static let roundingShift = 6_755_399_441_055_744.0

  /// `exactUnits` for 2⁵¹ ≤ |x·10ᵈ| (`scaled`), with `nil` from 2⁵³ on.
  private static func wideUnits(_ value: Double, scaled: Double, power: Double) -> Int64? {
    guard abs(scaled) < 9_007_199_254_740_992 else { return nil }
    let units = OfficeRounding.integerRounded(scaled)
    guard Double(units) / power == value else { return nil }
    return units
  }

  /// Shortest round-trip digits: `ShortestDigits`, else zero's text ("0.0", "-0.0", as
  /// `Double.description`), else `Double.description`.
  @inline(__always)
  static func shortest(_ value: Double, to pointer: UnsafeMutablePointer<UInt8>) -> Int {
    if let length = ShortestDigits.write(value, to: pointer) { return length }
    if value == 0 { return zero(negative: value.sign == .minus, to: pointer) }
    return described(value, to: pointer)
  }

  /// Writes "0.0", or "-0.0" when `negative`, and returns the byte count: a growth rate of zero (the
  /// same value in both periods) is common, and too small for `ShortestDigits`.
  static func zero(negative: Bool, to pointer: UnsafeMutablePointer<UInt8>) -> Int {
    let raw = UnsafeMutableRawPointer(pointer)
    raw.storeBytes(of: UInt8(ascii: "-"), as: UInt8.self)
    let text = UInt32(0x30_2E_30).littleEndian
    raw.storeBytes(of: text, toByteOffset: negative ? 1 : 0, as: UInt32.self)
    return negative ? 4 : 3
  }

  /// The text of `Double.description`, for values outside the fast formatter's range.
  static func described(_ value: Double, to pointer: UnsafeMutablePointer<UInt8>) -> Int {
    var text = value.description
    return text.withUTF8 { bytes in
      let count = min(bytes.count, maximumLength)
      if let base = bytes.baseAddress { pointer.update(from: base, count: count) }
      return count
    }
  }
}
