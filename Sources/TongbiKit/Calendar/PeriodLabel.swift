/// What a period label in a statistical export denotes.
///
/// Labels come from Chinese statistical exports (`2024年6月`, `2024年1-6月份`, `上半年`) and from
/// international data (`2024-06`, `2024M06`, `Jun 2024`, `1975-12-01`). Parsing never guesses:
/// anything that is not one of the documented forms is ``invalid(_:)`` with a reason.
///
/// January alone (`2024年1月`) is reported as ``month(_:)`` although it is also the first
/// cumulative period; whether a series is 当月 or 累计 is the caller's knowledge, not the label's.
public enum PeriodLabel: Hashable, Sendable {
  /// A single month: `2024-06`, `2024/6`, `2024M06`, `202406`, `2024年6月份`, a date in that month
  /// such as `1975-12-31`, or an English month such as `Jun 2024`.
  case month(Period)
  /// A year-to-date span 1-m月 ending at the given month: `2024年1-6月`, `2024年上半年` (1-6月),
  /// `2024年前三季度` (1-9月), `2024年全年` (1-12月), `2024年1-2月` (January and February combined).
  case cumulative(Period)
  /// A month or year-to-date span without a year (`6月`, `1-6月份`, `上半年`); the caller supplies the
  /// year, typically from another column. `cumulative` is `true` for spans such as 1-6月.
  case monthWithoutYear(month: Int, cumulative: Bool)
  /// A calendar quarter (`2024Q1`, `2024年第一季度`), recognized so that non-monthly data can be
  /// reported and skipped.
  case quarter(year: Int, quarter: Int)
  /// A whole calendar year given alone (`2024`, `2024年`).
  case year(Int)
  /// Text that is not a valid period label, with the reason.
  case invalid(PeriodLabelFailure)

  /// Parses a label from UTF-8 bytes without allocating.
  ///
  /// This is the hot path of ingest. Leading and trailing white space (ASCII, U+00A0 and the
  /// ideographic space U+3000) is ignored; full-width digits ０-９ are accepted.
  public init(parsing bytes: UnsafeBufferPointer<UInt8>) {
    if let month = Self.isoMonth(bytes) {
      self = month
      return
    }
    var cursor = LabelCursor(trimming: bytes)
    if let fast = Self.parseNumericFastPath(cursor) {
      self = fast
    } else {
      self = Self.parseGeneral(&cursor)
    }
  }

  /// The commonest label, exactly `YYYY-MM` with nothing around it, read before any trimming; `nil` for
  /// everything else (which the general path reads, with the same result for `YYYY-MM`).
  @inline(__always)
  private static func isoMonth(_ bytes: UnsafeBufferPointer<UInt8>) -> PeriodLabel? {
    guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"), let year = asciiNumber(bytes, from: 0, count: 4),
      let month = asciiNumber(bytes, from: 5, count: 2)
    else { return nil }
    return monthLabel(year: year, month: month)
  }

  /// Parses a label from text; the same result as ``init(parsing:)-(UnsafeBufferPointer<UInt8>)``
  /// on its UTF-8 bytes.
  public init(parsing text: String) {
    var text = text
    self = text.withUTF8 { PeriodLabel(parsing: $0) }
  }

  /// The period of a ``month(_:)`` label, `nil` for every other kind (a cumulative span is not a
  /// single month).
  public var singleMonth: Period? {
    if case .month(let period) = self { return period }
    return nil
  }

  /// The month a label ends in: a ``month(_:)``'s, or the last month of a ``cumulative(_:)`` span
  /// (2024年1-6月 → 2024-06); `nil` for every other kind.
  public var endMonth: Period? {
    switch self {
    case .month(let period), .cumulative(let period): period
    default: nil
    }
  }

  /// The failure of an ``invalid(_:)`` label, `nil` for every valid kind.
  public var failure: PeriodLabelFailure? {
    if case .invalid(let failure) = self { return failure }
    return nil
  }
}

