/// A calendar month of a statistical series: a (year, month) pair, never a timestamp.
///
/// Periods are ordered and support arithmetic in months: `Period(year: 2024, month: 1) - 1`
/// is December 2023. The stored form is the month count `year × 12 + (month − 1)`, so the
/// difference of two periods is the number of months between them.
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Months since January of year 0: `year × 12 + month − 1`.
  public let ordinal: Int

  /// Creates the period of `month` (1...12) in `year`; `nil` when the month is out of range.
  public init?(year: Int, month: Int) {
    guard (1...12).contains(month), (0...9999).contains(year) else { return nil }
    ordinal = year * 12 + month - 1
  }

  /// Creates the period with the given month ordinal (`year × 12 + month − 1`).
  public init(ordinal: Int) {
    self.ordinal = ordinal
  }

  /// Calendar year.
  public var year: Int { ordinal.floorDivided(by: 12) }

  /// Month of the year, 1...12.
  public var month: Int { ordinal - year * 12 + 1 }

  /// Number of days in the month (Gregorian calendar, leap years included).
  public var dayCount: Int {
    switch month {
    case 2:
      let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
      return leap ? 29 : 28
    case 4, 6, 9, 11:
      return 30
    default:
      return 31
    }
  }

  /// The calendar month after `month` (1...12), December → January: for loops over consecutive
  /// months that count the month instead of dividing it out of each ordinal.
  @inline(__always)
  public static func month(after month: Int) -> Int { month == 12 ? 1 : month + 1 }

  /// The same month one year earlier.
  public var previousYear: Period { Period(ordinal: ordinal - 12) }

  /// ISO-like label `YYYY-MM`.
  public var description: String {
    let monthText = month < 10 ? "0\(month)" : "\(month)"
    return "\(year)-\(monthText)"
  }

  /// Orders periods chronologically.
  public static func < (lhs: Period, rhs: Period) -> Bool { lhs.ordinal < rhs.ordinal }

  /// The period `months` months later (earlier when negative).
  public static func + (lhs: Period, months: Int) -> Period { Period(ordinal: lhs.ordinal + months) }

  /// The period `months` months earlier.
  public static func - (lhs: Period, months: Int) -> Period { Period(ordinal: lhs.ordinal - months) }

  /// Number of months from `rhs` to `lhs`.
  public static func - (lhs: Period, rhs: Period) -> Int { lhs.ordinal - rhs.ordinal }
}

extension Int {
  /// Integer division rounding toward negative infinity.
  func floorDivided(by divisor: Int) -> Int {
    let quotient = self / divisor
    return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
  }
}
