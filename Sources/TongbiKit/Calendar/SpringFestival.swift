import Foundation

/// The Spring Festival (春节, lunar new year, 正月初一) and its holiday window, from Foundation's
/// Chinese calendar (`Calendar(identifier: .chinese)`, available on Linux too).
///
/// The festival falls between January 21 and February 20. Dates for 1900...2100 are computed once,
/// on first use, into an immutable table (a `static let`, initialized thread-safely by the runtime);
/// other years are computed on demand without any shared mutable state.
package enum SpringFestival {
  /// Years held in the precomputed table.
  package static let tableYears: ClosedRange<Int> = 1900...2100

  /// The Gregorian month (1 or 2) and day of the Spring Festival in `year`; `nil` when the Chinese
  /// calendar yields no lunar new year between January 20 and February 21 of that year (years
  /// outside the calendar's range).
  package static func date(year: Int) -> (month: Int, day: Int)? {
    if tableYears.contains(year) {
      let dayOfYear = Int(table[year - tableYears.lowerBound])
      return dayOfYear == 0 ? nil : monthAndDay(dayOfYear: dayOfYear)
    }
    return computeDayOfYear(year: year).map(monthAndDay(dayOfYear:))
  }

  /// The Spring Festival of `year` and how its seven-day holiday window splits between January and
  /// February; `nil` when ``date(year:)`` is `nil`.
  package static func holiday(year: Int) -> SpringFestivalHoliday? {
    guard let date = date(year: year) else { return nil }
    return SpringFestivalHoliday(year: year, festivalMonth: date.month, festivalDay: date.day)
  }

  /// Day of the year (January 1 = 1) of the festival for each year of ``tableYears``, 0 when unknown.
  private static let table: [UInt8] = tableYears.map { year in
    UInt8(computeDayOfYear(year: year) ?? 0)
  }

  /// Converts a day of the year in January or February to (month, day).
  private static func monthAndDay(dayOfYear: Int) -> (month: Int, day: Int) {
    dayOfYear <= 31 ? (1, dayOfYear) : (2, dayOfYear - 31)
  }

  /// Searches January 20 to February 21 of `year` for the day that is lunar 1/1 (not in a leap
  /// month); returns its day of the year.
  ///
  /// Both calendars use UTC and the search looks at noon, so each Gregorian day maps to exactly one
  /// Chinese-calendar day (Foundation's Chinese calendar fixes new moons in China's time zone).
  private static func computeDayOfYear(year: Int) -> Int? {
    guard let utc = TimeZone(identifier: "UTC") else { return nil }
    var gregorian = Calendar(identifier: .gregorian)
    gregorian.timeZone = utc
    var chinese = Calendar(identifier: .chinese)
    chinese.timeZone = utc
    for dayOfYear in 20...52 {
      let components = DateComponents(year: year, month: 1, day: dayOfYear, hour: 12)
      guard let noon = gregorian.date(from: components) else { return nil }
      let lunar = chinese.dateComponents([.month, .day, .isLeapMonth], from: noon)
      if lunar.month == 1, lunar.day == 1, lunar.isLeapMonth != true { return dayOfYear }
    }
    return nil
  }
}

/// The Spring Festival of one year and its holiday window.
///
/// The window is defined here as the seven days from the festival's eve (除夕, the last day of the
/// twelfth lunar month, lunar 12/30 or 12/29 when that month has 29 days, that is the day before
/// the festival) through lunar 1/6 (the festival + 5 days). This is the conventional 7-day 春节假期
/// used as a regressor; it is a model of the holiday, not the State Council's schedule of any
/// particular year (which shifts some days, began on 1/1 in 2014-2015, and has eight days since 2025).
package struct SpringFestivalHoliday: Hashable, Sendable {
  /// Gregorian year.
  package let year: Int
  /// Gregorian month of the festival (lunar 1/1): 1 or 2.
  package let festivalMonth: Int
  /// Gregorian day of month of the festival.
  package let festivalDay: Int

  /// Number of days in the holiday window.
  package static let windowDays = 7

  /// Creates the holiday of a festival on `festivalMonth`/`festivalDay` of `year`.
  package init(year: Int, festivalMonth: Int, festivalDay: Int) {
    self.year = year
    self.festivalMonth = festivalMonth
    self.festivalDay = festivalDay
  }

  /// The month in which the festival falls.
  package var festivalPeriod: Period {
    Period(ordinal: year * 12 + festivalMonth - 1)
  }

  /// Days of the window (eve through lunar 1/6) that fall in January.
  package var daysInJanuary: Int {
    // Window: festival − 1 ... festival + 5, counted in days of the year.
    let first = (festivalMonth == 1 ? festivalDay : festivalDay + 31) - 1
    let last = first + Self.windowDays - 1
    return max(0, min(last, 31) - first + 1)
  }

  /// Days of the window that fall in February (the window never reaches March).
  package var daysInFebruary: Int { Self.windowDays - daysInJanuary }
}
