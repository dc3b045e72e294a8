/// What a column of a long-layout table holds, recognised from its header (Chinese or English) or
/// assigned by the user (`--column HEADER=ROLE`).
public enum ColumnRole: String, Sendable, CaseIterable {
  /// Region name (地区, 区域, 单位名称).
  case region
  /// Enclosing region (上级地区).
  case parent
  /// Indicator name (指标, 指标名称).
  case indicator
  /// Series identifier of the plain `series_id, date, value` form (becomes the indicator).
  case series
  /// Period label (时间, 月份, 期别, date).
  case period
  /// Year, when the period column holds labels without a year (1-6月).
  case year
  /// Unit of the value (计量单位, 单位).
  case unit
  /// Whether the value is monthly or cumulative (当月/累计).
  case kind
  /// The value, its form given by a kind column or the period label (数值, value).
  case value
  /// A monthly value (本月, 当月).
  case monthly
  /// A year-to-date cumulative value (累计, 本月止累计).
  case cumulative
  /// A published growth rate in percent (同比增长(%), 累计增长(%)), kept as an indicator of its own.
  case growthRate = "growth-rate"
  /// Last year's value at the same period (上年同期, 去年同期): the comparable base of the value,
  /// kept as an indicator of its own (`税收收入上年同期`) that pairs with it.
  case base
  /// Last year's value of the same month (上年同月, 去年同月): the comparable base of the month's value.
  case monthlyBase = "monthly-base"
  /// A column to leave out.
  case ignore

  /// Header texts (normalised: lower case, no spaces, no unit in parentheses) and their roles.
  static let headerRoles: [String: ColumnRole] = {
    var roles: [String: ColumnRole] = [:]
    let table: [(ColumnRole, [String])] = [
      (
        .region,
        [
          "地区", "区域", "单位名称", "地区名称", "区域名称", "行政区划", "行政区", "镇街", "乡镇", "镇", "村", "region", "area",
          "region_name", "regionname",
        ]
      ),
      (.parent, ["上级地区", "上级", "所属地区", "所属区域", "上级区域", "parent", "parent_region", "parentregion"]),
      (
        .indicator,
        ["指标", "指标名称", "项目", "统计指标", "indicator", "indicator_name", "indicatorname", "item", "variable"]
      ),
      (.series, ["series_id", "seriesid", "series", "id", "unique_id"]),
      (.period, ["时间", "月份", "期别", "统计期", "报告期", "日期", "期间", "时期", "period", "date", "month", "time", "ds"]),
      (.year, ["年份", "年度", "年", "year"]),
      (.unit, ["计量单位", "单位", "unit", "units"]),
      (.kind, ["类型", "口径", "数据类型", "数值类型", "kind", "form", "type"]),
      (.value, ["数值", "值", "数据", "value", "y", "obs", "observation"]),
      (.monthly, ["本月", "当月", "本月数", "当月数", "当月值", "本月值", "当期", "monthly"]),
      (
        .cumulative,
        [
          "累计", "本月止累计", "累计数", "累计值", "1-本月累计", "1-本月", "1至本月", "1—本月", "本年累计", "本年累计数",
          "cumulative", "ytd", "year_to_date",
        ]
      ),
      (.base, ["上年同期", "去年同期", "上年同期累计", "去年同期累计", "上年同期数", "上年累计", "去年累计", "上年同期值"]),
      (.monthlyBase, ["上年同月", "去年同月", "上年同月数", "去年同月数", "上年本月", "去年本月"]),
      (
        .growthRate,
        ["同比增长", "同比增速", "同比", "增速", "增长", "比上年同期增长", "累计增长", "累计同比", "yoy", "yoy_pct", "growth"]
      ),
    ]
    for (role, names) in table {
      for name in names { roles[name] = role }
    }
    return roles
  }()

  /// The role a header names, if recognised: `同比增长(%)`, `增长%` and `累计(万元)` are read without
  /// the unit.
  static func recognise(header: String) -> ColumnRole? {
    var name = HeaderText.normalise(HeaderText.splitUnit(header).name)
    while name.count > 1, let last = name.last, last == "%" || last == "％" { name.removeLast() }
    return headerRoles[name]
  }
}

/// Helpers for header cell text: units in parentheses and normalisation for matching.
enum HeaderText {
  /// Splits `社会消费品零售总额(亿元)` into the name and the unit text in trailing parentheses (ASCII
  /// or full-width); returns the whole text and `nil` when there are none.
  static func splitUnit(_ header: String) -> (name: String, unit: String?) {
    let text = header.trimmingSpaces()
    guard let last = text.last, last == ")" || last == "）" else { return (text, nil) }
    guard let open = text.lastIndex(where: { $0 == "(" || $0 == "（" }) else { return (text, nil) }
    let unit = String(text[text.index(after: open)..<text.index(before: text.endIndex)]).trimmingSpaces()
    let name = String(text[..<open]).trimmingSpaces()
    return name.isEmpty ? (text, nil) : (name, unit)
  }

  /// Lower case without spaces, for matching header names.
  static func normalise(_ text: String) -> String {
    String(text.lowercased().filter { $0 != " " && $0 != "\u{3000}" && $0 != "\t" })
  }
}
