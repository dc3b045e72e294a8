#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Parses one CSV cell of UTF-8 (quotes already removed) into a number, a missing marker or a
/// rejection.
///
/// Accepted: blanks around the number (space, tab, U+3000); one leading sign `+ - − ＋ －`;
/// digits `0-9` and `０-９`; a decimal point `.` or `．`; thousands separators `,` or `，`
/// between correctly sized groups of integer digits (`1,234,567.8`; the first group 1–3 digits not
/// starting with 0, the others exactly 3); an exponent `e`/`E` with optional sign; one trailing `%`
/// or `％`, ignored (`12.5%` is 12.5).
///
/// The value is correctly rounded: it equals `Double(String)` of the same number written in
/// ASCII, `-0` included. Plain ASCII decimals of up to 15 digits take a short loop of their own.
/// Up to 19 significant digits with a power of ten within ±22 take Clinger's
/// exact fast path (mantissa ≤ 2^53); others go through `strtod` on a normalized ASCII copy, held on
/// the stack for cells up to a few hundred bytes. Nothing is allocated on the heap for a number or a
/// missing marker; a rejection builds its message text.
@_spi(ByteLevel) public enum NumberParser {
  /// Parses `cell`.
  public static func parse(_ cell: UnsafeBufferPointer<UInt8>) -> NumberParseResult {
    guard let base = cell.baseAddress else { return .missing }
    let (start, end) = trimBlanks(base, cell.count)
    guard start < end else { return .missing }
    let text = base + start
    let count = end - start
    if let plain = plainDecimal(text, count) { return .value(plain.value, decimals: plain.decimals) }
    switch scan(text, count) {
    case .number(let number):
      let value = number.value(text, count)
      guard value.isFinite else { return .invalid(.outOfRange(display(text, count))) }
      return .value(value, decimals: number.fractionDigits)
    case .fault(let fault):
      return reject(text, count, fault)
    }
  }

  // MARK: - Scanning

  /// The value and written decimals of `cell` when it is a plain decimal (see
  /// `plainDecimal(_:_:)`), with nothing around it; `nil` for anything else, including blanks.
  ///
  /// The same value as `parse(_:)` whenever it is not `nil`: such a cell starts with `-`, a digit or
  /// `.` and ends with a digit or `.`, so trimming leaves it as it is and `parse` takes the same path.
  /// For callers in the row loop, which skip building a `NumberParseResult`.
  @inlinable @inline(__always)
  public static func plainValue(_ cell: UnsafeBufferPointer<UInt8>) -> (value: Double, decimals: Int)? {
    guard let base = cell.baseAddress, cell.count > 0 else { return nil }
    return plainDecimal(base, cell.count)
  }

  /// The common case on its own: `[-]DIGITS[.DIGITS]` in ASCII with at most 15 digits, whose
  /// mantissa is below 2^53 and whose scale is an exact power of ten, so one multiplication or
  /// division is correctly rounded. `nil` for anything else, which `scan(_:)` handles.
  @inlinable @inline(__always)
  public static func plainDecimal(_ text: UnsafePointer<UInt8>, _ count: Int) -> (
    value: Double, decimals: Int
  )? {
    var index = 0
    let negative = text[0] == 0x2D
    if negative { index = 1 }
    var mantissa: UInt64 = 0
    let integerStart = index
    while index < count {
      let digit = text[index] &- 0x30
      guard digit < 10 else { break }
      mantissa = mantissa &* 10 &+ UInt64(digit)
      index += 1
    }
    let integerDigits = index - integerStart
    var fractionDigits = 0
    if index < count && text[index] == 0x2E {
      index += 1
      let fractionStart = index
      while index < count {
        let digit = text[index] &- 0x30
        guard digit < 10 else { break }
        mantissa = mantissa &* 10 &+ UInt64(digit)
        index += 1
      }
      fractionDigits = index - fractionStart
    }
    let digits = integerDigits + fractionDigits
    guard index == count, digits > 0, digits <= 15, let power = PowerOfTen.exact(fractionDigits) else {
      return nil
    }
    let magnitude = Double(mantissa) / power
    return (negative ? -magnitude : magnitude, fractionDigits)
  }