/// Why a text is not a valid period label.
public enum PeriodLabelFailure: Error, Hashable, Sendable, CustomStringConvertible {
  /// The text matches none of the supported label forms.
  case unrecognized
  /// The year is below 1000 (TSDL files use year 0001 for an unknown start).
  case yearNotCalendar(Int)
  /// A month number outside 1...12.
  case monthOutOfRange(Int)
  /// A day that does not exist in the given month (`2024-02-30`).
  case dayOutOfRange(day: Int, period: Period)
  /// A quarter number outside 1...4.
  case quarterOutOfRange(Int)
  /// A month span that does not start in January (`3-6月`, `下半年`), so it is not year-to-date.
  case spanNotFromJanuary(startMonth: Int, endMonth: Int)

  /// A human-readable reason, in English.
  public var description: String {
    switch self {
    case .unrecognized:
      return "unrecognized period label"
    case .yearNotCalendar(let year):
      return "year \(year) is not a calendar year (unknown start?)"
    case .monthOutOfRange(let month):
      return "month \(month) is out of range 1-12"
    case .dayOutOfRange(let day, let period):
      return "day \(day) does not exist in \(period)"
    case .quarterOutOfRange(let quarter):
      return "quarter \(quarter) is out of range 1-4"
    case .spanNotFromJanuary(let startMonth, let endMonth):
      return "\(startMonth)-\(endMonth)月 is not a year-to-date span: it starts in month \(startMonth), "
        + "not in January"
    }
  }
}

extension Period {
  /// Parses a single-month label (`2024-06`, `2024M06`, `2024年6月`, `202406`, …); `nil` for every
  /// other kind of label. Use ``PeriodLabel`` to learn what the text is when it is not a month.
  public init?(parsing text: String) {
    guard let period = PeriodLabel(parsing: text).singleMonth else { return nil }
    self = period
  }
}

// MARK: - Grammar

extension PeriodLabel {
  /// `YYYY-MM` and `YYYY-MM-DD` in ASCII, the forms of most machine exports; `nil` when the text
  /// has another shape and must go through ``parseGeneral(_:)``.
  @inline(__always)
  private static func parseNumericFastPath(_ cursor: LabelCursor) -> PeriodLabel? {
    let bytes = cursor.bytes
    let start = cursor.position
    let count = cursor.end - start
    guard count == 7 || count == 10, bytes[start + 4] == UInt8(ascii: "-") else { return nil }
    guard let year = asciiNumber(bytes, from: start, count: 4),
      let month = asciiNumber(bytes, from: start + 5, count: 2)
    else { return nil }
    if count == 7 { return monthLabel(year: year, month: month) }
    guard bytes[start + 7] == UInt8(ascii: "-"), let day = asciiNumber(bytes, from: start + 8, count: 2)
    else { return nil }
    return dateLabel(year: year, month: month, day: day)
  }

  /// The value of `count` ASCII digits at `from`, `nil` when any byte is not a digit.
  @inline(__always)
  private static func asciiNumber(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, count: Int) -> Int? {
    var value = 0
    for index in from..<(from + count) {
      let digit = bytes[index] &- UInt8(ascii: "0")
      guard digit < 10 else { return nil }
      value = value * 10 + Int(digit)
    }
    return value
  }

  /// Dispatches on the first character: a number, an English month name, or a Chinese span name.
  private static func parseGeneral(_ cursor: inout LabelCursor) -> PeriodLabel {
    let first = cursor.peek().value
    if digitValue(first) != nil { return parseNumberFirst(&cursor) }
    if isASCIILetter(first) { return parseEnglishMonthFirst(&cursor) }
    guard let span = cursor.readNamedSpan(), cursor.isAtEnd else { return .invalid(.unrecognized) }
    return cumulativeLabel(year: nil, startMonth: span.startMonth, endMonth: span.endMonth)
  }

  /// A label that starts with digits: `YYYYMM`, a year followed by more, or a month without year.
  private static func parseNumberFirst(_ cursor: inout LabelCursor) -> PeriodLabel {
    guard let number = cursor.readNumber() else { return .invalid(.unrecognized) }
    switch number.digits {
    case 4:
      return parseAfterYear(number.value, &cursor)
    case 6 where cursor.isAtEnd:
      return monthLabel(year: number.value / 100, month: number.value % 100)
    case 1, 2:
      return parseMonthWithoutYear(number.value, &cursor)
    default:
      return .invalid(.unrecognized)
    }
  }

