/// Period words of report text: 1-6月份, 1-2月, 上半年 (when asked), 全年; English January–June.
package enum PeriodWording {
  static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
  ]

  /// The words that open a paragraph about `period`.
  ///
  /// Chinese: 1-m月份 for a cumulative period, 1-2月 for the combined first period, 1月份 for
  /// January, 全年 for 1-12月, 上半年 for 1-6月 when `halfYear` is set, m月份 for a single month.
  /// English: January–June, January–February, January, Full year, First half, June.
  package static func words(_ period: ReportPeriod, language: ReportLanguage, halfYear: Bool = false)
    -> String
  {
    let month = period.period.month
    switch language {
    case .zh:
      guard period.isCumulative else { return "\(month)月份" }
      if period.isFullYear { return "全年" }
      if period.isCombinedJanuaryFebruary { return "1-2月" }
      if halfYear && month == 6 { return "上半年" }
      return month == 1 ? "1月份" : "1-\(month)月份"
    case .en:
      let name = monthNames[month - 1]
      guard period.isCumulative else { return name }
      if period.isFullYear { return "Full year" }
      if halfYear && month == 6 { return "First half" }
      return month == 1 ? name : "January–\(name)"
    }
  }

  /// The words that date a stock (余额, 期末数), measured at the end of the month of `period`:
  /// 6月末, 年末 for December / End of June, End of year.
  package static func endOfMonth(_ period: ReportPeriod, language: ReportLanguage) -> String {
    let month = period.period.month
    switch language {
    case .zh: return month == 12 ? "年末" : "\(month)月末"
    case .en: return month == 12 ? "End of year" : "End of \(monthNames[month - 1])"
    }
  }

  /// A label with the year, for titles and table headers: 2024年1-6月 / January–June 2024.
  package static func label(_ period: ReportPeriod, language: ReportLanguage) -> String {
    let year = period.period.year
    let month = period.period.month
    switch language {
    case .zh:
      guard period.isCumulative else { return "\(year)年\(month)月" }
      return month == 1 ? "\(year)年1月" : "\(year)年1-\(month)月"
    case .en:
      let name = monthNames[month - 1]
      guard period.isCumulative else { return "\(name) \(year)" }
      return month == 1 ? "January \(year)" : "January–\(name) \(year)"
    }
  }

  /// A short label inside one year, for chart axes: 1-2月, 3月 … / Jan–Feb, Mar ….
  package static func axisLabel(_ period: ReportPeriod, language: ReportLanguage) -> String {
    let month = period.period.month
    switch language {
    case .zh: return period.isCombinedJanuaryFebruary ? "1-2月" : "\(month)月"
    case .en:
      let short = String(monthNames[month - 1].prefix(3))
      return period.isCombinedJanuaryFebruary ? "Jan–Feb" : short
    }
  }

  /// How the previous published period is referred to when rates are compared: 1-5月 (no 份) / 上年全年
  /// / 上月 for the month before a monthly figure (Chinese, after 比 or 与); January–May / last year as a
  /// whole / the previous month (English, after "from").
  package static func reference(to previous: ReportPeriod, current: ReportPeriod, language: ReportLanguage)
    -> String
  {
    let crossesYear = previous.period.year != current.period.year
    if !previous.isCumulative && !crossesYear && previous.period + 1 == current.period {
      return language == .zh ? "上月" : "the previous month"
    }
    switch language {
    case .zh:
      if crossesYear && previous.isFullYear { return "上年全年" }
      let month = previous.period.month
      let span = !previous.isCumulative || month == 1 ? "\(month)月" : "1-\(month)月"
      return crossesYear ? "上年" + span : span
    case .en:
      if crossesYear && previous.isFullYear { return "last year as a whole" }
      return crossesYear ? label(previous, language: .en) : words(previous, language: .en)
    }
  }

  /// `YYYY年1-m月` for a cumulative period (and `YYYY年1月` for January alone), as growth tables label
  /// their rows.
  package static func label(_ period: Period, combined: Bool) -> String {
    period.month == 1 && !combined ? "\(period.year)年1月" : "\(period.year)年1-\(period.month)月"
  }

  /// `YYYY年m月` for a single month, `YYYY年1-2月` for the combined first period.
  package static func month(_ period: Period, combined: Bool) -> String {
    combined ? "\(period.year)年1-2月" : "\(period.year)年\(period.month)月"
  }
}