  /// A syntactically valid number.
  public struct ScannedNumber {
    /// The first (up to) 19 significant digits as an integer.
    public var mantissa: UInt64 = 0
    /// More than 19 significant digits were written; `mantissa` lacks the rest.
    public var truncated = false
    /// Whether the sign is negative.
    public var negative = false
    /// Digits written after the decimal point.
    public var fractionDigits = 0
    /// The written exponent (after `e`), clamped to ±`exponentLimit`.
    public var writtenExponent = 0

    /// The value is `digits × 10^decimalExponent`, where `digits` are all digits written.
    public var decimalExponent: Int { writtenExponent - fractionDigits }

    /// The correctly rounded value; `text[0..<count]` is the trimmed cell, read again when
    /// `strtod` is needed.
    @inline(__always)
    public func value(_ text: UnsafePointer<UInt8>, _ count: Int) -> Double {
      if mantissa == 0 && !truncated { return negative ? -0.0 : 0.0 }
      let exponent = decimalExponent
      if !truncated, mantissa <= 1 << 53, let power = PowerOfTen.exact(abs(exponent)) {
        let magnitude = exponent < 0 ? Double(mantissa) / power : Double(mantissa) * power
        return negative ? -magnitude : magnitude
      }
      return NumberParser.slowValue(text, count, negative: negative, decimalExponent: exponent)
    }
  }

  /// Why a cell failed the syntax.
  public enum SyntaxFault {
    /// A second decimal point.
    case severalDecimalPoints
    /// A thousands separator in the wrong place.
    case misplacedThousandsSeparator
    /// Anything else.
    case notANumber
  }

  /// Result of `scan(_:)`.
  public enum Scan {
    /// Valid syntax.
    case number(ScannedNumber)
    /// Invalid syntax.
    case fault(SyntaxFault)
  }

  /// One character of a number.
  public enum Token {
    /// A digit `0-9` or `０-９` with its value.
    case digit(UInt64)
    /// `.` or `．`.
    case point
    /// `,` or `，`.
    case separator
    /// `e` or `E`.
    case exponent
    /// `+ - − ＋ －`; `true` for minus.
    case sign(negative: Bool)
    /// Anything else.
    case other
  }

  /// Exponents beyond this magnitude are clamped: every such value overflows or underflows anyway.
  public static let exponentLimit = 1_000_000

  /// Reads the token at `index` (before `end`) and its length in bytes.
  @inline(__always)
  public static func token(_ text: UnsafePointer<UInt8>, _ index: Int, _ end: Int) -> (Token, Int) {
    let byte = text[index]
    let digit = byte &- 0x30
    if digit < 10 { return (.digit(UInt64(digit)), 1) }
    switch byte {
    case 0x2E: return (.point, 1)
    case 0x2C: return (.separator, 1)
    case 0x45, 0x65: return (.exponent, 1)
    case 0x2B: return (.sign(negative: false), 1)
    case 0x2D: return (.sign(negative: true), 1)
    case 0xEF where index + 2 < end && text[index + 1] == 0xBC:
      // U+FF00...U+FF3F: full-width forms.
      let last = text[index + 2]
      switch last {
      case 0x90...0x99: return (.digit(UInt64(last - 0x90)), 3)
      case 0x8E: return (.point, 3)
      case 0x8C: return (.separator, 3)
      case 0x8B: return (.sign(negative: false), 3)
      case 0x8D: return (.sign(negative: true), 3)
      default: return (.other, 1)
      }
    case 0xE2 where index + 2 < end && text[index + 1] == 0x88 && text[index + 2] == 0x92:
      return (.sign(negative: true), 3)  // U+2212 MINUS SIGN
    default:
      return (.other, 1)
    }
  }

