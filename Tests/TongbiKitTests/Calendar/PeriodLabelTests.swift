import Testing

@testable import TongbiKit

/// The period of `year`-`month`, or a period far outside any test range so that a typo in a test
/// table fails the comparison instead of crashing.
private func period(_ year: Int, _ month: Int) -> Period {
  Period(year: year, month: month) ?? Period(ordinal: -1)
}

/// Parses `text` through the byte entry point.
private func parseBytes(_ text: String) -> PeriodLabel {
  Array(text.utf8).withUnsafeBufferPointer { PeriodLabel(parsing: $0) }
}

@Suite("PeriodLabel")
struct PeriodLabelTests {
  @Test(
    "single-month labels parse to .month",
    arguments: [
      "2024-06", "2024-6", "2024/06", "2024/6", "2024.06", "2024M06", "2024m6", "202406", "2024年6月",
      "2024年06月", "2024年6月份", "2024-06-01", "2024-06-30", "2024/6/1", "2024.06.15", "Jun 2024",
      "June 2024", "jun 2024", "JUNE 2024", "2024-Jun", "Jun-2024", "Jun. 2024", "June, 2024",
    ]
  )
  func singleMonth(text: String) {
    #expect(PeriodLabel(parsing: text) == .month(period(2024, 6)))
  }

  @Test("dates anywhere in a month give that month; 1975-12-01 and 1975-12-31 are December 1975")
  func datesGiveTheirMonth() {
    #expect(PeriodLabel(parsing: "1975-12-01") == .month(period(1975, 12)))
    #expect(PeriodLabel(parsing: "1975-12-31") == .month(period(1975, 12)))
    #expect(PeriodLabel(parsing: "1975/12/1") == .month(period(1975, 12)))
    #expect(PeriodLabel(parsing: "2024-02-29") == .month(period(2024, 2)))
    #expect(PeriodLabel(parsing: "2000-02-29") == .month(period(2000, 2)))
  }