  /// What follows a four-digit year: nothing, `年…`, a date separator, `M06` or `Q1`.
  private static func parseAfterYear(_ year: Int, _ cursor: inout LabelCursor) -> PeriodLabel {
    if cursor.isAtEnd { return yearLabel(year) }
    let next = cursor.peek()
    switch next.value {
    case Scalar.nian:
      cursor.advance(next)
      return parseChineseAfterYear(year, &cursor)
    case Scalar.upperM, Scalar.lowerM:
      cursor.advance(next)
      guard let month = cursor.readNumber(), (1...2).contains(month.digits), cursor.isAtEnd else {
        return .invalid(.unrecognized)
      }
      return monthLabel(year: year, month: month.value)
    case Scalar.upperQ, Scalar.lowerQ:
      cursor.advance(next)
      guard let quarter = cursor.readNumber(), quarter.digits == 1, cursor.isAtEnd else {
        return .invalid(.unrecognized)
      }
      return quarterLabel(year: year, quarter: quarter.value)
    default:
      guard let separator = dateSeparator(next.value) else { return .invalid(.unrecognized) }
      cursor.advance(next)
      return parseDelimited(year: year, separator: separator, &cursor)
    }
  }

  /// `YYYY-MM`, `YYYY/M/D`, `YYYY.MM`, `YYYY-Jun` after the year and its separator.
  private static func parseDelimited(year: Int, separator: UInt32, _ cursor: inout LabelCursor) -> PeriodLabel
  {
    if isASCIILetter(cursor.peek().value) {
      guard let month = cursor.readEnglishMonth(), cursor.isAtEnd else { return .invalid(.unrecognized) }
      return monthLabel(year: year, month: month)
    }
    guard let month = cursor.readNumber(), (1...2).contains(month.digits) else {
      return .invalid(.unrecognized)
    }
    if cursor.isAtEnd { return monthLabel(year: year, month: month.value) }
    let next = cursor.peek()
    guard dateSeparator(next.value) == separator else { return .invalid(.unrecognized) }
    cursor.advance(next)
    guard let day = cursor.readNumber(), (1...2).contains(day.digits), cursor.isAtEnd else {
      return .invalid(.unrecognized)
    }
    return dateLabel(year: year, month: month.value, day: day.value)
  }

  /// What follows `YYYY年`: nothing, `6月`, `1-6月`, `1季度`, `第一季度`, `一季度`, `1-3季度` or a
  /// named span such as `上半年`.
  private static func parseChineseAfterYear(_ year: Int, _ cursor: inout LabelCursor) -> PeriodLabel {
    if cursor.isAtEnd { return yearLabel(year) }
    if digitValue(cursor.peek().value) != nil {
      guard let first = cursor.readNumber(), (1...2).contains(first.digits) else {
        return .invalid(.unrecognized)
      }
      if cursor.readMonthSuffix() {
        return cursor.isAtEnd ? monthLabel(year: year, month: first.value) : .invalid(.unrecognized)
      }
      if cursor.readQuarterSuffix() {
        return cursor.isAtEnd ? quarterLabel(year: year, quarter: first.value) : .invalid(.unrecognized)
      }
      guard cursor.readRangeSeparator(), let last = cursor.readNumber(), (1...2).contains(last.digits) else {
        return .invalid(.unrecognized)
      }
      if cursor.readMonthSuffix(), cursor.isAtEnd {
        return cumulativeLabel(year: year, startMonth: first.value, endMonth: last.value)
      }
      if cursor.readQuarterSuffix(), cursor.isAtEnd {
        return quarterSpanLabel(year: year, startQuarter: first.value, endQuarter: last.value)
      }
      return .invalid(.unrecognized)
    }
    if let span = cursor.readNamedSpan() {
      guard cursor.isAtEnd else { return .invalid(.unrecognized) }
      return cumulativeLabel(year: year, startMonth: span.startMonth, endMonth: span.endMonth)
    }
    let ordinal = cursor.consume(Scalar.di)
    guard let quarter = cursor.readQuarterNumeral(allowDigit: ordinal), cursor.readQuarterSuffix(),
      cursor.isAtEnd
    else { return .invalid(.unrecognized) }
    return quarterLabel(year: year, quarter: quarter)
  }

