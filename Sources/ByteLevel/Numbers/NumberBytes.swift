/// Fast text of numbers for CSV output, written straight into a byte buffer (no `String` per cell).
///
/// No binary noise: a value with at most 9 decimals (every published amount, and increments of them)
/// is written in fixed point with the fewest decimals that read back exactly: with m = round(x·10ᵈ),
/// |m| < 2⁵³, m / 10ᵈ is a single correctly rounded division, so when it equals x the decimal text
/// m·10⁻ᵈ parses back to x. Other values (ratios) take their shortest round-trip digits rounded to at
/// most 15 significant digits from `ShortestDigits` (a rate that is exactly 20 is written 20, not
/// 20.000000000000004), and the rare value outside its range (|x| < 10⁻⁴ or ≥ 10¹⁵) the text of
/// `Double.description`.
@_spi(ByteLevel) public enum NumberBytes {
  /// Bytes one write may touch at its pointer: the longest text (32, `Double.description` included)
  /// and the stores the formatters make past it.
  public static let maximumLength = FixedDigits.room
  /// Writes `value` at `pointer` and returns the byte count; NaN writes nothing.
  ///
  /// `decimalsHint` is the first number of decimals tried (the input's precision), or `nil` to go
  /// straight to shortest digits.
  @inlinable @inline(__always)
  public static func write(_ value: Double, decimalsHint: Int?, to pointer: UnsafeMutablePointer<UInt8>)
    -> Int
  {
    if value.isNaN { return 0 }
    assert((decimalsHint ?? 0) >= 0, "a number of decimals")
    if let decimalsHint {
      let decimals = min(decimalsHint, 9)
      if let units = DecimalUnits.exact(value, decimals: decimals) {
        return FixedDigits.write(units.magnitude, places: decimals, negative: units < 0, to: pointer)
      }
    }
    return shortest(value, to: pointer)
  }

  /// Writes `value`, a decimal of `units` (the double nearest n·10⁻ᵈ, |n| < 2⁵¹, d = `units.decimals`:
  /// a checked value, or a sum or difference of such values made by `units`), and returns the byte
  /// count; NaN writes nothing. The text is the one `write` gives with d decimals, without its read-back
  /// check: x·10ᵈ rounded is n, written with d places less its trailing zeros.
  @inlinable @inline(__always)
  public static func writeExact(
    _ value: Double, in units: DecimalUnits, to pointer: UnsafeMutablePointer<UInt8>
  )
    -> Int
  {
    if value.isNaN { return 0 }
    let integer = Int64(units.units(value))
    assert(
      DecimalUnits.exact(value, decimals: units.decimals) == integer && integer.magnitude < 1 << 51,
      "an exact decimal of the units: the unchecked digits read back as the value")
    return FixedDigits.write(integer.magnitude, places: units.decimals, negative: integer < 0, to: pointer)
  }

  /// Shortest round-trip digits, at most 15 significant: `ShortestDigits`, else zero's text ("0.0",
  /// "-0.0", as `Double.description`), else `Double.description`.
  @inlinable @inline(__always)
  public static func shortest(_ value: Double, to pointer: UnsafeMutablePointer<UInt8>) -> Int {
    if let length = ShortestDigits.write(value, to: pointer) { return length }
    if value == 0 { return zero(negative: value.sign == .minus, to: pointer) }
    return described(value, to: pointer)
  }

  /// Writes "0.0", or "-0.0" when `negative`, and returns the byte count: a growth rate of zero (the
  /// same value in both periods) is common, and too small for `ShortestDigits`.
  @inlinable
  public static func zero(negative: Bool, to pointer: UnsafeMutablePointer<UInt8>) -> Int {
    let raw = UnsafeMutableRawPointer(pointer)
    raw.storeBytes(of: UInt8(ascii: "-"), as: UInt8.self)
    let text = UInt32(0x30_2E_30).littleEndian
    raw.storeBytes(of: text, toByteOffset: negative ? 1 : 0, as: UInt32.self)
    return negative ? 4 : 3
  }

  /// The text of `Double.description`, for values outside the fast formatter's range.
  @inlinable
  public static func described(_ value: Double, to pointer: UnsafeMutablePointer<UInt8>) -> Int {
    var text = value.description
    return text.withUTF8 { bytes in
      let count = min(bytes.count, maximumLength)
      if let base = bytes.baseAddress { pointer.update(from: base, count: count) }
      return count
    }
  }

  /// Appends the machine text of `value` (`write` without a hint: shortest digits, at most 15
  /// significant) to `bytes`; nothing for NaN and infinities.
  @inlinable
  public static func append(_ value: Double, to bytes: inout [UInt8]) {
    guard value.isFinite else { return }
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximumLength) { buffer in
      guard let base = buffer.baseAddress else { return }
      bytes.append(
        contentsOf: UnsafeBufferPointer(start: base, count: write(value, decimalsHint: nil, to: base)))
    }
  }

  /// The machine text of `value` as a `String` (see `append`); empty for NaN and infinities.
  @inlinable
  public static func text(_ value: Double) -> String {
    guard value.isFinite else { return "" }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximumLength) { buffer in
      guard let base = buffer.baseAddress else { return "" }
      let count = write(value, decimalsHint: nil, to: base)
      return String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
    }
  }
}
