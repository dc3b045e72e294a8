@_spi(ByteLevel) import ByteLevel

/// Numbers: `NumberParser.parse` and its fast path on the input as a cell, and the number formatters
/// (`NumberBytes`, `ShortestDigits`) on what it parses to and on the input's first 8 bytes taken as a
/// double.
///
/// Checks: the fast path (`plainValue`) agrees with `parse` whenever it answers; a plain ASCII number
/// (`[+-]digits[.digits][e[+-]digits]`) parses to exactly `Double(String)` of it, with the decimals
/// written after its point, or is out of range exactly when that is infinite; every text the
/// formatters write reads back as the same double, or, for a double whose shortest digits are more
/// than 15, is those digits rounded half away from zero to 15 (`Fifteen`), as `ShortestDigits` writes
/// for every double in its range.
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

  /// Checks that what `NumberBytes` and `ShortestDigits` write for `value` reads back as `value` or
  /// is its shortest digits rounded to 15 significant, and that `ShortestDigits` writes exactly that.
  private static func checkFormatters(_ value: Double, decimalsHint: Int?) {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: NumberBytes.maximumLength) { buffer in
      guard let base = buffer.baseAddress else { return }
      let count = NumberBytes.write(value, decimalsHint: decimalsHint, to: base)
      let text = String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
      let expected = Fifteen.digits(of: value.description)
      if value.isNaN {
        FuzzInvariant.check(count == 0, "NaN written as '\(text)'")
      } else {
        FuzzInvariant.check(
          Double(text) == value || (expected.rounded && Fifteen.form(text) == expected.form),
          "NumberBytes wrote \(value) (hint \(String(describing: decimalsHint))) as '\(text)'")
      }
      guard let length = ShortestDigits.write(value, to: base) else { return }
      let shortest = String(decoding: UnsafeBufferPointer(start: base, count: length), as: UTF8.self)
      FuzzInvariant.check(
        Fifteen.form(shortest) == expected.form && (expected.rounded || Double(shortest) == value),
        "ShortestDigits wrote \(value) as '\(shortest)', Double.description is '\(value.description)'")
    }
  }
}

/// The reference for machine number text: the significant digits and decimal exponent of a number's
/// text ("-12.50" and "1.25e+1" are both ("125", 2)), and those of `Double.description` rounded half
/// away from zero to 15 significant digits, by string arithmetic.
enum Fifteen {
  /// Significant digits (no leading or trailing zeros) and the exponent of the first one, plus one.
  static func form(_ text: String) -> (digits: String, exponent: Int) {
    let unsigned = text.hasPrefix("-") ? String(text.dropFirst()) : text
    let parts = unsigned.split(separator: "e", maxSplits: 1)
    let scale = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
    let pieces = (parts.first.map(String.init) ?? "").split(separator: ".", omittingEmptySubsequences: false)
    let whole = pieces.first.map(String.init) ?? ""
    let all = whole + (pieces.count > 1 ? String(pieces[1]) : "")
    let leading = all.prefix { $0 == "0" }.count
    var digits = String(all.dropFirst(leading))
    while digits.hasSuffix("0") { digits.removeLast() }
    return (digits, whole.count - leading + scale)
  }

  /// The form of `description` rounded to 15 significant digits, and whether it had more.
  static func digits(of description: String) -> (form: (digits: String, exponent: Int), rounded: Bool) {
    let exact = form(description)
    guard exact.digits.count > 15 else { return (exact, false) }
    var digits = exact.digits.prefix(15).map { $0.wholeNumberValue ?? 0 }
    var exponent = exact.exponent
    if let next = exact.digits.dropFirst(15).first?.wholeNumberValue, next >= 5 {
      var index = digits.count - 1
      while index >= 0 {
        digits[index] += 1
        if digits[index] < 10 { break }
        digits[index] = 0
        index -= 1
      }
      if index < 0 {
        digits.insert(1, at: 0)
        exponent += 1
      }
    }
    var text = digits.map(String.init).joined()
    while text.hasSuffix("0") { text.removeLast() }
    return ((text, exponent), true)
  }
}

extension NumberParseResult {
  /// The value, when this is one.
  fileprivate var doubleValue: Double? {
    if case .value(let value, _) = self { return value }
    return nil
  }
}
