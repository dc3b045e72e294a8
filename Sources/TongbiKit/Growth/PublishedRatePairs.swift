/// Which published growth rate is the growth of which level (DESIGN.md, published rates): a table
/// that publishes a level with its rate (营业收入 beside 营业收入同比增长, 社会消费品零售总额 beside its
/// 同比增长(%)) gives the official growth, computed on a comparable basis (上年同期可比数), which the
/// ratio of the published levels can miss by several points. Paired, the rate is the level's growth
/// everywhere growth is shown.
///
/// A rate pairs with a level by the indicator file's `rate_of` (the level's code or name), else by name:
/// the rate's name without a trailing (%) and a growth ending (同比增长, 同比增速, 累计增长,
/// 比上年同期增长, 增长, 增速, …) and a separator before it (`_`, `：`, `-`) is the level's name or code.
/// Only rates pair, only with flows, stocks and averages, and each level with one rate (the first).
public struct PublishedRatePairs: Sendable, Equatable {
  /// A level's published rate: the rate indicator and whether it is the 累计 (year-to-date) rate.
  public struct Rate: Sendable, Equatable {
    /// The rate indicator's code.
    public var code: String
    /// Whether the rate is year-to-date (累计增长), else the month's (当月同比).
    public var isCumulative: Bool
  }

  /// Growth endings of a rate's name, longest first.
  static let growthEndings = [
    "比上年同期增长", "累计同比增长", "同比增长率", "累计同比增速", "同比增长", "同比增速", "累计增长", "累计增速", "增长率",
    "增长", "增速",
  ]

  /// The published rate of each level, by the level's code.
  public private(set) var rates: [String: Rate] = [:]
  /// The level of each paired rate, by the rate's code.
  public private(set) var levels: [String: String] = [:]

  /// Pairs the indicators of `panel`; a rate's form is the form its values are stored in (累计 when the
  /// panel holds it cumulative).
  public init(panel: Panel) {
    var byName: [String: String] = [:]
    for code in panel.indicatorOrder {
      guard let indicator = panel.indicators[code], [.flow, .stock, .average].contains(indicator.kind) else {
        continue
      }
      byName[code] = byName[code] ?? code
      byName[indicator.nameZh] = byName[indicator.nameZh] ?? code
    }
    let cumulativeRates = Set(panel.keys.filter { $0.form == .cumulative }.map(\.indicator))
    for code in panel.indicatorOrder {
      guard let rate = panel.indicators[code], rate.kind == .rate,
        let level = (rate.rateOf ?? Self.subject(ofRateNamed: rate.nameZh)).flatMap({ byName[$0] }),
        rates[level] == nil
      else { continue }
      rates[level] = Rate(code: code, isCumulative: cumulativeRates.contains(code))
      levels[code] = level
    }
  }

  /// The name a rate called `name` is the growth of, `nil` when the name has no growth ending.
  static func subject(ofRateNamed name: String) -> String? {
    var stem = name
    for mark in ["(%)", "（%）", "%"] where stem.hasSuffix(mark) { stem = String(stem.dropLast(mark.count)) }
    guard let ending = growthEndings.first(where: { stem.hasSuffix($0) && stem.count > $0.count }) else {
      return nil
    }
    stem = String(stem.dropLast(ending.count))
    while let last = stem.last, "_：:-— ".contains(last) { stem.removeLast() }
    return stem.isEmpty || ["同比", "累计", "实际", "同比实际"].contains(stem) ? nil : stem
  }
}
