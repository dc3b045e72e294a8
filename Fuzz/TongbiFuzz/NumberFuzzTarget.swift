@_spi(ByteLevel) import ByteLevel

/// Numbers: `NumberParser.parse` and its fast path on the input as a cell, and the number formatters
/// (`NumberBytes`, `ShortestDigits`) on what it parses to and on the input's first 8 bytes taken as a
/// double.
///
/// Checks: the fast path (`plainValue`) agrees with `parse` whenever it answers; a plain ASCII number
/// (`[+-]digits[.digits][e[+-]digits]`) parses to exactly `Double(String)` of it, with the decimals
/// written after its point, or is out of range exactly when that is infinite; every text the
/// formatters write reads back as the same double; `ShortestDigits` writes the digits of
/// `Double.description`.
enum NumberFuzzTarget {
  /// Runs one input (a cell; its first 8 bytes also as a double, its ninth byte the decimals hint).
  static func run(_ input: UnsafeRawBufferPointer) -> String {
    let cell = input.assumingMemoryBound(to: UInt8.self)
    let parsed = NumberParser.parse(cell)
    if let plain = NumberParser.plainValue(cell) {
      FuzzInvariant.check(
        parsed == .value(plain.value, decimals: plain.decimals),
        "fast path \(plain) against parse \(parsed)")
    }
    if let reference = PlainASCIINumber(cell) {
      let value = Double(reference.text)
      if let value, value.isFinite {
        FuzzInvariant.check(
          parsed == .value(value, decimals: reference.decimals)
            && parsed.doubleValue?.bitPattern == value.bitPattern,
          "'\(reference.text)' parses to \(parsed), Double(String) to \(value) with \(reference.decimals) decimals"
        )
      } else {
        var outOfRange = false
        if case .invalid(.outOfRange) = parsed { outOfRange = true }
        FuzzInvariant.check(outOfRange, "'\(reference.text)' parses to \(parsed), not out of range")
      }
    }
    switch parsed {
    case .value(let value, let decimals): checkFormatters(value, decimalsHint: decimals)
    case .missing, .invalid: break
    }
    if input.count >= 8 {
      let bits = input.loadUnaligned(as: UInt64.self)
      let hint = input.count > 8 ? Int(input[8] % 12) : nil
      checkFormatters(Double(bitPattern: UInt64(littleEndian: bits)), decimalsHint: hint)
    }
    return "\(parsed)"
  }

  /// Checks that what `NumberBytes` and `ShortestDigits` write for `value` reads back as `value`, and
  /// that the shortest digits are those of `Double.description`.
  private static func checkFormatters(_ value: Double, decimalsHint: Int?) {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: NumberBytes.maximumLength) { buffer in
      guard let base = buffer.baseAddress else { return }
      let count = NumberBytes.write(value, decimalsHint: decimalsHint, to: base)
      let text = String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
      if value.isNaN {
        FuzzInvariant.check(count == 0, "NaN written as '\(text)'")
      } else {
        FuzzInvariant.check(
          Double(text) == value,
          "NumberBytes wrote \(value) (hint \(String(describing: decimalsHint))) as '\(text)'")
      }
      guard let length = ShortestDigits.write(value, to: base) else { return }
      let shortest = String(decoding: UnsafeBufferPointer(start: base, count: length), as: UTF8.self)
      FuzzInvariant.check(Double(shortest) == value, "ShortestDigits wrote \(value) as '\(shortest)'")
      let described = value.description
      FuzzInvariant.check(
        shortest == described || shortest + ".0" == described,
        "ShortestDigits wrote \(value) as '\(shortest)', Double.description is '\(described)'")
    }
  }
}

extension NumberParseResult {
  /// The value, when this is one.
  fileprivate var doubleValue: Double? {
    if case .value(let value, _) = self { return value }
    return nil
  }
}
