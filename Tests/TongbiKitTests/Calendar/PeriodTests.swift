import Testing

@testable import TongbiKit

@Suite("Period")
struct PeriodTests {
  @Test("month arithmetic crosses year boundaries")
  func arithmetic() throws {
    let january = try #require(Period(year: 2024, month: 1))
    #expect((january - 1).description == "2023-12")
    #expect((january + 13).description == "2025-02")
    #expect(try #require(Period(year: 2024, month: 6)) - january == 5)
    #expect(january.previousYear.year == 2023 && january.previousYear.month == 1)
  }

  @Test("month 0 and 13 are not periods")
  func outOfRange() {
    #expect(Period(year: 2024, month: 0) == nil)
    #expect(Period(year: 2024, month: 13) == nil)
  }

  @Test("day counts follow the Gregorian leap-year rule")
  func dayCount() {
    let cases: [(Int, Int, Int)] = [
      (2024, 2, 29), (2023, 2, 28), (2000, 2, 29), (1900, 2, 28), (2024, 1, 31), (2024, 4, 30),
      (2024, 12, 31),
    ]
    for (year, month, days) in cases {
      #expect(Period(year: year, month: month)?.dayCount == days, "\(year)-\(month)")
    }
  }
}
