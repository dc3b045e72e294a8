import TongbiKit

/// Monthly seasonal factors of the synthetic series: a fixed profile (a slow start of the year, a
/// strong June and a year-end rush) with a Spring Festival dip shared between January and February
/// by how many days of the holiday fall in each, so the festival's month is hit harder.
enum Seasonality {
  /// Factors for January…December before the festival dip.
  static let profile: [Double] = [0.96, 0.96, 1.00, 0.98, 1.00, 1.08, 0.96, 0.97, 1.02, 0.99, 1.04, 1.24]

  /// Fraction of a month's activity the whole seven-day holiday removes.
  static let holidayDip = 0.30

  /// The factor of `month` (1...12) in `year`.
  static func factor(year: Int, month: Int) -> Double {
    let base = profile[month - 1]
    guard month <= 2 else { return base }
    let holiday = SpringFestival.holiday(year: year)
    // Outside the calendar's range, put the whole holiday in February (the later of the two months).
    let daysInJanuary = holiday?.daysInJanuary ?? 0
    let days = month == 1 ? daysInJanuary : SpringFestivalHoliday.windowDays - daysInJanuary
    return base * (1 - holidayDip * Double(days) / Double(SpringFestivalHoliday.windowDays))
  }

  /// Factors for `count` consecutive months from `first`.
  static func factors(from first: Period, count: Int) -> [Double] {
    (0..<count).map { offset in
      let period = first + offset
      return factor(year: period.year, month: period.month)
    }
  }
}
