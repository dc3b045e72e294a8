import ArgumentParser
import Foundation
import Testing

@testable import TongbiCommands

/// Every command that reads data writes JSON with `--format json` and to a file with `--output`,
/// never onto one of its inputs.
@Suite("Every command: --format json and --output")
struct OutputContractTests {
  static let retail = GrowthCommandTests.root + "/Datasets/public/china-retail-sales-2012-2018.csv"
  static let township = GrowthCommandTests.root + "/Datasets/township/township-monthly.csv"

  static let commands: [[String]] = [
    ["ingest", retail],
    ["growth", retail, "--period", "2018-05"],
    ["report", township, "--period", "2024-06"],
    ["forecast", retail, "--horizon", "3", "--method", "snaive"],
    ["project", township, "--period", "2024-06"],
    ["backtest", retail, "--horizon", "3", "--origins", "2", "--method", "snaive,naive2"],
  ]

  @Test("--format json --output FILE writes one JSON object to the file", arguments: commands)
  func json(arguments: [String]) throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("out-\(UUID().uuidString).json")
      .path
    defer { try? FileManager.default.removeItem(atPath: path) }
    var command = try TongbiCommand.parseAsRoot(arguments + ["--format", "json", "--output", path])
    try command.run()
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    let object = try JSONSerialization.jsonObject(with: data)
    #expect(
      object is [String: Any] || object is [Any],
      "\(arguments[0]) wrote \(String(decoding: data, as: UTF8.self).prefix(200))")
  }

  @Test("--output naming the input is refused before any work", arguments: commands)
  func refusesInput(arguments: [String]) throws {
    var command = try TongbiCommand.parseAsRoot(arguments + ["--output", arguments[1]])
    #expect(throws: (any Error).self) { try command.run() }
    #expect(FileManager.default.fileExists(atPath: arguments[1]))
  }

  // 2018年5月 社会消费品零售总额 is a backtest series; the JSON names its methods and scores.
  @Test("backtest --format json holds the summary per method, not the text table")
  func backtestJSON() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("bt-\(UUID().uuidString).json")
      .path
    defer { try? FileManager.default.removeItem(atPath: path) }
    var command = try TongbiCommand.parseAsRoot([
      "backtest", Self.retail, "--horizon", "3", "--origins", "2", "--method", "snaive,naive2", "--format",
      "json",
      "--output", path,
    ])
    try command.run()
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
    let summary = try #require((object as? [String: Any])?["summary"] as? [[String: Any]])
    #expect(summary.compactMap { $0["method"] as? String } == ["snaive", "naive2"])
  }
}

/// Machine outputs carry full precision: forecasts and backtest scores in CSV as in JSON.
@Suite("Forecast and backtest CSV: full precision")
struct ForecastPrecisionTests {
  // 2018年6月 社会消费品零售总额 by snaive is 2017年6月's 29807.6 亿元 (from the file); its interval bounds are
  // not short decimals, so they carry up to 15 significant digits as in JSON, not four decimals.
  @Test("forecast CSV numbers equal the JSON numbers, digit for digit")
  func forecast() throws {
    let arguments = ["forecast", OutputContractTests.retail, "--horizon", "1", "--method", "snaive"]
    let csv = try BuiltTongbi.run(arguments + ["--format", "csv"])
    let json = try BuiltTongbi.run(arguments + ["--format", "json"])
    #expect(csv.status == 0 && json.status == 0)
    let row = try #require(csv.outputText.split(separator: "\n").first { $0.contains("社会消费品零售总额") })
    let cells = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    #expect(cells[4] == "2018-06" && cells[5] == "29807.6")
    let lower = cells[6]
    #expect(lower.split(separator: ".").last.map { $0.count > 4 } == true, "\(lower)")
    #expect(json.outputText.contains("\"lower_80\": \(lower),\n"))
  }
}
