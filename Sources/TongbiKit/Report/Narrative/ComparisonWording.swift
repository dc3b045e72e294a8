/// The change of growth against the previous published period, on displayed (rounded) rates as
/// offices compute it (DESIGN.md, change in growth).
///
/// With d = shown − previous shown, in percentage points: the rate changing sign gives 增速由负转正 /
/// 增速由正转负; two declines give 降幅比1-5月收窄/扩大 |d| 个百分点 (降幅与1-5月持平 at d = 0); otherwise
/// 增速比1-5月提高/回落 |d| 个百分点 (增速与1-5月持平). A zero rate counts as neither sign.
///
/// Prices (`prices`, the growth of an index) are worded as statistics offices word them: 由降转涨 /
/// 由涨转降, 降幅比1-5月收窄/扩大, 涨幅比1-5月扩大/回落 |d| 个百分点 (涨幅与1-5月持平).
package enum ComparisonWording {
  /// The words that differ between growth and prices.
  struct Terms {
    /// The rate turning from negative to positive: 增速由负转正 / 由降转涨.
    var turnedPositive: String
    /// The rate turning from positive to negative: 增速由正转负 / 由涨转降.
    var turnedNegative: String
    /// What rises: 增速 / 涨幅, growth / the rise.
    var rise: String
    /// A larger rise: 提高 / 扩大, up / widened by.
    var larger: String
    /// A smaller rise: 回落, down / narrowed by.
    var smaller: String
    /// What falls: 降幅, the decline / the fall.
    var fall: String

    /// The terms for growth or prices in `language`.
    static func of(prices: Bool, language: ReportLanguage) -> Terms {
      switch (language, prices) {
      case (.zh, false):
        Terms(
          turnedPositive: "增速由负转正", turnedNegative: "增速由正转负", rise: "增速", larger: "提高", smaller: "回落",
          fall: "降幅")
      case (.zh, true):
        Terms(
          turnedPositive: "由降转涨", turnedNegative: "由涨转降", rise: "涨幅", larger: "扩大", smaller: "回落", fall: "降幅")
      case (.en, false):
        Terms(
          turnedPositive: "growth turned positive", turnedNegative: "growth turned negative", rise: "growth",
          larger: "up", smaller: "down", fall: "the decline")
      case (.en, true):
        Terms(
          turnedPositive: "turned from a fall to a rise", turnedNegative: "turned from a rise to a fall",
          rise: "the rise", larger: "widened by", smaller: "narrowed by", fall: "the fall")
      }
    }
  }

  /// The phrase comparing `current` (percent, unrounded) with `previous`; `nil` when `current` is not
  /// a rate.
  package static func phrase(
    current growth: GrowthValue, previous: PreviousRate?, period: ReportPeriod, language: ReportLanguage,
    prices: Bool = false
  ) -> String? {
    guard let shown = ShownRate(growth), let previous, let before = ShownRate(previous.rate) else {
      return nil
    }
    let reference = PeriodWording.reference(to: previous.period, current: period, language: language)
    let change = shown - before
    let points = change.magnitude.text
    let terms = Terms.of(prices: prices, language: language)
    if shown.tenths > 0 && before.tenths < 0 { return terms.turnedPositive }
    if shown.tenths < 0 && before.tenths > 0 { return terms.turnedNegative }
    let falling = shown.tenths < 0 && before.tenths < 0
    let subject = falling ? terms.fall : terms.rise
    switch language {
    case .zh:
      if change.isZero { return "\(subject)与\(reference)持平" }
      let verb =
        falling ? (change.tenths > 0 ? "收窄" : "扩大") : (change.tenths > 0 ? terms.larger : terms.smaller)
      return "\(subject)比\(reference)\(verb)\(points)个百分点"
    case .en:
      if change.isZero { return "\(subject) unchanged from \(reference)" }
      let verb =
        falling
        ? (change.tenths > 0 ? "narrowed by" : "widened by")
        : (change.tenths > 0 ? terms.larger : terms.smaller)
      return "\(subject) \(verb) \(points) points from \(reference)"
    }
  }
}
