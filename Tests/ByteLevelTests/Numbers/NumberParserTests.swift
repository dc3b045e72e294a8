import Testing

@_spi(ByteLevel) @testable import ByteLevel

/// Parses `text` as one cell (shared by the number-parsing tests).
func parseNumber(_ text: String) -> NumberParseResult {
  var text = text
  return text.withUTF8 { NumberParser.parse($0) }
}

@Suite("NumberParser")
struct NumberParserTests {
  @Test(
    "accepted forms give their exact value and written decimals",
    arguments: [
      ("0", 0.0, 0), ("18765.3", 18765.3, 1), ("12.50", 12.5, 2), ("-3.2", -3.2, 1), ("+7", 7.0, 0),
      ("007", 7.0, 0), (".5", 0.5, 1), ("1.", 1.0, 0), ("  42 \t", 42.0, 0), ("\u{3000}42\u{3000}", 42.0, 0),
      ("\u{2212}5.5", -5.5, 1), ("－８", -8.0, 0), ("＋８", 8.0, 0), ("１２３．４５", 123.45, 2),
      ("1,234,567.8", 1_234_567.8, 1), ("1，234", 1234.0, 0), ("１，２３４", 1234.0, 0), ("999,999", 999_999.0, 0),
      ("1.5e3", 1500.0, 1), ("2E-4", 0.0002, 0), ("2e+4", 20000.0, 0), ("1e\u{2212}2", 0.01, 0),
      ("12.5%", 12.5, 1), ("-0.3％", -0.3, 1), ("1,234.5%", 1234.5, 1),
    ] as [(String, Double, Int)])
  func acceptedForms(text: String, value: Double, decimals: Int) {
    #expect(parseNumber(text) == .value(value, decimals: decimals))
  }

  @Test("negative zero keeps its sign, as Double(String) does")
  func negativeZero() {
    guard case .value(let value, _) = parseNumber("-0.0") else {
      Issue.record("not a value")
      return
    }
    #expect(value == 0 && value.sign == .minus)
  }

  @Test(
    "missing-value markers and blank cells are missing",
    arguments: [
      "", "   ", "\t", "\u{3000}", "*", "-", "--", "—", "——", "NA", "N/A", "n/a", "..", "…", "……", " - ",
    ])
  func missingMarkers(text: String) {
    #expect(parseNumber(text) == .missing)
  }

  @Test(
    "rejections name their reason",
    arguments: [
      ("1.2.3", "several decimal points: '1.2.3'"),
      ("1.234.567", "several decimal points: '1.234.567'"),
      ("12,34", "misplaced thousands separator: '12,34'"),
      (",123", "misplaced thousands separator: ',123'"),
      ("1234,567", "misplaced thousands separator: '1234,567'"),
      ("1,234,56", "misplaced thousands separator: '1,234,56'"),
      ("1,23,456", "misplaced thousands separator: '1,23,456'"),
      ("1,234.5,6", "misplaced thousands separator: '1,234.5,6'"),
      ("0,500", "misplaced thousands separator: '0,500'"),
      ("1,,234", "misplaced thousands separator: '1,,234'"),
      ("=SUM(B2:B5)", "formula, not a value: '=SUM(B2:B5)'"),
      ("#DIV/0!", "spreadsheet error, not a value: '#DIV/0!'"),
      ("(1,234)", "parentheses for negatives are not accepted: '(1,234)'"),
      ("1e400", "out of range: '1e400'"),
      ("-1.8e308", "out of range: '-1.8e308'"),
      ("12a", "not a number: '12a'"),
      ("1e", "not a number: '1e'"),
      ("1e+", "not a number: '1e+'"),
      ("1e2.5", "not a number: '1e2.5'"),
      ("--5", "not a number: '--5'"),
      ("- 5", "not a number: '- 5'"),
      ("5-", "not a number: '5-'"),
      ("12 %", "not a number: '12 %'"),
      ("%", "not a number: '%'"),
      ("12%%", "not a number: '12%%'"),
      (".", "not a number: '.'"),
      ("nan", "not a number: 'nan'"),
      ("inf", "not a number: 'inf'"),
      ("0x1A", "not a number: '0x1A'"),
      ("１２ａ", "not a number: '１２ａ'"),
    ] as [(String, String)])
  func rejections(text: String, reason: String) {
    guard case .invalid(let failure) = parseNumber(text) else {
      Issue.record("'\(text)' was accepted: \(parseNumber(text))")
      return
    }
    #expect(failure.reason == reason)
  }