  /// `6月`, `6月份`, `1-6月`, `1-6月份` after the leading month number.
  private static func parseMonthWithoutYear(_ first: Int, _ cursor: inout LabelCursor) -> PeriodLabel {
    if cursor.readMonthSuffix() {
      guard cursor.isAtEnd else { return .invalid(.unrecognized) }
      guard (1...12).contains(first) else { return .invalid(.monthOutOfRange(first)) }
      return .monthWithoutYear(month: first, cumulative: false)
    }
    guard cursor.readRangeSeparator(), let last = cursor.readNumber(), (1...2).contains(last.digits),
      cursor.readMonthSuffix(), cursor.isAtEnd
    else { return .invalid(.unrecognized) }
    return cumulativeLabel(year: nil, startMonth: first, endMonth: last.value)
  }

  /// `Jun 2024`, `June 2024`, `Jun-2024`, `Sept. 2024`, `June, 2024`.
  private static func parseEnglishMonthFirst(_ cursor: inout LabelCursor) -> PeriodLabel {
    guard let month = cursor.readEnglishMonth() else { return .invalid(.unrecognized) }
    _ = cursor.consume(Scalar.dot)
    let hyphen = cursor.consume(Scalar.hyphen)
    let comma = !hyphen && cursor.consume(Scalar.comma)
    let spaces = cursor.skipASCIISpaces()
    guard hyphen || comma || spaces, let year = cursor.readNumber(), year.digits == 4, cursor.isAtEnd else {
      return .invalid(.unrecognized)
    }
    return monthLabel(year: year.value, month: month)
  }
}

// MARK: - Validation

extension PeriodLabel {
  /// The failure for a year outside 1000...9999, `nil` for a calendar year.
  private static func yearFailure(_ year: Int) -> PeriodLabelFailure? {
    (1000...9999).contains(year) ? nil : .yearNotCalendar(year)
  }

  /// ``year(_:)`` after checking the year.
  private static func yearLabel(_ year: Int) -> PeriodLabel {
    if let failure = yearFailure(year) { return .invalid(failure) }
    return .year(year)
  }

  /// The period of a checked year and month, or the reason it is invalid.
  private static func period(year: Int, month: Int) -> Result<Period, PeriodLabelFailure> {
    if let failure = yearFailure(year) { return .failure(failure) }
    guard let period = Period(year: year, month: month) else { return .failure(.monthOutOfRange(month)) }
    return .success(period)
  }

  /// ``month(_:)`` after checking year and month.
  private static func monthLabel(year: Int, month: Int) -> PeriodLabel {
    switch period(year: year, month: month) {
    case .success(let period): return .month(period)
    case .failure(let failure): return .invalid(failure)
    }
  }

  /// ``month(_:)`` of a calendar date, after checking that the day exists in that month.
  private static func dateLabel(year: Int, month: Int, day: Int) -> PeriodLabel {
    switch period(year: year, month: month) {
    case .success(let period):
      guard day >= 1, day <= period.dayCount else {
        return .invalid(.dayOutOfRange(day: day, period: period))
      }
      return .month(period)
    case .failure(let failure):
      return .invalid(failure)
    }
  }

  /// ``cumulative(_:)`` (or ``monthWithoutYear(month:cumulative:)`` without a year) of the span
  /// `startMonth`-`endMonth`月, after checking that it is a year-to-date span.
  private static func cumulativeLabel(year: Int?, startMonth: Int, endMonth: Int) -> PeriodLabel {
    if let year, let failure = yearFailure(year) { return .invalid(failure) }
    guard (1...12).contains(startMonth) else { return .invalid(.monthOutOfRange(startMonth)) }
    guard (1...12).contains(endMonth) else { return .invalid(.monthOutOfRange(endMonth)) }
    guard startMonth == 1 else {
      return .invalid(.spanNotFromJanuary(startMonth: startMonth, endMonth: endMonth))
    }
    guard let year else { return .monthWithoutYear(month: endMonth, cumulative: true) }
    return monthLabel(year: year, month: endMonth).asCumulative
  }