  /// Checks the syntax of the trimmed, non-empty `base[0..<count]` and gathers its digits.
  @inline(__always)
  public static func scan(_ base: UnsafePointer<UInt8>, _ count: Int) -> Scan {
    let end = count - percentSuffixLength(base, count)
    var number = ScannedNumber()
    var index = 0
    if index < end, case (.sign(let negative), let width) = token(base, index, end) {
      number.negative = negative
      index += width
    }
    var significantDigits = 0
    var integerDigits = 0
    var inFraction = false
    var groupDigits = 0
    var separators = 0
    var leadingZero = false
    var sawExponent = false
    mantissa: while index < end {
      let (token, width) = token(base, index, end)
      switch token {
      case .digit(let digit):
        if inFraction {
          number.fractionDigits += 1
        } else {
          if integerDigits == 0 { leadingZero = digit == 0 }
          integerDigits += 1
          groupDigits += 1
        }
        if significantDigits < 19 {
          number.mantissa = number.mantissa &* 10 &+ digit
          if number.mantissa != 0 { significantDigits += 1 }
        } else {
          number.truncated = true
        }
      case .point:
        if inFraction { return .fault(.severalDecimalPoints) }
        if separators > 0 && groupDigits != 3 { return .fault(.misplacedThousandsSeparator) }
        inFraction = true
      case .separator:
        let misplaced =
          inFraction || groupDigits == 0
          || (separators == 0 ? groupDigits > 3 || leadingZero : groupDigits != 3)
        if misplaced { return .fault(.misplacedThousandsSeparator) }
        separators += 1
        groupDigits = 0
      case .exponent:
        index += width
        sawExponent = true
        break mantissa
      case .sign, .other:
        return .fault(.notANumber)
      }
      index += width
    }
    if separators > 0 && !inFraction && groupDigits != 3 { return .fault(.misplacedThousandsSeparator) }
    if integerDigits + number.fractionDigits == 0 { return .fault(.notANumber) }
    if sawExponent {
      guard let exponent = scanExponent(base, from: index, to: end) else { return .fault(.notANumber) }
      number.writtenExponent = exponent
    }
    return .number(number)
  }

  /// Reads an exponent (optional sign, then digits) filling `index..<end`; `nil` when malformed.
  @inline(__always)
  public static func scanExponent(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int? {
    var index = start
    var negative = false
    if index < end, case (.sign(let isMinus), let width) = token(base, index, end) {
      negative = isMinus
      index += width
    }
    guard index < end else { return nil }
    var exponent = 0
    while index < end {
      guard case (.digit(let digit), let width) = token(base, index, end) else { return nil }
      exponent = min(exponent * 10 + Int(digit), exponentLimit)
      index += width
    }
    return negative ? -exponent : exponent
  }

  /// Length of a trailing `%` (1) or `％` (3), else 0.
  @inline(__always)
  public static func percentSuffixLength(_ base: UnsafePointer<UInt8>, _ count: Int) -> Int {
    if base[count - 1] == 0x25 { return 1 }
    if count >= 3 && base[count - 3] == 0xEF && base[count - 2] == 0xBC && base[count - 1] == 0x85 {
      return 3
    }
    return 0
  }

  /// Bounds of `base[0..<count]` without leading and trailing spaces, tabs and U+3000.
  @inline(__always)
  public static func trimBlanks(_ base: UnsafePointer<UInt8>, _ count: Int) -> (start: Int, end: Int) {
    @inline(__always) func isIdeographicSpace(_ at: Int) -> Bool {
      base[at] == 0xE3 && base[at + 1] == 0x80 && base[at + 2] == 0x80
    }
    var start = 0
    var end = count
    while start < end {
      let byte = base[start]
      if byte == 0x20 || byte == 0x09 {
        start += 1
      } else if end - start >= 3 && isIdeographicSpace(start) {
        start += 3
      } else {
        break
      }
    }
    while end > start {
      let byte = base[end - 1]
      if byte == 0x20 || byte == 0x09 {
        end -= 1
      } else if end - start >= 3 && isIdeographicSpace(end - 3) {
        end -= 3
      } else {
        break
      }
    }
    return (start, end)
  }

  // MARK: - Slow path

  /// Correctly rounded value of a syntactically valid `text[0..<count]` through `strtod`: writes
  /// `[-]DIGITS e EXPONENT` in ASCII (no decimal point, so the C locale's radix does not matter)
  /// into a temporary buffer and converts it.
  @inline(never)
  public static func slowValue(
    _ text: UnsafePointer<UInt8>, _ count: Int, negative: Bool, decimalExponent: Int
  ) -> Double {
    // Every digit takes at least one byte of `text`; add sign, "e", up to 20 exponent characters
    // and NUL.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count + 32) { output in
      var length = 0
      if negative {
        output[length] = 0x2D
        length += 1
      }
      var index = 0
      digits: while index < count {
        let (token, width) = token(text, index, count)
        switch token {
        case .digit(let digit):
          output[length] = 0x30 + UInt8(digit)
          length += 1
        case .exponent:
          break digits
        case .point, .separator, .sign, .other:
          break
        }
        index += width
      }
      output[length] = 0x65  // "e"
      length += 1
      var exponent = decimalExponent
      if exponent < 0 {
        output[length] = 0x2D
        length += 1
        exponent = -exponent
      }
      let exponentStart = length
      repeat {
        output[length] = 0x30 + UInt8(exponent % 10)
        length += 1
        exponent /= 10
      } while exponent > 0
      var exponentDigits = UnsafeMutableBufferPointer(rebasing: output[exponentStart..<length])
      exponentDigits.reverse()
      output[length] = 0
      return output.withMemoryRebound(to: CChar.self) { cStringToDouble(UnsafeBufferPointer($0)) }
    }
  }