  @Test("long rejected text is shortened in the message")
  func longTextShortened() {
    let text = String(repeating: "x", count: 100)
    #expect(parseNumber(text) == .invalid(.notANumber(String(repeating: "x", count: 40) + "…")))
  }

  @Test(
    "hard rounding cases match Double(String)",
    arguments: [
      "0.1", "0.3", "9007199254740993", "9007199254740992", "9007199254740995", "1e22", "1e23",
      "2.2250738585072014e-308", "2.2250738585072011e-308", "4.9e-324", "2.4e-324", "1e-400",
      "1.7976931348623157e308", "123456789012345678901234567890", "0.000000000000000000000000001",
      "7.038531e-26", "8.41e21", "1448997445238699", "3.0000000000000004", "5e-324",
      "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791",
    ])
  func hardCases(text: String) throws {
    let expected = try #require(Double(text))
    guard case .value(let value, _) = parseNumber(text) else {
      Issue.record("'\(text)' not parsed: \(parseNumber(text))")
      return
    }
    #expect(value.bitPattern == expected.bitPattern, "\(text): \(value) != \(expected)")
  }

  @Test("100k random decimal strings match Double(String) bit for bit")
  func randomAgainstStandardLibrary() {
    var generator = SplitMix64(seed: 20_240_601)
    var mismatches = 0
    for _ in 0..<100_000 {
      let digitCount = Int.random(in: 1...20, using: &generator)
      var digits = (0..<digitCount).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) }
      if Bool.random(using: &generator) {
        digits[0] = Character(String(Int.random(in: 1...9, using: &generator)))
      }
      var text = String(digits)
      let pointAt = Int.random(in: 0...digitCount + 1, using: &generator)
      if pointAt < digitCount { text.insert(".", at: text.index(text.startIndex, offsetBy: pointAt)) }
      if Int.random(in: 0..<3, using: &generator) == 0 {
        text += "e\(Int.random(in: -340...320, using: &generator))"
      }
      if Bool.random(using: &generator) { text = "-" + text }
      guard let expected = Double(text) else { continue }
      switch parseNumber(text) {
      case .value(let value, _) where value.bitPattern == expected.bitPattern:
        continue
      case .invalid(.outOfRange) where expected.isInfinite:
        continue
      case let other:
        mismatches += 1
        if mismatches <= 5 { Issue.record("'\(text)': \(other), Double(String) gives \(expected)") }
      }
    }
    #expect(mismatches == 0)
  }

  @Test("thousands separators and full-width digits give the value of the plain ASCII text")
  func separatorsMatchPlainText() {
    var generator = SplitMix64(seed: 7)
    let fullWidth: [Character] = ["０", "１", "２", "３", "４", "５", "６", "７", "８", "９"]
    for _ in 0..<2_000 {
      let integer = UInt64.random(in: 1...999_999_999_999_999, using: &generator)
      let fraction = Int.random(in: 0...99_999, using: &generator)
      let plain = "\(integer).\(fraction)"
      var grouped = ""
      for (index, character) in String(integer).reversed().enumerated() {
        if index > 0 && index % 3 == 0 { grouped.append(",") }
        grouped.append(character)
      }
      let withSeparators = String(grouped.reversed()) + ".\(fraction)"
      let wide = String(plain.map { $0.wholeNumberValue.map { fullWidth[$0] } ?? "．" })
      let expected = Double(plain)
      for text in [withSeparators, wide] {
        guard case .value(let value, _) = parseNumber(text) else {
          Issue.record("'\(text)' not parsed")
          continue
        }
        #expect(value == expected, "\(text)")
      }
    }
  }
}
