import Testing

@testable import TongbiKit

@Suite("Growth: contributions 拉动 and 贡献率")
struct ContributionTests {
  /// Town = A + B. Last year: A 60, B 40, town 100. This year: A 69, B 41, town 110.
  /// 拉动 A = (69 − 60) / 100 × 100 = 9 pp, B = (41 − 40) / 100 × 100 = 1 pp; Σ = 10 = town growth
  /// (110 − 100) / 100 = 10%. 贡献率 A = 9 / 10 = 90%, B = 1 / 10 = 10%; Σ = 100%.
  @Test("Σ 拉动 equals the total's growth and Σ 贡献率 equals 100%")
  func sums() throws {
    let panel = cumulativePanel(
      [("town", "tax", twoYears(100, 110)), ("A", "tax", twoYears(60, 69)), ("B", "tax", twoYears(40, 41))],
      parents: ["A": "town", "B": "town"])
    var table = try GrowthTable(panel: panel)
    let report = table.addContributionColumns()
    #expect(report.gaps.isEmpty)
    let pulls = try #require(table.extraColumns.first { $0.name == "contribution_pp" })
    let shares = try #require(table.extraColumns.first { $0.name == "contribution_share_pct" })
    let row = 12
    let pullA = try #require(pulls.value(series: 1, row: row).number)
    let pullB = try #require(pulls.value(series: 2, row: row).number)
    #expect(abs(pullA - 9) < 1e-12 && abs(pullB - 1) < 1e-12)
    #expect(abs(pullA + pullB - 10) < 1e-12)
    let shareA = try #require(shares.value(series: 1, row: row).number)
    let shareB = try #require(shares.value(series: 2, row: row).number)
    #expect(abs(shareA + shareB - 100) < 1e-12)
    #expect(abs(shareA - 90) < 1e-12)
    #expect(pulls.value(series: 0, row: row) == .undefined(.notApplicable))
  }

  /// Published total 110.0 but parts 69.0 + 41.3 = 110.3: the gap 0.3 exceeds the rounding of two parts
  /// and their total at one decimal (3 × 0.05 = 0.15), so it is reported; 110.15 would not be.
  @Test("parts that do not add up to the published total are reported with the gap")
  func sumCheckGap() throws {
    let panel = cumulativePanel(
      [
        ("town", "tax", twoYears(100, 110)), ("A", "tax", twoYears(60, 69)), ("B", "tax", twoYears(40, 41.3)),
      ],
      parents: ["A": "town", "B": "town"])
    var table = try GrowthTable(panel: panel)
    let report = table.addContributionColumns()
    #expect(report.gaps.count == 1)
    let gap = try #require(report.gaps.first)
    #expect(gap.period == month(2024, 1))
    #expect(abs(gap.gap - 0.3) < 1e-9)
    #expect(abs(SumCheckReport.rounding(parts: 2, decimals: 1) - 0.15) < 1e-15)
  }

  @Test("zero total increment makes 贡献率 undefined, not inf")
  func zeroTotalIncrement() throws {
    let panel = cumulativePanel(
      [("town", "tax", twoYears(100, 100)), ("A", "tax", twoYears(60, 61)), ("B", "tax", twoYears(40, 39))],
      parents: ["A": "town", "B": "town"])
    var table = try GrowthTable(panel: panel)
    table.addContributionColumns()
    let shares = try #require(table.extraColumns.first { $0.name == "contribution_share_pct" })
    #expect(shares.value(series: 1, row: 12) == .undefined(.zeroBase))
  }

  /// 工业技改投资 within 固定资产投资: 3 → 4 within 20 → 22: 拉动 (4 − 3) / 20 = 5 pp, 贡献率 1 / 2 = 50%.
  @Test("a sub-indicator's contribution to its parent indicator")
  func subIndicator() throws {
    let panel = cumulativePanel(
      [("town", "fai", twoYears(20, 22)), ("town", "tech", twoYears(3, 4))], indicatorParents: ["tech": "fai"]
    )
    var table = try GrowthTable(panel: panel)
    table.addContributionColumns()
    let pulls = try #require(table.extraColumns.first { $0.name == "indicator_contribution_pp" })
    let shares = try #require(table.extraColumns.first { $0.name == "indicator_share_pct" })
    #expect(pulls.value(series: 1, row: 12) == .value(5))
    #expect(shares.value(series: 1, row: 12) == .value(50))
  }
}
