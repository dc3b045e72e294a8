import Foundation
import Testing

private let packageRoot = BuiltTongbi.packageRoot

/// The JSON object printed by `tongbi ingest --format json`.
private func jsonObject(_ text: String) throws -> [String: Any] {
  let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
  return try #require(object as? [String: Any])
}

@Suite("tongbi ingest, end to end on the built binary")
struct IngestCommandEndToEndTests {
  static let summaryKeys = [
    "rows_read", "rows_used", "rows_rejected", "cells_read", "cells_used", "cells_missing", "cells_rejected",
    "series", "first_period", "last_period", "indicators", "rejects",
  ]

  /// `wc -l`: 924 data rows; `grep -c ',\*$'`: 4 redacted cells; 7 regions × 4 indicators = 28 series.
  @Test("township-monthly.csv: exit 0 and every JSON key with the counts of the file")
  func townshipJSON() throws {
    let run = try BuiltTongbi.run(["ingest", "--format", "json", "Datasets/township/township-monthly.csv"])
    #expect(run.status == 0, "\(run.errorText)")
    let json = try jsonObject(run.outputText)
    for key in Self.summaryKeys {
      #expect(json[key] != nil, "missing key \(key)")
    }
    #expect(json["rows_read"] as? Int == 924)
    #expect(json["rows_used"] as? Int == 924)
    #expect(json["rows_rejected"] as? Int == 0)
    #expect(json["cells_read"] as? Int == 924)
    #expect(json["cells_used"] as? Int == 920)
    #expect(json["cells_missing"] as? Int == 4)
    #expect(json["cells_rejected"] as? Int == 0)
    #expect(json["series"] as? Int == 28)
    #expect(json["first_period"] as? String == "2022-02")
    #expect(json["last_period"] as? String == "2024-12")
    let indicators = try #require(json["indicators"] as? [[String: Any]])
    #expect(indicators.compactMap { $0["name"] as? String } == ["税收收入", "固定资产投资", "规上工业总产值", "工业技改投资"])
    #expect(indicators.compactMap { $0["unit"] as? String } == ["万元", "亿元", "万元", "亿元"])
    #expect(indicators.compactMap { $0["january"] as? String } == Array(repeating: "with-february", count: 4))
    #expect((json["rejects"] as? [Any])?.isEmpty == true)
  }

  @Test(
    "township-wide.csv with the indicator file: codes, and the footer as a reject with file, line, column, reason"
  )
  func townshipWideWithIndicators() throws {
    let run = try BuiltTongbi.run([
      "ingest", "--format", "json", "--indicators", "Datasets/township/indicators.csv",
      "Datasets/township/township-wide.csv",
    ])
    #expect(run.status == 0, "\(run.errorText)")
    let json = try jsonObject(run.outputText)
    #expect(json["rows_read"] as? Int == 29)
    #expect(json["rows_used"] as? Int == 28)
    #expect(json["rows_rejected"] as? Int == 1)
    let indicators = try #require(json["indicators"] as? [[String: Any]])
    #expect(
      indicators.compactMap { $0["code"] as? String } == [
        "tax", "fai", "industrial_output", "tech_renovation",
      ])
    #expect(indicators.last?["parent"] as? String == "fai")
    let rejects = try #require(json["rejects"] as? [[String: Any]])
    #expect(rejects.count == 1)
    #expect(rejects.first?["file"] as? String == "Datasets/township/township-wide.csv")
    #expect(rejects.first?["line"] as? Int == 31)
    #expect(rejects.first?["column"] as? Int == 0)
    #expect(rejects.first?["reason"] as? String == "note or footer line, not data: '注：*为保密数据'")
  }

  @Test("a missing file: exit 1 and the message on standard error, nothing on standard output")
  func missingFile() throws {
    let run = try BuiltTongbi.run(["ingest", "Datasets/no-such-file.csv"])
    #expect(run.status == 1)
    #expect(run.outputText.isEmpty)
    #expect(run.errorText == "Error: Datasets/no-such-file.csv: cannot read: No such file or directory\n")
  }

  @Test("no file arguments: exit 64 (usage)")
  func noArguments() throws {
    let run = try BuiltTongbi.run(["ingest"])
    #expect(run.status == 64)
    #expect(
      run.errorText.hasPrefix(
        "Error: give at least one file to read ('-' for standard input), or --store PATH\n"))
  }

  @Test("'-' reads standard input, named '-' in the report")
  func standardInput() throws {
    let bytes = try Data(
      contentsOf: URL(fileURLWithPath: packageRoot + "/Datasets/township/township-monthly-gb18030.csv"))
    let run = try BuiltTongbi.run(["ingest", "--format", "json", "-"], input: bytes)
    #expect(run.status == 0, "\(run.errorText)")
    let json = try jsonObject(run.outputText)
    #expect(json["rows_read"] as? Int == 924)
    #expect(json["cells_used"] as? Int == 920)
    #expect(json["cells_missing"] as? Int == 4)
    #expect(json["series"] as? Int == 28)
    let files = try #require(json["files"] as? [[String: Any]])
    #expect(files.first?["path"] as? String == "-")
    #expect(files.first?["encoding"] as? String == "gb18030")
  }

  @Test("a file with only rejected rows: exit 1, the report still printed")
  func nothingUsable() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "tongbi-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let path = directory.appendingPathComponent("bad.csv").path
    try Data("地区,指标,计量单位,时间,数值\n甲,税收收入,万元,2024-13,5\n".utf8).write(to: URL(fileURLWithPath: path))
    let run = try BuiltTongbi.run(["ingest", "--format", "json", path])
    #expect(run.status == 1)
    #expect(run.errorText == "Error: no usable values were read\n")
    let json = try jsonObject(run.outputText)
    let rejects = try #require(json["rejects"] as? [[String: Any]])
    #expect(rejects.first?["reason"] as? String == "period: month 13 is out of range 1-12")
    #expect(rejects.first?["line"] as? Int == 2)
    #expect(rejects.first?["column"] as? Int == 4)
  }
}
