/// Writes numbers as ASCII digits without `printf` or locales: integers zero-padded to a width, and
/// decimals with a fixed number of digits after the point, rounded half away from zero.
enum DecimalText {
  /// `value` in decimal, zero-padded on the left to at least `width` digits (`padded(7, width: 4)` is
  /// `0007`). `value` must not be negative.
  static func padded(_ value: Int, width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
  }

  /// Appends `value` with exactly `decimals` digits after the point (none and no point when 0).
  ///
  /// The value is scaled by 10^decimals and rounded to an integer (half away from zero) in IEEE
  /// arithmetic, then written digit by digit, so the text is the same on every machine. Scaled
  /// magnitudes beyond 2^62 are clamped to it; non-finite values are written as empty text.
  static func append(_ value: Double, decimals: Int, to output: inout [UInt8]) {
    guard value.isFinite else { return }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let limit = Double(1 << 62)
    let scaled = min(limit, max(-limit, (value * scale).rounded(.toNearestOrAwayFromZero)))
    if scaled < 0 { output.append(UInt8(ascii: "-")) }
    var magnitude = UInt64(abs(scaled))
    let start = output.count
    var written = 0
    repeat {
      output.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
      magnitude /= 10
      written += 1
      if written == decimals { output.append(UInt8(ascii: ".")) }
    } while magnitude > 0 || written <= decimals
    output[start...].reverse()
  }
}
