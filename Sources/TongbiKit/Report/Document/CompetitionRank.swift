import Foundation

/// Competition ranking ("1224") of growth rates on their displayed (rounded) values, best first by
/// the indicator's direction; undefined growth is unranked (`nil`, shown as —).
enum CompetitionRank {
  /// The rank of each entry of `growths`, in the same order.
  static func ranks(_ growths: [GrowthState], direction: RankingDirection) -> [Int?] {
    let shown = growths.map(\.displayedRate)
    return shown.map { value in
      guard let value else { return nil }
      let better = shown.reduce(0) { count, other in
        guard let other else { return count }
        let isBetter = direction == .higherIsBetter ? other > value : other < value
        return count + (isBetter ? 1 : 0)
      }
      return better + 1
    }
  }
}
