import Foundation
import Testing

@testable import TongbiKit

@Suite("The full-year projection backtested on past years")
struct ProjectionBacktestTests {
  /// One flow, 2019-01 … 2023-12, month j of year 2019 + k worth j · 1.1^k: A(2019 + k) = 78 · 1.1^k.
  static func panel() throws -> Panel {
    var text = "region,indicator,period,value\n"
    for k in 0..<5 {
      for month in 1...12 {
        let value = Double(month) * pow(1.1, Double(k))
        text += "甲,sales,\(2019 + k)-\(month < 10 ? "0" : "")\(month),\(value)\n"
      }
    }
    var ingestor = Ingestor(options: IngestOptions())
    try Array(text.utf8).withUnsafeBytes { raw in try ingestor.read(bytes: raw, name: "t.csv") }
    return ingestor.finish().panel
  }

  @Test("every year and month projected from its own past: the formulas by hand; threads do not matter")
  func cases() throws {
    let panel = try Self.panel()
    let cases = ProjectionBacktest.run(panel, years: 10, threads: 1)
    // Five complete years, months 1-11 of each.
    #expect(cases.count == 55)
    let june2021 = try #require(cases.first { $0.year == 2021 && $0.month == 6 })
    // A(2021) = 78 · 1.21 = 94.38. Last year's pattern A(2020) · C(2021,6)/C(2020,6) = 85.8 · 25.41/23.1 =
    // 94.38; the seasonal share C(y−k,6)/A(y−k) = 21/78 for both past years → 25.41 / (21/78) = 94.38;
    // the run rate C(2021,6) · 12/6 = 25.41 · 2 = 50.82 (an APE of 46.15%).
    #expect(abs(june2021.actual - 94.38) < 1e-9)
    #expect(abs((june2021.estimates[.lastYearPattern] ?? 0) - 94.38) < 1e-9)
    #expect(abs((june2021.estimates[.seasonalShare] ?? 0) - 94.38) < 1e-9)
    #expect(abs(june2021.runRate - 50.82) < 1e-9)
    // The model needs three full years before: from 2022 only.
    #expect(june2021.estimates[.model] == nil)
    #expect(
      cases.filter { $0.estimates[.model] != nil }.map(\.year).sorted() == Array(repeating: 2022, count: 11)
        + Array(repeating: 2023, count: 11))
    // Each interval (80%, from 1,000 simulated paths of the remaining months) holds its projection; there is
    // one wherever the model applies, and in 2021 (2019-01 … 2021-m: two to three years), from a model of
    // those months.
    let withIntervals = cases.filter { $0.interval != nil }
    #expect(withIntervals.count == 33)
    #expect(withIntervals.filter(\.shortHistory).map(\.year) == Array(repeating: 2021, count: 11))
    #expect(cases.filter { $0.year == 2020 }.allSatisfy { $0.interval == nil && $0.probability == nil })
    #expect(
      withIntervals.allSatisfy { item in
        guard let interval = item.interval, let projection = item.projection else { return false }
        guard let wide = item.wideInterval else { return false }
        return wide.lower <= interval.lower && interval.lower <= projection && projection <= interval.upper
          && interval.upper <= wide.upper && interval.lower < interval.upper
      })
    // The target: 5% over last year; June 2022: 1.05 · A(2021) = 1.05 · 78 · 1.21 = 99.099; the probability
    // of reaching it is a share of paths.
    let june2022 = try #require(cases.first { $0.year == 2022 && $0.month == 6 })
    #expect(abs((june2022.target ?? 0) - 99.099) < 1e-9)
    // The series grows 10% a year against a 5% target: nearly every path reaches it.
    #expect((june2022.probability ?? 0) > 0.9)
    // The first year has nothing to project from but the run rate.
    #expect(cases.filter { $0.year == 2019 }.allSatisfy { $0.estimates.isEmpty && $0.projection == nil })
    let twoThreads = ProjectionBacktest.run(panel, years: 10, threads: 2)
    #expect(ProjectionBacktestReport.csv(twoThreads) == ProjectionBacktestReport.csv(cases))
    // The CSV's last column marks the short-history intervals: 1 on the eleven 2021 rows, 0 elsewhere.
    let rows = ProjectionBacktestReport.csv(cases).split(separator: "\n").map { $0.split(separator: ",") }
    #expect(rows.first?.last == "short_history")
    #expect(rows.dropFirst().filter { $0.last == "1" }.map { $0[2] } == Array(repeating: "2021", count: 11))
    #expect(rows.dropFirst().allSatisfy { $0.last == "1" || $0.last == "0" })
    #expect(
      ProjectionBacktestReport.json(cases).components(separatedBy: "\"short_history\": true").count == 12)
    // --years keeps the last years only.
    #expect(Set(ProjectionBacktest.run(panel, years: 2).map(\.year)) == [2022, 2023])
  }

  @Test("the table: by month, on the cases where every method applies (2022 and 2023)")
  func table() throws {
    let table = ProjectionBacktestReport.table(ProjectionBacktest.run(try Self.panel()))
    let lines = table.split(separator: "\n")
    // Header, rule, months 1-11, the count line.
    #expect(lines.count == 14)
    // June: 2 cases; last-year and seasonal share exact; the run rate 100 · |6(m + 1)/78 − 1| = 46.15.
    let june = lines[7].split(separator: " ")
    #expect(june[0] == "6" && june[1] == "2")
    #expect(june[2] == "0.00" && june[3] == "0.00" && june[4] == "0.00" && june[5] == "0.00")
    // Columns: month, cases, then MAPE and median of last-year, seasonal-share, model, combination,
    // run-rate, project, then the shares of 80% and 95% intervals holding the outcome (two cases: 0, 50 or
    // 100%).
    #expect(june[10] == "46.15" && june[11] == "46.15")
    #expect(["0.0", "50.0", "100.0"].contains(june[14]) && ["0.0", "50.0", "100.0"].contains(june[15]))
    #expect(lines.last == "22 of 55 cases of 1 series have every method (APE in percent)")
  }
}