  /// `1-3季度` as the cumulative span of months 1-9, after checking the quarters.
  private static func quarterSpanLabel(year: Int, startQuarter: Int, endQuarter: Int) -> PeriodLabel {
    guard (1...4).contains(startQuarter) else { return .invalid(.quarterOutOfRange(startQuarter)) }
    guard (1...4).contains(endQuarter) else { return .invalid(.quarterOutOfRange(endQuarter)) }
    return cumulativeLabel(year: year, startMonth: startQuarter * 3 - 2, endMonth: endQuarter * 3)
  }

  /// ``quarter(year:quarter:)`` after checking year and quarter.
  private static func quarterLabel(year: Int, quarter: Int) -> PeriodLabel {
    if let failure = yearFailure(year) { return .invalid(failure) }
    guard (1...4).contains(quarter) else { return .invalid(.quarterOutOfRange(quarter)) }
    return .quarter(year: year, quarter: quarter)
  }

  /// The same label with ``month(_:)`` turned into ``cumulative(_:)``.
  private var asCumulative: PeriodLabel {
    if case .month(let period) = self { return .cumulative(period) }
    return self
  }
}

// MARK: - Characters

/// Unicode scalars the grammar uses.
private enum Scalar {
  /// 年 (year).
  static let nian: UInt32 = 0x5E74
  /// 月 (month).
  static let yue: UInt32 = 0x6708
  /// 份 (in 6月份).
  static let fen: UInt32 = 0x4EFD
  /// 季 (in 季度, quarter).
  static let ji: UInt32 = 0x5B63
  /// 度 (in 季度, quarter).
  static let du: UInt32 = 0x5EA6
  /// 第 (ordinal prefix, 第一季度).
  static let di: UInt32 = 0x7B2C
  /// 至 (to, 1至6月).
  static let zhi: UInt32 = 0x81F3
  /// 上 (in 上半年, first half).
  static let shang: UInt32 = 0x4E0A
  /// 下 (in 下半年, second half).
  static let xia: UInt32 = 0x4E0B
  /// 半 (in 上半年, half).
  static let ban: UInt32 = 0x534A
  /// 前 (in 前三季度, first three quarters).
  static let qian: UInt32 = 0x524D
  /// 全 (in 全年, whole year).
  static let quan: UInt32 = 0x5168
  /// 一 (one).
  static let yi: UInt32 = 0x4E00
  /// 二 (two).
  static let er: UInt32 = 0x4E8C
  /// 三 (three).
  static let san: UInt32 = 0x4E09
  /// 四 (four).
  static let si: UInt32 = 0x56DB
  /// ASCII `-`.
  static let hyphen: UInt32 = 0x2D
  /// ASCII `/`.
  static let slash: UInt32 = 0x2F
  /// ASCII `.`.
  static let dot: UInt32 = 0x2E
  /// ASCII `~`.
  static let tilde: UInt32 = 0x7E
  /// ASCII `,`.
  static let comma: UInt32 = 0x2C
  /// ASCII space.
  static let space: UInt32 = 0x20
  /// ASCII `M` (2024M06).
  static let upperM: UInt32 = 0x4D
  /// ASCII `m` (2024m6).
  static let lowerM: UInt32 = 0x6D
  /// ASCII `Q` (2024Q1).
  static let upperQ: UInt32 = 0x51
  /// ASCII `q` (2024q1).
  static let lowerQ: UInt32 = 0x71
  /// ASCII `a`.
  static let lowerA: UInt32 = 0x61
  /// Marker returned past the end of the input.
  static let end: UInt32 = 0xFFFF_FFFF
}

/// The value of an ASCII or full-width (U+FF10...U+FF19) decimal digit.
private func digitValue(_ scalar: UInt32) -> Int? {
  if scalar &- 0x30 < 10 { return Int(scalar &- 0x30) }
  if scalar &- 0xFF10 < 10 { return Int(scalar &- 0xFF10) }
  return nil
}

