import Foundation

/// The rate of the previous published period (1-5月 before 1-6月, 上年全年 before 1-2月), for
/// 增速提高/回落 X 个百分点, 降幅收窄/扩大 and 由负转正/由正转负.
package struct PreviousRate: Sendable, Equatable {
  /// The previous published period.
  package var period: ReportPeriod
  /// Its growth in percent, unrounded (compared on the displayed, rounded value).
  package var rate: Double

  /// Creates a previous rate.
  package init(period: ReportPeriod, rate: Double) {
    self.period = period
    self.rate = rate
  }
}

/// The growth of the report's month alone, published with a year-to-date figure.
package struct MonthGrowth: Sendable, Equatable {
  /// The month (not cumulative).
  package var period: ReportPeriod
  /// Its 同比, percent.
  package var rate: Double

  /// Creates a month's growth.
  package init(period: ReportPeriod, rate: Double) {
    self.period = period
    self.rate = rate
  }
}

/// Progress against the annual target: completion C(y,m) / T(y) × 100% of the first tier (确保), of the
/// 力争 (stretch) tier when one is set, and 序时进度 m / 12 × 100%.
package struct TargetFigures: Sendable, Equatable {
  /// Completion of the annual (first-tier) target in percent, unrounded.
  package var completion: Double
  /// Time progress (序时进度) in percent.
  package var timeProgress: Double
  /// Completion of the 力争 (stretch) target in percent, unrounded; `nil` without a stretch tier.
  package var stretchCompletion: Double?

  /// Creates target figures.
  package init(completion: Double, timeProgress: Double, stretchCompletion: Double? = nil) {
    self.completion = completion
    self.timeProgress = timeProgress
    self.stretchCompletion = stretchCompletion
  }
}

/// How a parent region is named in 全县/全镇 phrases ("高于全镇平均", "列全镇第 2 位").
package struct ParentScope: Sendable, Equatable {
  /// Chinese, e.g. `全镇`.
  package var zh: String
  /// English, e.g. `the town`.
  package var en: String

  /// Creates a scope.
  package init(zh: String, en: String) {
    self.zh = zh
    self.en = en
  }

  /// The scope for a parent region named `name`, from its administrative word (`AdministrativeWord`):
  /// 街道 → 全街道/the subdistrict, 开发区 → 全开发区/the development zone, 园区 → 全园区/the park, 镇 →
  /// 全镇/the town, 乡 → 全乡/the township, 区 (社区, 片区, 自治区 too) → 全区/the district, 市 → 全市/the
  /// city, 省 → 全省/the province, anything else (县 included) → 全县/the county.
  package static func of(parentNamed name: String) -> ParentScope {
    AdministrativeWord.of(name)?.scope ?? ParentScope(zh: "全县", en: "the county")
  }
}

/// The rank of a region's growth among the parent's sub-regions, and its rank in the previous
/// published period.
package struct RankFigures: Sendable, Equatable {
  /// Rank now (1 is best; competition ranking on displayed rates).
  package var rank: Int
  /// Rank in the previous published period, if known.
  package var previousRank: Int?
  /// The parent the ranking is within.
  package var scope: ParentScope

  /// Creates rank figures.
  package init(rank: Int, previousRank: Int?, scope: ParentScope) {
    self.rank = rank
    self.previousRank = previousRank
    self.scope = scope
  }
}

/// The gap of a region's growth to its parent's, for 高于/低于全县平均 X 个百分点: the growth table's
/// `gap_to_parent_pp`, the difference of the displayed rates.
package struct ParentGap: Sendable, Equatable {
  /// The gap in percentage points (exact at one decimal).
  package var points: Double
  /// How the parent is named.
  package var scope: ParentScope

  /// Creates a parent gap.
  package init(points: Double, scope: ParentScope) {
    self.points = points
    self.scope = scope
  }
}

/// A full-year projection: 预计全年完成 X，增长 Y%，完成目标的概率约 Z%.
package struct ProjectionFigures: Sendable, Equatable {
  /// Projected full-year value, in the figure's unit and precision.
  package var fullYear: ReportAmount
  /// Projected full-year growth in percent, if known.
  package var growth: Double?
  /// Probability of meeting the target in percent (0...100), if known.
  package var probability: Double?

  /// Creates projection figures.
  package init(fullYear: ReportAmount, growth: Double? = nil, probability: Double? = nil) {
    self.fullYear = fullYear
    self.growth = growth
    self.probability = probability
  }
}