  @Test("every English month name and abbreviation, including Sept")
  func englishMonths() {
    let names = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December",
    ]
    for (index, name) in names.enumerated() {
      let expected = PeriodLabel.month(period(2023, index + 1))
      #expect(PeriodLabel(parsing: "\(name) 2023") == expected, "\(name)")
      #expect(PeriodLabel(parsing: "\(name.prefix(3)) 2023") == expected, "\(name.prefix(3))")
      #expect(PeriodLabel(parsing: "2023-\(name.prefix(3))") == expected, "2023-\(name.prefix(3))")
    }
    #expect(PeriodLabel(parsing: "Sept 2023") == .month(period(2023, 9)))
    #expect(PeriodLabel(parsing: "Ju 2023") == .invalid(.unrecognized))
    #expect(PeriodLabel(parsing: "Junee 2023") == .invalid(.unrecognized))
    #expect(PeriodLabel(parsing: "Jun2023") == .invalid(.unrecognized))
  }

  @Test(
    "year-to-date spans parse to .cumulative of the last month",
    arguments: [
      ("2024年1-6月", 6), ("2024年1-6月份", 6), ("2024年1—6月份", 6), ("2024年1－6月", 6), ("2024年1～6月", 6),
      ("2024年1~6月", 6), ("2024年1至6月", 6), ("2024年1–6月", 6), ("2024年1-2月", 2), ("2024年上半年", 6),
      ("2024年前三季度", 9), ("2024年全年", 12), ("2024年1-12月", 12), ("2024年1-3季度", 9),
    ]
  )
  func cumulative(text: String, month: Int) {
    #expect(PeriodLabel(parsing: text) == .cumulative(period(2024, month)))
  }

  @Test("2024年1月 is a single month, not a cumulative span")
  func januaryAloneIsMonth() {
    #expect(PeriodLabel(parsing: "2024年1月") == .month(period(2024, 1)))
  }

  @Test(
    "labels without a year parse to .monthWithoutYear",
    arguments: [
      ("6月", 6, false), ("6月份", 6, false), ("12月", 12, false), ("1-6月", 6, true), ("1-6月份", 6, true),
      ("上半年", 6, true), ("1-2月", 2, true), ("1—6月", 6, true), ("前三季度", 9, true), ("全年", 12, true),
    ]
  )
  func withoutYear(text: String, month: Int, cumulative: Bool) {
    #expect(PeriodLabel(parsing: text) == .monthWithoutYear(month: month, cumulative: cumulative))
  }

  @Test(
    "quarter labels parse to .quarter",
    arguments: [
      ("2024Q1", 1), ("2024q1", 1), ("2024年1季度", 1), ("2024年第一季度", 1), ("2024年一季度", 1),
      ("2024年第二季度", 2), ("2024年三季度", 3), ("2024年第4季度", 4), ("2024Q4", 4),
    ]
  )
  func quarter(text: String, quarter: Int) {
    #expect(PeriodLabel(parsing: text) == .quarter(year: 2024, quarter: quarter))
  }

  @Test("a year alone parses to .year")
  func year() {
    #expect(PeriodLabel(parsing: "2024") == .year(2024))
    #expect(PeriodLabel(parsing: "2024年") == .year(2024))
  }

  @Test(
    "months out of range are invalid with the month in the reason",
    arguments: [
      ("2024-13", 13), ("2024-00", 0), ("2024年0月", 0), ("2024年13月", 13), ("2024年1-13月", 13), ("202413", 13),
      ("2024M13", 13), ("13月", 13), ("1-13月", 13), ("2024-13-01", 13),
    ]
  )
  func monthOutOfRange(text: String, month: Int) {
    let label = PeriodLabel(parsing: text)
    #expect(label == .invalid(.monthOutOfRange(month)))
    #expect(label.failure?.description == "month \(month) is out of range 1-12")
  }

  @Test("a span that does not start in January is not year-to-date, and the reason says so")
  func spanNotFromJanuary() {
    let label = PeriodLabel(parsing: "2024年3-6月")
    #expect(label == .invalid(.spanNotFromJanuary(startMonth: 3, endMonth: 6)))
    #expect(
      label.failure?.description == "3-6月 is not a year-to-date span: it starts in month 3, not in January")
    #expect(PeriodLabel(parsing: "3-6月") == .invalid(.spanNotFromJanuary(startMonth: 3, endMonth: 6)))
    #expect(PeriodLabel(parsing: "2024年下半年") == .invalid(.spanNotFromJanuary(startMonth: 7, endMonth: 12)))
    #expect(PeriodLabel(parsing: "2024年2-3季度") == .invalid(.spanNotFromJanuary(startMonth: 4, endMonth: 9)))
  }

  @Test("days that do not exist in their month are invalid with the day in the reason")
  func dayOutOfRange() {
    let label = PeriodLabel(parsing: "2024-02-30")
    #expect(label == .invalid(.dayOutOfRange(day: 30, period: period(2024, 2))))
    #expect(label.failure?.description == "day 30 does not exist in 2024-02")
    #expect(PeriodLabel(parsing: "2023-02-29") == .invalid(.dayOutOfRange(day: 29, period: period(2023, 2))))
    #expect(PeriodLabel(parsing: "1900-02-29") == .invalid(.dayOutOfRange(day: 29, period: period(1900, 2))))
    #expect(PeriodLabel(parsing: "2024-04-31") == .invalid(.dayOutOfRange(day: 31, period: period(2024, 4))))
    #expect(PeriodLabel(parsing: "2024/6/0") == .invalid(.dayOutOfRange(day: 0, period: period(2024, 6))))
  }

  @Test("quarters out of range are invalid")
  func quarterOutOfRange() {
    let label = PeriodLabel(parsing: "2024Q5")
    #expect(label == .invalid(.quarterOutOfRange(5)))
    #expect(label.failure?.description == "quarter 5 is out of range 1-4")
    #expect(PeriodLabel(parsing: "2024年0季度") == .invalid(.quarterOutOfRange(0)))
  }

  @Test(
    "years below 1000 (TSDL's 0001 'unknown start') are invalid with that reason",
    arguments: ["0001-01-01", "0001-01", "0001", "0001年", "0001年1-6月", "000101", "0001Q1", "Jan 0001"]
  )
  func yearBelowThousand(text: String) {
    let label = PeriodLabel(parsing: text)
    #expect(label == .invalid(.yearNotCalendar(1)))
    #expect(label.failure?.description == "year 1 is not a calendar year (unknown start?)")
  }

  @Test(
    "unrecognized text is invalid with a generic reason",
    arguments: [
      "", "   ", "abc", "24年6月", "2024-06-01T00:00", "2024--06", "2024-06/01", "2024年6", "2024年6月x",
      "20240601", "2024 06", "6", "2024年1-6", "2024年第五季度", "下个月", "2024年1-6月份份", "2024-006",
      "12345-06", "2024年中", "2024M", "2024Q", "2024Q12", "Jun", "Jun 24",
    ]
  )
  func unrecognized(text: String) {
    let label = PeriodLabel(parsing: text)
    #expect(label == .invalid(.unrecognized))
    #expect(label.failure?.description == "unrecognized period label")
  }

  @Test("leading and trailing ASCII, no-break and ideographic spaces are ignored")
  func whitespace() {
    let june = PeriodLabel.month(period(2024, 6))
    #expect(PeriodLabel(parsing: "  2024-06  ") == june)
    #expect(PeriodLabel(parsing: "\t2024-06\r\n") == june)
    #expect(PeriodLabel(parsing: "\u{3000}2024年6月\u{3000}") == june)
    #expect(PeriodLabel(parsing: "\u{3000} 2024年1-6月 \u{3000}") == .cumulative(period(2024, 6)))
    #expect(PeriodLabel(parsing: "\u{00A0}202406\u{00A0}") == june)
    #expect(PeriodLabel(parsing: "  Jun 2024 ") == june)
    #expect(PeriodLabel(parsing: "2024 年6月") == .invalid(.unrecognized))
  }

  @Test("full-width digits and separators are accepted")
  func fullWidth() {
    let june = PeriodLabel.month(period(2024, 6))
    #expect(PeriodLabel(parsing: "２０２４年６月") == june)
    #expect(PeriodLabel(parsing: "２０２４－０６") == june)
    #expect(PeriodLabel(parsing: "２０２４／６／１") == june)
    #expect(PeriodLabel(parsing: "２０２４０６") == june)
    #expect(PeriodLabel(parsing: "２０２４年１－６月") == .cumulative(period(2024, 6)))
    #expect(PeriodLabel(parsing: "１－６月份") == .monthWithoutYear(month: 6, cumulative: true))
    #expect(PeriodLabel(parsing: "２０２４年第１季度") == .quarter(year: 2024, quarter: 1))
  }

  @Test("malformed UTF-8 is unrecognized, not a crash")
  func malformedUTF8() {
    let inputs: [[UInt8]] = [
      [0xE5, 0xB9], [0x32, 0x30, 0x32, 0x34, 0xE5], [0xFF, 0xFE], [0xE3, 0x80], [0xC2],
    ]
    for bytes in inputs {
      #expect(bytes.withUnsafeBufferPointer { PeriodLabel(parsing: $0) } == .invalid(.unrecognized))
    }
  }

  @Test("byte and String entry points agree on every form")
  func bytesAndStringAgree() {
    let samples = [
      "2024-06", "2024-6", "2024/06", "2024.06", "2024M06", "202406", "2024年6月份", "1975-12-31", "Jun 2024",
      "2024-Jun", "2024年1—6月份", "2024年上半年", "2024年前三季度", "2024年全年", "6月份", "1-6月", "上半年",
      "2024Q1", "2024年第一季度", "2024", "2024年", "2024-13", "2024年3-6月", "2024-02-30", "0001-01-01", "abc",
      "\u{3000}２０２４年６月 ", "",
    ]
    for text in samples {
      #expect(parseBytes(text) == PeriodLabel(parsing: text), "\(text)")
    }
  }

  @Test("the byte parser reads only the given slice of a larger buffer")
  func slice() {
    let row = Array("x,2024-06,y".utf8)
    let label = row.withUnsafeBufferPointer { buffer in
      PeriodLabel(parsing: UnsafeBufferPointer(rebasing: buffer[2..<9]))
    }
    #expect(label == .month(period(2024, 6)))
  }

  @Test("YYYY-MM, YYYY年M月 and YYYYMM round-trip to the same Period for every month 1990-2030")
  func roundTrip() {
    for year in 1990...2030 {
      for month in 1...12 {
        let expected = Period(year: year, month: month)
        let padded = month < 10 ? "0\(month)" : "\(month)"
        let forms = ["\(year)-\(padded)", "\(year)年\(month)月", "\(year)\(padded)"]
        for text in forms {
          #expect(Period(parsing: text) == expected, "\(text)")
          #expect(parseBytes(text).singleMonth == expected, "\(text)")
        }
        #expect(expected.flatMap { Period(parsing: $0.description) } == expected)
      }
    }
  }

  @Test("Period(parsing:) is nil for labels that are not single months")
  func periodParsingRejectsOtherKinds() {
    #expect(Period(parsing: "2024年1-6月") == nil)
    #expect(Period(parsing: "2024Q1") == nil)
    #expect(Period(parsing: "2024") == nil)
    #expect(Period(parsing: "6月") == nil)
    #expect(Period(parsing: "2024-13") == nil)
  }
}
