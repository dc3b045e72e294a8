import Foundation

/// Numbers of forecast output with up to four decimals, trailing zeros removed ("12.5", "-0.0312",
/// "300"), empty for NaN and ±∞: the text of C's `%.4f` (the binary value rounded to 4 decimals).
@_spi(ByteLevel) public enum FourDecimals {
  /// Longest text written: `%.4f` of any finite double fits (309 digits, sign, point, 4 decimals).
  public static let maximumLength = 320

  /// Writes the text of `value` at `pointer` and returns the byte count.
  ///
  /// Fast path: u = x·10⁴ rounded, for |x·10⁴| < 2⁵³ and x·10⁴ not within 10⁻⁶ of a half (there the
  /// product's rounding error, under 2⁻⁵⁴ relative, cannot move u across a rounding boundary, so u is the
  /// exact value rounded); otherwise `String(format: "%.4f")`.
  @inlinable
  public static func write(_ value: Double, to pointer: UnsafeMutablePointer<UInt8>) -> Int {
    guard value.isFinite else { return 0 }
    let scaled = value * 10_000
    let magnitude = abs(scaled)
    let fraction = magnitude - magnitude.rounded(.down)
    if magnitude < 9.0e15, abs(fraction - 0.5) > 1e-6 {
      let units = UInt64(magnitude.rounded())
      return FixedDigits.write(units, places: 4, negative: value < 0 && units != 0, to: pointer)
    }
    var text = String(format: "%.4f", value)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    if text == "-0" { text = "0" }
    let bytes = Array(text.utf8.prefix(maximumLength))
    for (index, byte) in bytes.enumerated() { pointer[index] = byte }
    return bytes.count
  }

  /// The text of `value` as a `String`.
  @inlinable
  public static func text(_ value: Double) -> String {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximumLength) { buffer in
      guard let base = buffer.baseAddress else { return "" }
      return String(decoding: UnsafeBufferPointer(start: base, count: write(value, to: base)), as: UTF8.self)
    }
  }
}
