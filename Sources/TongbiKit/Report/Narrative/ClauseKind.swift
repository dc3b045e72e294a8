/// How a clause states an indicator, decided by its kind (DESIGN.md, kinds) and, for rates, by whether
/// the rate is itself a growth rate.
package enum ClauseKind: String, Sendable, CaseIterable {
  /// A flow or an average: 完成税收收入18927.2万元，同比增长8.7% (growth a ratio of amounts).
  case amount
  /// A stock (余额, 期末数): 各项存款余额52.3亿元，同比增长5.1% (growth a ratio of levels).
  case stock
  /// A published growth rate (增速, 同比增长(%), 累计增长): 规上工业增加值同比增长6.5%; the rate is
  /// the growth, and it is compared with the previous published period in points.
  case growthRate
  /// Any other rate (失业率, 占比): 城镇调查失业率为5.2%，比上年同期下降0.2个百分点; its change is a
  /// difference in percentage points.
  case rate
  /// An index with the same period of last year = 100: 居民消费价格指数为102.1，同比上涨2.1%; growth is
  /// index − 100.
  case index

  /// The clause kind of `indicator`: flows and averages are amounts; a rate is a growth rate when its
  /// name says so (`Indicator.isGrowthRate`).
  package static func of(_ indicator: Indicator) -> ClauseKind {
    switch indicator.kind {
    case .flow, .average: .amount
    case .stock: .stock
    case .index: .index
    case .rate: indicator.isGrowthRate ? .growthRate : .rate
    }
  }

  /// Name endings that only say "growth rate", removed to name what grows: 规上工业增加值增速 →
  /// 规上工业增加值, 工业增加值累计增长 → 工业增加值, industrial value-added growth → industrial
  /// value-added.
  static let growthSuffixes = [
    "累计同比增长", "累计增长", "同比增长", "同比增速", "增长率", "增速", "增幅", "增长", " growth rate", " growth",
  ]

  /// What a growth rate measures the growth of: `name` without a trailing unit mark (%) and growth
  /// ending, and without a 同比 or 实际 left before that ending (the growth phrase says them once);
  /// `name` itself when nothing would be left.
  package static func subject(of name: String) -> String {
    subjectAndQualifier(of: name).subject
  }

  /// `subject(of:)` and the qualifier the name gives the growth: 实际 for 规模以上工业增加值同比实际增速
  /// (worded 规模以上工业增加值同比实际增长6.0%), else empty.
  package static func subjectAndQualifier(of name: String) -> (subject: String, qualifier: String) {
    var stem = name
    for mark in ["(%)", "（%）"] where stem.hasSuffix(mark) { stem = String(stem.dropLast(mark.count)) }
    guard let suffix = growthSuffixes.first(where: { stem.hasSuffix($0) && stem.count > $0.count }) else {
      return (stem, "")
    }
    let whole = stem
    stem = String(stem.dropLast(suffix.count))
    if ["同比", "实际", "同比实际", "累计"].contains(stem) { return (whole, "") }
    var qualifier = ""
    for (ending, said) in [("同比实际", "实际"), ("实际", "实际"), ("同比", "")]
    where stem.hasSuffix(ending) && stem.count > ending.count {
      stem = String(stem.dropLast(ending.count))
      qualifier = said
      break
    }
    return (stem, qualifier)
  }
}
