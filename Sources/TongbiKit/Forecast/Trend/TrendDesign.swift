/// The regressors of the seasonal trend regression, one row per panel month:
///
///     x(r) = (1, t, D₂(r), …, D₁₂(r), S(r)),   t = r + 1,
///
/// where D_k(r) = 1 when month r falls in calendar month k (January is the base), and the optional
/// Spring Festival regressor S(r) is the share of the seven-day holiday window (除夕 to 正月初六, see
/// `SpringFestivalHoliday`) that falls in that month: d/7 in January, (7 − d)/7 in February, 0 otherwise,
/// with d the window's days in January of that year.
package struct TrendDesign: Sendable {
  /// Month of row 0.
  package let firstPeriod: Period
  /// Whether the Spring Festival regressor is included.
  package let springFestival: Bool

  /// Index of the intercept column.
  package static let interceptColumn = 0
  /// Index of the trend column.
  package static let trendColumn = 1
  /// Index of the Spring Festival column (present only when `springFestival` is true).
  package static let springFestivalColumn = 13

  /// Creates the design of a panel starting at `firstPeriod`.
  package init(firstPeriod: Period, springFestival: Bool) {
    self.firstPeriod = firstPeriod
    self.springFestival = springFestival
  }

  /// Number of columns of the full design: 13, or 14 with the Spring Festival regressor.
  package var columnCount: Int { springFestival ? 14 : 13 }

  /// Names of the columns: `intercept`, `trend`, `month02` … `month12`, `spring_festival`.
  package var columnNames: [String] {
    var names = ["intercept", "trend"]
    for month in 2...12 { names.append(month < 10 ? "month0\(month)" : "month\(month)") }
    if springFestival { names.append("spring_festival") }
    return names
  }

  /// Column of the dummy of calendar month `month` (2…12); `nil` for January, the base.
  package static func dummyColumn(month: Int) -> Int? { month >= 2 ? month : nil }

  /// Value of column `column` at row `row` (formula in the type's documentation).
  package func value(row: Int, column: Int) -> Double {
    let period = firstPeriod + row
    switch column {
    case Self.interceptColumn: return 1
    case Self.trendColumn: return Double(row + 1)
    case Self.springFestivalColumn: return springFestivalShare(period)
    default: return period.month == column ? 1 : 0
    }
  }

  /// Share of the Spring Festival holiday window in `period` (0 outside January and February, and
  /// when the festival date is unknown).
  func springFestivalShare(_ period: Period) -> Double {
    guard period.month <= 2, let holiday = SpringFestival.holiday(year: period.year) else { return 0 }
    let days = period.month == 1 ? holiday.daysInJanuary : holiday.daysInFebruary
    return Double(days) / Double(SpringFestivalHoliday.windowDays)
  }
}
