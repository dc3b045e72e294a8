/// What an indicator measures and how it is published; drives every growth rule.
public struct Indicator: Hashable, Sendable {
  /// Stable identifier (from the indicator file's code column, or the name itself).
  public var code: String
  /// Chinese display name, e.g. `税收收入`.
  public var nameZh: String
  /// English display name, e.g. `tax revenue`; empty when unknown.
  public var nameEn: String
  /// Unit values are stored in (the first unit the data published).
  public var unit: Unit
  /// Unit for display when it differs from `unit` (from the indicator file or a flag).
  public var displayUnit: Unit?
  /// What kind of quantity this is.
  public var kind: IndicatorKind
  /// Whether the data publish monthly values, year-to-date cumulative values, or both.
  public var publication: Publication
  /// Whether January is published on its own or only together with February (1-2月).
  public var january: JanuaryPublication
  /// Code of the indicator this one is a part of (工业技改投资 within 固定资产投资), if any.
  public var parent: String?
  /// Which direction ranks first.
  public var direction: RankingDirection
  /// Whether negative values are legitimate (利润 yes, 税收收入 no).
  public var allowsNegative: Bool
  /// The verb a Chinese report puts before the amount (完成, 实现; empty for none), when the indicator
  /// file sets one; `nil` to infer it from the name (`reportVerb`).
  public var verb: String?
  /// For a published growth rate, the code or name of the level indicator whose growth it is (营业收入同比增长
  /// → 营业收入), when the indicator file sets it (`rate_of`); `nil` to pair by name
  /// (`PublishedRatePairs`).
  public var rateOf: String?
  /// For a comparable base (上年同期可比数, 上年同期), the code or name of the level indicator it is the
  /// base of (营业收入上年同期可比数 → 营业收入), when the indicator file sets it (`base_of`); `nil` to
  /// pair by name (`PublishedRatePairs`).
  public var baseOf: String?

  /// Creates an indicator description.
  public init(
    code: String, nameZh: String, nameEn: String = "", unit: Unit, displayUnit: Unit? = nil,
    kind: IndicatorKind, publication: Publication, january: JanuaryPublication = .alone,
    parent: String? = nil, direction: RankingDirection = .higherIsBetter, allowsNegative: Bool,
    verb: String? = nil, rateOf: String? = nil, baseOf: String? = nil
  ) {
    self.code = code
    self.nameZh = nameZh
    self.nameEn = nameEn
    self.unit = unit
    self.displayUnit = displayUnit
    self.kind = kind
    self.publication = publication
    self.january = january
    self.parent = parent
    self.direction = direction
    self.allowsNegative = allowsNegative
    self.verb = verb
    self.rateOf = rateOf
    self.baseOf = baseOf
  }
}

/// The kind of quantity an indicator measures (DESIGN.md, core types).
public enum IndicatorKind: String, Sendable, CaseIterable {
  /// Accumulates within a year (tax, investment, output); growth is a ratio.
  case flow
  /// A level at month end (余额, 期末数), never cumulated; growth is a ratio.
  case stock
  /// A rate in percent (失业率, a published 同比增长(%)); its change is a difference in points.
  case rate
  /// An index with the same month of last year = 100; growth is index − 100.
  case index
  /// A mean over months (1-N月平均); the cumulative form is a mean, not a sum.
  case average

  /// Whether values of this kind add up over months into a year-to-date total.
  public var cumulates: Bool { self == .flow || self == .average }
}

/// How an indicator's values are published.
public enum Publication: String, Sendable, CaseIterable {
  /// Monthly values (当月) only.
  case monthly
  /// Year-to-date cumulative values (1-N月累计) only.
  case cumulative
  /// Both forms.
  case both
}

/// Whether January has a value of its own.
public enum JanuaryPublication: String, Sendable, CaseIterable {
  /// January is published alone.
  case alone
  /// January is published only together with February, as 1-2月.
  case withFebruary = "with-february"
}

/// Which end of a ranking is best.
public enum RankingDirection: String, Sendable, CaseIterable {
  /// Larger values rank first (output, tax).
  case higherIsBetter = "higher"
  /// Smaller values rank first (energy use per unit of GDP, unemployment).
  case lowerIsBetter = "lower"
}

extension Indicator {
  /// Words in a rate's name that make it a growth rate.
  static let growthWords = ["同比", "增速", "增长", "增幅", "growth"]

  /// Whether this is a published growth rate (规上工业增加值增速, 累计增长(%)): a rate whose Chinese or
  /// English name says 同比, 增速, 增长, 增幅 or growth. Its value is its own year-on-year growth, so its
  /// headline growth is the value itself rather than a change in points.
  public var isGrowthRate: Bool {
    guard kind == .rate else { return false }
    let names = [nameZh, nameEn.lowercased()]
    return Self.growthWords.contains { word in names.contains { $0.contains(word) } }
  }

  /// Name parts of amounts a report says are achieved (实现) rather than completed (完成): revenue,
  /// profit, value added and GDP.
  static let achievedAmounts = ["营业收入", "主营业务收入", "营收", "利润", "增加值", "生产总值", "GDP"]

  /// The verb a Chinese clause puts before this indicator's amount: the indicator file's `verb`, else
  /// none for a per-capita figure (居民人均可支配收入), 实现 for revenue, profit, value added and GDP
  /// (营业收入, 利润总额, 工业增加值, 地区生产总值), else 完成 (tax, investment, output, target tasks).
  public var reportVerb: String {
    if let verb { return verb }
    if nameZh.contains("人均") { return "" }
    return Self.achievedAmounts.contains { nameZh.contains($0) } ? "实现" : "完成"
  }

  /// When this indicator's months are published (January alone or with February).
  public var calendar: PublicationCalendar {
    PublicationCalendar(januaryWithFebruary: january == .withFebruary)
  }
}