  /// The C library's `strtod` on a NUL-terminated ASCII number in `text` (the only call of it);
  /// NaN for a buffer without storage, which `withUnsafeTemporaryAllocation` does not pass for a
  /// positive capacity.
  public static func cStringToDouble(_ text: UnsafeBufferPointer<CChar>) -> Double {
    guard let start = text.baseAddress else { return .nan }
    return strtod(start, nil)
  }

  // MARK: - Rejections

  /// Missing-value markers, compared byte for byte after trimming blanks.
  public static let missingMarkers: [[UInt8]] = [
    "*", "-", "--", "—", "——", "NA", "N/A", "n/a", "..", "…", "……",
  ].map { Array($0.utf8) }

  /// The result for the trimmed `base[0..<count]` that failed the number syntax with `fault`.
  @inline(never)
  public static func reject(_ base: UnsafePointer<UInt8>, _ count: Int, _ fault: SyntaxFault)
    -> NumberParseResult
  {
    let text = UnsafeBufferPointer(start: base, count: count)
    if missingMarkers.contains(where: { $0.elementsEqual(text) }) { return .missing }
    let shown = display(base, count)
    switch (text.first, text.last, fault) {
    case (0x3D, _, _): return .invalid(.formula(shown))  // "="
    case (0x23, _, _): return .invalid(.spreadsheetError(shown))  // "#"
    case (0x28, 0x29, _): return .invalid(.parenthesized(shown))  // "(" ... ")"
    case (_, _, .severalDecimalPoints): return .invalid(.severalDecimalPoints(shown))
    case (_, _, .misplacedThousandsSeparator): return .invalid(.misplacedThousandsSeparator(shown))
    case (_, _, .notANumber): return .invalid(.notANumber(shown))
    }
  }

  /// Longest cell text quoted in a rejection, in characters.
  public static let displayLimit = 40

  /// `base[0..<count]` as a `String` for messages, cut to `displayLimit` characters with "…".
  public static func display(_ base: UnsafePointer<UInt8>, _ count: Int) -> String {
    let string = String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
    guard string.count > displayLimit else { return string }
    return String(string.prefix(displayLimit)) + "…"
  }
}
