import Testing

@testable import TongbiKit

@Suite("SpringFestival")
struct SpringFestivalTests {
  /// Known dates of lunar 1/1 (year, month, day).
  static let knownDates: [(Int, Int, Int)] = [
    (1990, 1, 27), (2000, 2, 5), (2010, 2, 14), (2020, 1, 25), (2021, 2, 12), (2022, 2, 1), (2023, 1, 22),
    (2024, 2, 10), (2025, 1, 29), (2026, 2, 17),
  ]

  @Test("festival dates match the known table", arguments: knownDates)
  func knownDate(year: Int, month: Int, day: Int) {
    let date = SpringFestival.date(year: year)
    #expect(date?.month == month)
    #expect(date?.day == day)
  }

  @Test("every year of the table has a festival between January 21 and February 20")
  func tableRange() {
    for year in SpringFestival.tableYears {
      let date = SpringFestival.date(year: year)
      let dayOfYear = date.map { $0.month == 1 ? $0.day : 31 + $0.day }
      #expect(dayOfYear.map { (21...51).contains($0) } == true, "\(year)")
    }
  }

  @Test("years outside the table are computed on demand")
  func outsideTable() {
    let date = SpringFestival.date(year: 2101)
    #expect(date.map { $0.month == 1 || $0.month == 2 } == true)
  }

  @Test("the festival period is the Gregorian month of lunar 1/1")
  func festivalPeriod() {
    #expect(SpringFestival.holiday(year: 2024)?.festivalPeriod == Period(year: 2024, month: 2))
    #expect(SpringFestival.holiday(year: 2025)?.festivalPeriod == Period(year: 2025, month: 1))
  }

  @Test(
    "the 7-day window (eve to lunar 1/6) splits between January and February",
    arguments: [
      (2020, 7, 0),  // 1/24-1/30
      (2023, 7, 0),  // 1/21-1/27
      (2025, 4, 3),  // 1/28-2/3
      (2022, 1, 6),  // 1/31-2/6
      (2024, 0, 7),  // 2/9-2/15
      (2026, 0, 7),  // 2/16-2/22
    ]
  )
  func window(year: Int, january: Int, february: Int) {
    let holiday = SpringFestival.holiday(year: year)
    #expect(holiday?.daysInJanuary == january)
    #expect(holiday?.daysInFebruary == february)
  }

  @Test("window arithmetic at the month boundary")
  func windowBoundaries() {
    #expect(SpringFestivalHoliday(year: 2000, festivalMonth: 1, festivalDay: 26).daysInJanuary == 7)
    #expect(SpringFestivalHoliday(year: 2000, festivalMonth: 1, festivalDay: 27).daysInJanuary == 6)
    #expect(SpringFestivalHoliday(year: 2000, festivalMonth: 2, festivalDay: 1).daysInJanuary == 1)
    #expect(SpringFestivalHoliday(year: 2000, festivalMonth: 2, festivalDay: 2).daysInJanuary == 0)
  }

  @Test("concurrent first use sees one consistent table")
  func concurrentAccess() async {
    let results = await withTaskGroup(of: Int?.self) { group in
      for _ in 0..<16 { group.addTask { SpringFestival.date(year: 2024)?.day } }
      var days: [Int?] = []
      for await day in group { days.append(day) }
      return days
    }
    #expect(results.allSatisfy { $0 == 10 })
  }
}
