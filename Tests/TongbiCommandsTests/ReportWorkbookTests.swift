import Foundation
import TestSupport
import Testing

@testable import TongbiKit

/// `tongbi report --format xlsx`: the workbook read back with Tongbi's own workbook reader.
@Suite("report --format xlsx")
struct ReportWorkbookTests {
  static let township = "Datasets/township/"
  static let arguments = [
    "report", township + "township-monthly.csv", "--indicators", township + "indicators.csv", "--targets",
    township + "targets.csv",
  ]

  /// The sheets of the workbook at `path` as (name, CSV text with row r on line r).
  static func sheets(_ path: String) throws -> [(name: String, csv: String)] {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    return try data.withUnsafeBytes { raw in
      let workbook = try WorkbookReader.open(raw, path: path, sheet: nil)
      return try workbook.sheets.map { entry in
        (entry.name, String(decoding: try workbook.convert(entry).csv, as: UTF8.self))
      }
    }
  }

  /// The fields of each line of `text`, padded with empty fields to `width` (a sheet's row ends at its
  /// last cell; a CSV row has all its separators).
  static func rows(_ text: String, width: Int) -> [[String]] {
    text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map { line in
      let fields = CSVFieldSplit.fields(Array(line.utf8))
      return fields + Array(repeating: "", count: max(0, width - fields.count))
    }
  }

  /// Whether every cell of `read` (a sheet read back) is the cell of `expected` (CSV): the same text, or
  /// the same number (a cell holds the number, which reads back as its value: 50 for 50.0).
  static func sameCells(_ read: [[String]], _ expected: [[String]]) -> Bool {
    read.count == expected.count
      && zip(read, expected).allSatisfy { row, expectedRow in
        row.count == expectedRow.count
          && zip(row, expectedRow).allSatisfy { cell, expectedCell in
            cell == expectedCell || (Double(cell) != nil && Double(cell) == Double(expectedCell))
          }
      }
  }

  @Test("the growth table sheet equals the CSV report cell for cell; the paragraph and the ranking are there")
  func cellForCell() throws {
    let scratch = try ScratchDirectory()
    let path = scratch.missing("report.xlsx")
    let run = try BuiltTongbi.run(Self.arguments + ["--format", "xlsx", "--output", path])
    #expect(run.status == 0, "\(run.errorText)")
    let csv = try BuiltTongbi.run(Self.arguments + ["--format", "csv"])
    let paragraph = try BuiltTongbi.run(Self.arguments + ["--format", "text"])
    let sheets = try Self.sheets(path)
    #expect(sheets.map(\.name) == ["报告", "主要指标完成情况", "分地区增速排名"])
    let expected = Self.rows(csv.outputText, width: 9)
    #expect(expected.count == 5)
    #expect(Self.sameCells(Self.rows(sheets[1].csv, width: 9), expected))
    // The first sheet: the title in A1, the paragraph in A3 (as the text report's second paragraph).
    let front = sheets[0].csv.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(front.first == "清溪镇2024年1-6月主要经济指标运行情况")
    let textParagraph = paragraph.outputText.components(separatedBy: "\n\n")[1]
    #expect(front[2].trimmingCharacters(in: CharacterSet(charactersIn: "\"")) == textParagraph)
    // 6 villages ranked; 东岭村's tax growth 3.7%, ranked 5th (the text report's ranking table).
    let ranking = Self.rows(sheets[2].csv, width: 9)
    #expect(ranking.count == 7)
    #expect(ranking.contains { $0.prefix(3) == ["东岭村", "3.7", "5"] })
  }

  @Test("three native charts: growth by indicator, target completion against 序时进度, growth by region")
  func charts() throws {
    let scratch = try ScratchDirectory()
    let path = scratch.missing("report.xlsx")
    let run = try BuiltTongbi.run(Self.arguments + ["--format", "xlsx", "--output", path])
    #expect(run.status == 0, "\(run.errorText)")
    // ZIP entry names are stored as they are, in the local headers and the central directory.
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    for name in ["xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/charts/chart3.xml"] {
      #expect(bytes.range(of: Data(name.utf8)) != nil, "\(name)")
    }
    #expect(bytes.range(of: Data("xl/charts/chart4.xml".utf8)) == nil)
  }

  @Test("sheet names Excel accepts: 31 characters at most, no []:*?/\\, unique without case")
  func sheetNames() {
    #expect(SpreadsheetWriter.legalSheetName("1-6月[快报]/汇总", taken: []) == "1-6月_快报__汇总")
    let long = String(repeating: "指", count: 40)
    #expect(SpreadsheetWriter.legalSheetName(long, taken: []) == String(repeating: "指", count: 31))
    #expect(SpreadsheetWriter.legalSheetName("Report", taken: ["report"]) == "Report (2)")
    #expect(SpreadsheetWriter.legalSheetName("", taken: []) == "Sheet")
  }

  @Test("--templates does not apply to xlsx")
  func templatesRefused() throws {
    let run = try BuiltTongbi.run(
      Self.arguments + ["--format", "xlsx", "--templates", "x", "--output", "/tmp/x.xlsx"])
    #expect(run.status != 0)
    #expect(run.errorText.contains("csv, json and xlsx are not templated"))
  }

  @Test("growth --format xlsx: the growth table's sheet equals its CSV cell for cell, at full precision")
  func growthTable() throws {
    let scratch = try ScratchDirectory()
    let path = scratch.missing("growth.xlsx")
    let arguments = [
      "growth", Self.township + "township-monthly.csv", "--indicators", Self.township + "indicators.csv",
    ]
    let run = try BuiltTongbi.run(arguments + ["--format", "xlsx", "--output", path])
    #expect(run.status == 0, "\(run.errorText)")
    let csv = try BuiltTongbi.run(arguments + ["--format", "csv"])
    let sheets = try Self.sheets(path)
    #expect(sheets.map(\.name) == ["growth"])
    let width = Self.rows(csv.outputText, width: 0)[0].count
    let expected = Self.rows(csv.outputText, width: width)
    #expect(expected.count > 600)
    #expect(Self.sameCells(Self.rows(sheets[0].csv, width: width), expected))
  }
}
