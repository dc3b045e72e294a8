import Testing

@_spi(ByteLevel) @testable import ByteLevel

@Suite("SingleLine")
struct SingleLineTests {
  @Test("a line break in a quoted cell is written as an escape, so a message stays one line")
  func lineBreaksEscaped() {
    #expect(SingleLine.escaping("not a number: '1\n2'") == #"not a number: '1\n2'"#)
    #expect(SingleLine.escaping("'a\r\nb'") == #"'a\r\nb'"#)
    #expect(SingleLine.escaping("税收\u{2028}收入\u{85}\u{0B}") == #"税收\u{2028}收入\u{85}\u{B}"#)
  }

  @Test("text without line breaks is returned as it is, Chinese and tabs included")
  func otherTextUnchanged() {
    #expect(SingleLine.escaping("地区\t税收收入 '—' ①") == "地区\t税收收入 '—' ①")
    #expect(SingleLine.escaping("") == "")
  }
}
