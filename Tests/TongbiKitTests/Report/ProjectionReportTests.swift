import Testing

@testable import TongbiKit

/// Projections as offices read them in a table, at full precision in CSV.
@Suite("Projection outputs: rounded tables, full-precision CSV, the interval level stated")
struct ProjectionReportTests {
  // 37054.43861 万元 with one input decimal shows 37054.4; implied growth 0.0874951 → 8.7%; growth
  // needed 0.0721744 → 7.2%; probability 0.7249 → 0.72; the 80% interval [35000.04, 39100.96], the 95%
  // interval [33000.55, 41000.25].
  private let projection = YearProjection(
    region: "清溪镇", indicator: "税收收入", period: Period.month(6, of: 2024), yearToDate: 18927.2,
    lastYear: 34073.2, estimates: [:], backtestErrors: [:], backtestYears: [2023], method: .lastYearPattern,
    projection: 37054.43861, interval: (35000.04, 39100.96), intervalLevel: 0.8,
    wideInterval: (33000.55, 41000.25), wideIntervalLevel: 0.95, impliedGrowth: 0.0874951,
    target: 36799.056, growthNeeded: 0.0721744, targetAlreadyMet: false, probability: 0.7249, notes: [],
    decimals: 1)

  @Test("the table rounds amounts to the input's decimals and percentages to one decimal")
  func table() {
    let cells = ProjectionReport.row(projection, shown: true)
    #expect(
      cells[3...11] == [
        "18927.2", "34073.2", "37054.4", "35000.0", "39101.0", "80", "33000.6", "41000.3", "95",
      ])
    #expect(cells[15] == "8.7" && cells[16] == "36799.1" && cells[17] == "7.2" && cells[18] == "0.72")
  }

  @Test("CSV keeps full precision and states the interval level")
  func csv() {
    let line = ProjectionReport.csv([projection]).split(separator: "\n")[1]
    // Every digit given: 37054.43861, and the percentages ×100 at 15 significant digits (8.74951).
    #expect(
      line == "清溪镇,税收收入,2024-06,18927.2,34073.2,37054.43861,35000.04,39100.96,80,33000.55,41000.25,95,"
        + "last-year,,2023,8.74951,36799.056,7.21744,0.7249,")
  }
}
