/// Excel's serial dates: days since an epoch, in the 1900 system (with its 29 February 1900, which
/// never was) or the 1904 system.
enum ExcelDate {
  /// The date of serial `serial` (its whole days) as `YYYY-MM-DD`; `nil` outside 1900–9999 or for the
  /// fictitious 1900-02-29 (serial 60 in the 1900 system).
  static func text(serial: Double, uses1904: Bool) -> String? {
    guard serial.isFinite, serial >= (uses1904 ? 0 : 1), serial < 2_958_466 else { return nil }
    var days = Int(serial.rounded(.down))
    if uses1904 {
      days += 1462
    } else {
      if days == 60 { return nil }
      // Serials before the fictitious day count from 1899-12-31; after it, one day is skipped.
      if days < 60 { days += 1 }
    }
    // Days since 1899-12-30 to a civil date (proleptic Gregorian).
    let (year, month, day) = civil(daysSince1970: days - 25569)
    return "\(year)-\(pad(month))-\(pad(day))"
  }

  private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

  /// The civil date `days` after 1970-01-01 (Howard Hinnant's algorithm).
  static func civil(daysSince1970 days: Int) -> (year: Int, month: Int, day: Int) {
    let shifted = days + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}
