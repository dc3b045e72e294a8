/// A value column of a one-period report form (快报, 月报): what it measures, of which form, and the
/// period its header names, read from its header text and the header above it in a two-level header
/// (a merged 1-6月 above 本年累计 / 上年同期 / 增长(%)).
struct ReportFormColumn {
  /// What the column's cells are.
  enum Measure: Equatable {
    /// This year's value (本月, 1-本月, 本年累计, 本期, 1-6月).
    case current
    /// Last year's value at the same period (上年同期, 去年同月): the comparable base.
    case base
    /// The published growth on last year in percent (增长(%), 比上年同期增长%).
    case rate
  }

  /// The suffix of a comparable base's indicator name (税收收入上年同期), which pairs it with its level.
  static let baseSuffix = "上年同期"
  /// The suffix of a published rate's indicator name (税收收入同比增长).
  static let rateSuffix = "同比增长"

  /// The column's index in the header.
  var index: Int
  var measure: Measure
  /// The form, `nil` when the header leaves it open (上年同期, 增长(%)): then the form of the table's
  /// current values, cumulative when it has any (`ReportFormHeader`).
  var form: ValueForm?
  /// The period its header names (1-6月 → month 6 of no year, 2024年1-6月 → June 2024).
  var month: Int?
  var year: Int?
  /// The unit its header names (金额（万元）).
  var unit: String?

  /// Reads a column from its header `text` and the header above it (`upper`, empty when the header
  /// has one row); `nil` for a column that holds no value of the form (备注, 排名, 指标名称).
  init?(index: Int, upper: String, text: String) {
    self.index = index
    var measure: Measure?
    var form: ValueForm?
    for part in [upper, text] where !part.isEmpty {
      let (name, unitText) = HeaderText.splitUnit(part)
      if let unitText, !unitText.isEmpty, unitText != "%" { unit = unitText }
      var normalised = HeaderText.normalise(name)
      while let last = normalised.last, last == "%" || last == "％" { normalised.removeLast() }
      switch PeriodLabel(parsing: normalised) {
      case .month(let period):
        (year, month, measure, form) = (period.year, period.month, measure ?? .current, .monthly)
        continue
      case .cumulative(let period):
        (year, month, measure, form) = (period.year, period.month, measure ?? .current, .cumulative)
        continue
      case .monthWithoutYear(let named, let cumulative):
        (month, measure, form) = (named, measure ?? .current, cumulative ? .cumulative : .monthly)
        continue
      default: break
      }
      guard let (partMeasure, partForm) = Self.classify(normalised) else {
        if part == text { return nil }
        continue
      }
      measure = partMeasure
      form = partForm ?? form
    }
    guard let measure else { return nil }
    self.measure = measure
    self.form = form
  }

  /// The measure and form a header word names (`nil` form: open): 累计, 1-, 1至 and 本年 say
  /// year-to-date, 本月, 当月 and 同月 the month.
  private static func classify(_ text: String) -> (Measure, ValueForm?)? {
    let form: ValueForm? =
      ["累计", "1-", "1至", "本年"].contains(where: text.contains)
      ? .cumulative : ["本月", "当月", "同月"].contains(where: text.contains) ? .monthly : nil
    if ["增长", "增速", "增幅", "增减", "同比", "比上年"].contains(where: text.contains) { return (.rate, form) }
    if ["率", "进度", "目标", "计划", "排名", "位次", "占", "比重", "备注", "说明"].contains(where: text.contains) {
      return nil
    }
    if ["上年", "去年"].contains(where: text.contains) { return (.base, form) }
    if ["本月", "当月", "本期", "本年", "累计", "实际", "完成", "数值"].contains(where: text.contains) {
      return (.current, form)
    }
    return nil
  }
}
