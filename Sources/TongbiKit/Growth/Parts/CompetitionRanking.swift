/// What regions are ranked by.
public enum RankingBasis: String, Sendable, CaseIterable {
  /// The headline growth (累计同比, or 同比 for series without a cumulative form), on displayed rates.
  case growth
  /// The level (cumulative value, or the monthly value for stocks), at the input's precision.
  case level
  /// Completion of the annual (确保) target, on displayed percentages.
  case completion
}

/// Competition ranking ("1224") as offices rank regions: rank = 1 + the number of values strictly
/// better, so equal displayed values share a rank and the next rank is skipped.
package enum CompetitionRanking {
  /// Ranks of `values` (already rounded for display) in `direction`; NaN values have no rank (`nil`),
  /// they come after every ranked value and are shown as —.
  package static func ranks(_ values: [Double], direction: RankingDirection) -> [Int?] {
    values.map { value in
      guard !value.isNaN else { return nil }
      let better = values.reduce(0) { count, other in
        guard !other.isNaN else { return count }
        let isBetter = direction == .higherIsBetter ? other > value : other < value
        return count + (isBetter ? 1 : 0)
      }
      return better + 1
    }
  }
}
