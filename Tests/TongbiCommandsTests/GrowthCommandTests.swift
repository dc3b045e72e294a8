import ArgumentParser
import Foundation
import Testing

@testable import TongbiCommands

/// `tongbi growth` parsed and run in-process, writing to a file with `--output`.
@Suite("tongbi growth")
struct GrowthCommandTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

  static func run(_ arguments: [String]) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "growth-\(UUID().uuidString).out"
    ).path
    var command = try TongbiCommand.parseAsRoot(["growth"] + arguments + ["--output", path])
    try command.run()
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try String(contentsOfFile: path, encoding: .utf8)
  }

  /// 清溪镇 税收收入 1-6月 2024: 18927.2 against 17404.4 → 8.749511617751828%, written 8.74951161775183 (15 significant digits), 1-6月
  /// against 1-5月 (15828.7 / 14443.0 − 1 = 9.594%, shown 9.6) → 8.7 − 9.6 = −0.9 points. June alone is
  /// 18927.2 − 15828.7 = 3098.5 against 17404.4 − 14443.0 = 2961.4, both exact decimals, so 同比 is
  /// (3098.5 − 2961.4) / 2961.4 × 100 = 4.629567096643476 in doubles (Python gives the same), written 4.62956709664348; the
  /// increment is 18927.2 − 17404.4 = 1522.8 exactly (the doubles' difference would be
  /// 1522.7999999999993).
  // 南湾村 税收收入 1-7月 2024: 2049.7 against 1974.2 → 3.8%, 4th among the town's villages (3rd in
  // 1-6月, so −1 place), 3.7 points below the town's 7.5 (as the report's golden test words it).
  @Test("--region keeps only that region's rows; ranks and gaps stay those among every region")
  func region() throws {
    let text = try Self.run([
      Self.root + "/Datasets/township/township-monthly.csv", "--targets",
      Self.root + "/Datasets/township/targets.csv", "--rank-by", "growth", "--region", "南湾村", "--period",
      "2024-07", "--indicator", "税收收入", "--format", "csv",
    ])
    let lines = text.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines[1].hasPrefix("南湾村,税收收入,2024-07,万元,302,"))
    #expect(lines[1].hasSuffix(",4,-1,-3.7"))
    #expect(throws: (any Error).self) {
      _ = try Self.run([Self.root + "/Datasets/township/township-monthly.csv", "--region", "北湾村"])
    }
  }

  @Test("CSV for one period: 15 significant digits, change in points from displayed rates")
  func csvOnePeriod() throws {
    let text = try Self.run([
      Self.root + "/Datasets/township/township-monthly.csv", "--period", "2024-06", "--format", "csv",
    ])
    let lines = text.split(separator: "\n")
    #expect(
      lines.first?.hasPrefix("region,indicator,period,unit,monthly,monthly_yoy_pct,cumulative,") == true)
    #expect(lines.count == 29)
    #expect(
      lines[1].hasPrefix("清溪镇,税收收入,2024-06,万元,3098.5,4.62956709664348,18927.2,8.74951161775183,"))
    #expect(lines[1].contains(",-0.9,1522.8,"))
  }

  @Test("Markdown table rounds as offices do; 亿元 shown in 万元 loses the decimals")
  func markdown() throws {
    let text = try Self.run([
      Self.root + "/Datasets/township/township-monthly.csv", "--period", "2024-06", "--indicator", "固定资产投资",
      "--format", "md", "--unit", "万元",
    ])
    #expect(text.contains("| 清溪镇 | 固定资产投资 | 2024年1-6月 | 万元 | 27600 | 21.1 | 104900 | 8.3 |"))
  }

  @Test("an unknown indicator is an error naming the indicators the data has")
  func unknownIndicator() throws {
    #expect(throws: (any Error).self) {
      try Self.run([Self.root + "/Datasets/township/township-monthly.csv", "--indicator", "nope"])
    }
  }
}