/// Whether `scalar` is an ASCII letter.
private func isASCIILetter(_ scalar: UInt32) -> Bool {
  (scalar | 0x20) &- Scalar.lowerA < 26
}

/// The ASCII form of a date separator (`-`, `/`, `.` and their full-width forms), `nil` otherwise.
private func dateSeparator(_ scalar: UInt32) -> UInt32? {
  switch scalar {
  case Scalar.hyphen, 0xFF0D: return Scalar.hyphen
  case Scalar.slash, 0xFF0F: return Scalar.slash
  case Scalar.dot, 0xFF0E: return Scalar.dot
  default: return nil
  }
}

/// Whether `scalar` joins the two months of a span: hyphen, tilde, dashes (en, em, full-width) or 至.
private func isRangeSeparator(_ scalar: UInt32) -> Bool {
  switch scalar {
  case Scalar.hyphen, Scalar.tilde, 0x2010...0x2015, 0x2212, 0x301C, 0xFF0D, 0xFF5E, Scalar.zhi:
    return true
  default:
    return false
  }
}

/// Whether `scalar` is white space to trim: ASCII space, tab, CR, LF, U+00A0 or U+3000.
private func isTrimmedSpace(_ scalar: UInt32) -> Bool {
  switch scalar {
  case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x3000: return true
  default: return false
  }
}

/// English month names; the first three letters are the abbreviation.
private let englishMonthNames: [StaticString] = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
]

// MARK: - Cursor

/// One decoded Unicode scalar and the number of UTF-8 bytes it takes.
private struct DecodedScalar {
  /// The scalar value, ``Scalar/end`` past the end, U+FFFD for malformed UTF-8.
  let value: UInt32
  /// Its length in bytes.
  let length: Int
}

/// A read position in the UTF-8 bytes of one label; never allocates.
private struct LabelCursor {
  /// The whole input.
  let bytes: UnsafeBufferPointer<UInt8>
  /// Index of the next byte to read.
  var position: Int
  /// Index one past the last byte of the label, trailing space excluded.
  let end: Int

  /// A cursor over `bytes` with leading and trailing white space skipped.
  init(trimming bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    var start = 0
    var stop = bytes.count
    while start < stop {
      let scalar = Self.decode(bytes, at: start, end: stop)
      guard isTrimmedSpace(scalar.value) else { break }
      start += scalar.length
    }
    while start < stop {
      let last = bytes[stop - 1]
      if last == 0x20 || last == 0x09 || last == 0x0A || last == 0x0D {
        stop -= 1
      } else if last == 0xA0, stop - start >= 2, bytes[stop - 2] == 0xC2 {
        stop -= 2
      } else if last == 0x80, stop - start >= 3, bytes[stop - 2] == 0x80, bytes[stop - 3] == 0xE3 {
        stop -= 3
      } else {
        break
      }
    }
    position = start
    end = stop
  }

  /// Whether the whole label has been read.
  var isAtEnd: Bool { position >= end }

  /// Decodes the scalar at `index`; malformed or truncated sequences decode as U+FFFD of length 1.
  private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> DecodedScalar {
    guard index < end else { return DecodedScalar(value: Scalar.end, length: 0) }
    let lead = UInt32(bytes[index])
    let length: Int
    var value: UInt32
    switch lead {
    case 0..<0x80: return DecodedScalar(value: lead, length: 1)
    case 0xC2..<0xE0: (length, value) = (2, lead & 0x1F)
    case 0xE0..<0xF0: (length, value) = (3, lead & 0x0F)
    case 0xF0..<0xF5: (length, value) = (4, lead & 0x07)
    default: return DecodedScalar(value: 0xFFFD, length: 1)
    }
    guard index + length <= end else { return DecodedScalar(value: 0xFFFD, length: 1) }
    for offset in 1..<length {
      let continuation = UInt32(bytes[index + offset])
      guard continuation & 0xC0 == 0x80 else { return DecodedScalar(value: 0xFFFD, length: 1) }
      value = value << 6 | continuation & 0x3F
    }
    return DecodedScalar(value: value, length: length)
  }

