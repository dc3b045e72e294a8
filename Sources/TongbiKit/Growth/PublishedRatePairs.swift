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
///
/// A comparable base supplied by the data (上年同期可比数, or 上年同期 in a form without last year's rows)
/// pairs the same way, by the indicator file's `base_of` or by name (营业收入上年同期可比数 → 营业收入): a
/// level of the same kind and a unit that converts into the level's. Its growth X / B − 1 is then the
/// published growth, as a rate would be; a level with both a rate and a base takes the rate (the base
/// is still paired: never a level of its own).
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

  /// Endings of a comparable base's name, longest first.
  static let baseEndings = [
    "上年同期可比数", "上年同期可比值", "上年同期可比", "上年可比数", "上年同期数", "上年同期值", "上年同期",
  ]

  /// The published rate of each level, by the level's code.
  public private(set) var rates: [String: Rate] = [:]
  /// The comparable base of each level without a rate, by the level's code (`isCumulative`: the base
  /// is of C(y,m), else of M(y,m)).
  public private(set) var bases: [String: Rate] = [:]
  /// The level of each paired rate and base, by the rate's or base's code.
  public private(set) var levels: [String: String] = [:]

  /// Whether no level has a rate or a base.
  public var isEmpty: Bool { levels.isEmpty }

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
    for code in panel.indicatorOrder where levels[code] == nil && byName[code] == code {
      guard let base = panel.indicators[code],
        let level = (base.baseOf ?? Self.subject(ofBaseNamed: base.nameZh)).flatMap({ byName[$0] }),
        level != code, bases[level] == nil, levels[level] == nil,
        let subject = panel.indicators[level], subject.kind == base.kind,
        subject.unit.isConvertible(from: base.unit)
      else { continue }
      levels[code] = level
      // A level with a rate takes the rate as its growth; its base stays paired, not a level of its own.
      if rates[level] == nil { bases[level] = Rate(code: code, isCumulative: cumulativeRates.contains(code)) }
    }
  }

  /// The name a comparable base called `name` is the base of, `nil` when the name has no base ending.
  static func subject(ofBaseNamed name: String) -> String? {
    guard let ending = baseEndings.first(where: { name.hasSuffix($0) && name.count > $0.count }) else {
      return nil
    }
    var stem = String(name.dropLast(ending.count))
    while let last = stem.last, "_：:-— ".contains(last) { stem.removeLast() }
    return stem.isEmpty ? nil : stem
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
