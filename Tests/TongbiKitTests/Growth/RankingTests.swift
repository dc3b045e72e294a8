import Testing

@testable import TongbiKit

@Suite("Growth: rankings")
struct RankingTests {
  @Test("competition ranking gives ties one rank and skips the next (1224)")
  func ties() {
    #expect(CompetitionRanking.ranks([9.1, 8.7, 8.7, 3.0], direction: .higherIsBetter) == [1, 2, 2, 4])
  }

  @Test("undefined values have no rank and do not push others down")
  func undefinedLast() {
    #expect(CompetitionRanking.ranks([.nan, 5, 7], direction: .higherIsBetter) == [nil, 2, 1])
  }

  @Test("lower is better reverses the order (能耗)")
  func lowerIsBetter() {
    #expect(CompetitionRanking.ranks([3.2, 1.0, 2.5], direction: .lowerIsBetter) == [3, 1, 2])
  }

  /// A: 100 → 108.74 (+8.74% displays 8.7), B: 100 → 108.66 (+8.66% displays 8.7): tied on displayed
  /// values, both rank 1; C 100 → 105 ranks 3. Town 300 → 322.4 (+7.466…% displays 7.5): gap of A
  /// 8.7 − 7.5 = 1.2 points.
  @Test("ranks within a parent use displayed growth; gap to the parent in points")
  func withinParent() throws {
    let panel = cumulativePanel(
      [
        ("town", "tax", twoYears(300, 322.4)), ("A", "tax", twoYears(100, 108.74)),
        ("B", "tax", twoYears(100, 108.66)), ("C", "tax", twoYears(100, 105)),
      ], parents: ["A": "town", "B": "town", "C": "town"], decimals: 2)
    var table = try GrowthTable(panel: panel)
    table.addRankColumns(by: .growth)
    let rank = try #require(table.extraColumns.first { $0.name == "rank" })
    let gap = try #require(table.extraColumns.first { $0.name == "gap_to_parent_pp" })
    #expect(rank.value(series: 1, row: 12) == .value(1))
    #expect(rank.value(series: 2, row: 12) == .value(1))
    #expect(rank.value(series: 3, row: 12) == .value(3))
    #expect(gap.value(series: 1, row: 12) == .value(1.2))
    #expect(rank.value(series: 0, row: 12) == .undefined(.notApplicable))
  }

  /// Ranks by level: January 2024 A 108.74 (rank 1), C 105 (rank 3); in December 2023 all were 100
  /// (rank 1 each), so C moved back 2 places (rank_change −2) and A kept its place (0).
  @Test("rank change against the previous period")
  func rankChange() throws {
    let panel = cumulativePanel(
      [
        ("town", "tax", twoYears(300, 322.4)), ("A", "tax", twoYears(100, 108.74)),
        ("B", "tax", twoYears(100, 108.66)), ("C", "tax", twoYears(100, 105)),
      ], parents: ["A": "town", "B": "town", "C": "town"], decimals: 2)
    var table = try GrowthTable(panel: panel)
    table.addRankColumns(by: .level)
    let change = try #require(table.extraColumns.first { $0.name == "rank_change" })
    #expect(change.value(series: 1, row: 12) == .value(0))
    #expect(change.value(series: 3, row: 12) == .value(-2))
  }
}