  /// The next scalar without consuming it.
  func peek() -> DecodedScalar { Self.decode(bytes, at: position, end: end) }

  /// Consumes a scalar returned by ``peek()``.
  mutating func advance(_ scalar: DecodedScalar) { position += scalar.length }

  /// Consumes the next scalar when it is `expected`.
  mutating func consume(_ expected: UInt32) -> Bool {
    let next = peek()
    guard next.value == expected else { return false }
    advance(next)
    return true
  }

  /// Consumes `first` followed by `second`, or nothing.
  mutating func consume(_ first: UInt32, _ second: UInt32) -> Bool {
    let saved = position
    if consume(first), consume(second) { return true }
    position = saved
    return false
  }

  /// Consumes ASCII spaces; whether there was at least one.
  mutating func skipASCIISpaces() -> Bool {
    var any = false
    while consume(Scalar.space) { any = true }
    return any
  }

  /// Reads a run of ASCII or full-width digits: its value and the number of digits. Values of
  /// more than nine digits are not accumulated (the digit count tells the caller to reject them).
  mutating func readNumber() -> (value: Int, digits: Int)? {
    var value = 0
    var digits = 0
    while true {
      let next = peek()
      guard let digit = digitValue(next.value) else { break }
      advance(next)
      if digits < 9 { value = value * 10 + digit }
      digits += 1
    }
    return digits == 0 ? nil : (value, digits)
  }

  /// Consumes `月` or `月份`; whether it was there.
  mutating func readMonthSuffix() -> Bool {
    guard consume(Scalar.yue) else { return false }
    _ = consume(Scalar.fen)
    return true
  }

  /// Consumes `季度`; whether it was there.
  mutating func readQuarterSuffix() -> Bool { consume(Scalar.ji, Scalar.du) }

  /// Consumes a range separator (`-`, `—`, `－`, `～`, `~`, `至`, …); whether it was there.
  mutating func readRangeSeparator() -> Bool {
    let next = peek()
    guard isRangeSeparator(next.value) else { return false }
    advance(next)
    return true
  }

  /// Reads a quarter number written 一 to 四, or as a single digit when `allowDigit` (after 第).
  mutating func readQuarterNumeral(allowDigit: Bool) -> Int? {
    let next = peek()
    let quarter: Int
    switch next.value {
    case Scalar.yi: quarter = 1
    case Scalar.er: quarter = 2
    case Scalar.san: quarter = 3
    case Scalar.si: quarter = 4
    default:
      guard allowDigit, let digit = digitValue(next.value) else { return nil }
      quarter = digit
    }
    advance(next)
    return quarter
  }

  /// Reads a named span: 上半年 (1-6月), 下半年 (7-12月), 前三季度 (1-9月) or 全年 (1-12月).
  mutating func readNamedSpan() -> (startMonth: Int, endMonth: Int)? {
    let saved = position
    if consume(Scalar.shang, Scalar.ban), consume(Scalar.nian) { return (1, 6) }
    position = saved
    if consume(Scalar.xia, Scalar.ban), consume(Scalar.nian) { return (7, 12) }
    position = saved
    if consume(Scalar.qian, Scalar.san), readQuarterSuffix() { return (1, 9) }
    position = saved
    if consume(Scalar.quan, Scalar.nian) { return (1, 12) }
    position = saved
    return nil
  }

  /// Reads an English month name, full (`June`) or abbreviated (`Jun`, also `Sept`), in any case.
  mutating func readEnglishMonth() -> Int? {
    let start = position
    while isASCIILetter(peek().value) { position += 1 }
    let length = position - start
    for (index, name) in englishMonthNames.enumerated() {
      let matches = name.withUTF8Buffer { nameBytes in
        let accepted = length == 3 || length == nameBytes.count || (index == 8 && length == 4)
        guard accepted, length <= nameBytes.count else { return false }
        for offset in 0..<length where bytes[start + offset] | 0x20 != nameBytes[offset] { return false }
        return true
      }
      if matches { return index + 1 }
    }
    position = start
    return nil
  }
}
