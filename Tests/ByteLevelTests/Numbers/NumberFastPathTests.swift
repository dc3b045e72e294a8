import Testing

@_spi(ByteLevel) @testable import ByteLevel

/// `NumberParser.plainValue` on `text`.
private func plainValue(_ text: String) -> (value: Double, decimals: Int)? {
  var text = text
  return text.withUTF8 { NumberParser.plainValue($0) }
}

/// The row loop's fast path for plain decimals: it either declines a cell or gives exactly what
/// `parse` gives, which is the correctly rounded value (`Double(String)`, i.e. `strtod`).
@Suite("NumberParser plain-decimal fast path")
struct NumberFastPathTests {
  @Test(
    "plain decimals: the same value and decimals as parse and as Double(String), bit for bit",
    arguments: [
      "0", "-0", "-0.0", "0.000", "7", "1829.3", "-3.2", ".5", "1.", "-.5", "12.50", "0.1", "0.3",
      // 15 significant digits, the most the fast path takes.
      "999999999999999", "123456789.012345", "0.00000000000001", "-99999999.9999999",
      // Halfway-looking decimals whose nearest double is below or above.
      "0.15", "2.675", "1.005", "1002.5", "9007199254740.5", "4503599627370.5",
    ])
  func plainDecimals(text: String) throws {
    let plain = try #require(plainValue(text))
    let expected = try #require(Double(text))
    // The written decimals, counted from the text: the characters after the point.
    let written = text.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0
    #expect(plain.value.bitPattern == expected.bitPattern)
    #expect(plain.decimals == written)
    #expect(parseNumber(text) == .value(expected, decimals: written))
  }

  @Test(
    "the known decimals of plain cells",
    arguments: [("1829.3", 1), ("12.50", 2), ("1.", 0), (".5", 1), ("-0", 0), ("0.000", 3)] as [(String, Int)]
  )
  func writtenDecimals(text: String, decimals: Int) throws {
    #expect(try #require(plainValue(text)).decimals == decimals)
  }

  @Test("negative zero keeps its sign")
  func negativeZero() throws {
    let plain = try #require(plainValue("-0"))
    #expect(plain.value == 0 && plain.value.sign == .minus)
  }

  @Test(
    "everything else is declined and left to parse",
    arguments: [
      // More than 15 digits, exponents, signs other than a leading '-', separators, full-width digits,
      // blanks, percent, markers, empty and malformed cells.
      "1234567890123456", "0.000000000000001", "0.1234567890123456", "12345678901234567890", "1e3", "1.5E-4",
      "+7", "--1",
      "1,234", "1，234", "１２３", "－８", "\u{2212}5", " 42", "42 ", "\u{3000}42", "12.5%", "-", "", ".",
      "-.", "1.2.3", "12a", "NA",
    ])
  func declined(text: String) {
    #expect(plainValue(text) == nil)
  }

  @Test(
    "declined cells with many digits or exponents still parse correctly rounded through parse",
    arguments: [
      "1234567890123456", "0.1234567890123456", "12345678901234567890", "9007199254740993",
      "1.7976931348623157e308", "4.9e-324", "2.2250738585072011e-308", "0.30000000000000004441",
      "1e23", "8.5e-7", "+7.25",
    ])
  func declinedParseExactly(text: String) throws {
    #expect(plainValue(text) == nil)
    let expected = try #require(Double(text))
    guard case .value(let value, _) = parseNumber(text) else {
      Issue.record("'\(text)' did not parse")
      return
    }
    #expect(value.bitPattern == expected.bitPattern)
  }
}
