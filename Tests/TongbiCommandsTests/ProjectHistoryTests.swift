import Foundation
import Testing

/// The demo's projection: the township's six years (township-history.csv with township-monthly.csv).
@Suite("tongbi project on the township's six years")
struct ProjectHistoryTests {
  static let township = "Datasets/township/"

  // With 2019-2021 before the bundled years, every series has three full years before 2024, so the model
  // applies and the projection is the combination with an interval and a probability of meeting the
  // target — the two series with redacted months in 2022-2023 too (东岭村 税收收入 1-9月 2022: September and
  // October unknown; 北塘社区 规上工业总产值 1-4月 and 1-5月 2023: April to June), whose gaps are bridged.
  // Without the history (2022-01 … 2024-06) no series has the model's estimate, so none is the
  // combination; all 28 still get an interval from a model of their two and a half years, and the note
  // says so.
  @Test(
    "the combination with its interval and target probability where the history allows; why not elsewhere")
  func sixYears() throws {
    let arguments = [
      "project", "--period", "2024-06", Self.township + "township-history.csv",
      Self.township + "township-monthly.csv", "--indicators", Self.township + "indicators.csv", "--targets",
      Self.township + "targets.csv", "--format", "csv",
    ]
    let run = try BuiltTongbi.run(arguments)
    #expect(run.status == 0, "\(run.errorText)")
    let lines = run.outputText.split(separator: "\n").map {
      $0.split(separator: ",", omittingEmptySubsequences: false)
    }
    let header = try #require(lines.first).map(String.init)
    let column = { (name: String) in header.firstIndex(of: name) ?? 0 }
    let rows = lines.dropFirst()
    #expect(rows.count == 28)
    let combined = rows.filter { $0[column("method")] == "combination" }
    #expect(combined.count == 28)
    for row in combined {
      let projection = try #require(Double(row[column("projection")]))
      let lower = try #require(Double(row[column("lower")]))
      let upper = try #require(Double(row[column("upper")]))
      let probability = try #require(Double(row[column("probability")]))
      #expect(lower < projection && projection < upper, "\(row)")
      #expect((0...1).contains(probability))
    }
    let withoutHistory = try BuiltTongbi.run(
      arguments.filter { !$0.hasSuffix("township-history.csv") })
    #expect(withoutHistory.status == 0)
    #expect(!withoutHistory.outputText.contains(",combination,"))
    let short = withoutHistory.outputText.split(separator: "\n").dropFirst().map {
      $0.split(separator: ",", omittingEmptySubsequences: false)
    }
    // The note is the last column and may hold commas (quoted): look for it in the whole row.
    let widened = short.filter { $0.joined(separator: ",").contains("under 3 full years") }
    #expect(widened.count == 28)
    #expect(
      widened.allSatisfy { Double($0[column("lower")]) != nil && Double($0[column("probability")]) != nil })
  }
}
