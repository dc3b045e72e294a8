import Foundation
import TestSupport
import Testing

@testable import TongbiKit

/// `tongbi report --format xlsx`: the workbook read back with Tongbi's own workbook reader.
@Suite("Workbooks and documents out: --format xlsx and docx")
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
    #expect(sheets.map(\.name) == ["报告", "主要指标完成情况", "分地区增速排名", "分月情况"])
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
    // The months: 税收收入's block first. June 2024 alone: 18927.2 − 15828.7 = 3098.5 (1-6月 less 1-5月 of
    // the township file); June 2023: 17404.4 − 14443.0 = 2961.4; 1-6月 growth 18927.2 / 17404.4 − 1 =
    // 8.7495…%, held as the charts show it, 8.7.
    let june = try #require(Self.rows(sheets[3].csv, width: 16).first { $0.first == "6月" })
    #expect(june.prefix(3) == ["6月", "3098.5", "2961.4"])
    #expect(june[3] == "8.7")
  }

  // Growth by indicator, target completion, 4 rankings (one per indicator), and per indicator its months
  // against last year's and its cumulative growth (4 × 2): 14 charts.
  @Test("native charts as the HTML report draws them: 14 for the township's four indicators")
  func charts() throws {
    let scratch = try ScratchDirectory()
    let path = scratch.missing("report.xlsx")
    let run = try BuiltTongbi.run(Self.arguments + ["--format", "xlsx", "--output", path])
    #expect(run.status == 0, "\(run.errorText)")
    // ZIP entry names are stored as they are, in the local headers and the central directory.
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    for number in 1...14 {
      #expect(bytes.range(of: Data("xl/charts/chart\(number).xml".utf8)) != nil, "chart \(number)")
    }
    #expect(bytes.range(of: Data("xl/charts/chart15.xml".utf8)) == nil)
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
    #expect(run.errorText.contains("csv, json, xlsx and docx are not templated"))
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

  @Test(
    "project, forecast and backtest --format xlsx: one sheet equal to the command's CSV cell for cell",
    arguments: [
      ["project", "--period", "2024-06", "--targets", "Datasets/township/targets.csv"],
      ["forecast", "--horizon", "3", "--method", "snaive"],
      ["backtest", "--horizon", "2", "--method", "snaive"],
    ])
  func csvTables(_ command: [String]) throws {
    let scratch = try ScratchDirectory()
    let path = scratch.missing("table.xlsx")
    let arguments = command + [Self.township + "township-monthly.csv"]
    let run = try BuiltTongbi.run(arguments + ["--format", "xlsx", "--output", path])
    #expect(run.status == 0, "\(run.errorText)")
    let csv = try BuiltTongbi.run(arguments + ["--format", "csv"])
    let sheets = try Self.sheets(path)
    #expect(sheets.count == 1)
    let width = Self.rows(csv.outputText, width: 0)[0].count
    let expected = Self.rows(csv.outputText, width: width)
    #expect(expected.count > 4)
    #expect(Self.sameCells(Self.rows(sheets[0].csv, width: width), expected))
  }

  @Test("report --format docx writes a Word document with its parts")
  func document() throws {
    let scratch = try ScratchDirectory()
    let path = scratch.missing("report.docx")
    let run = try BuiltTongbi.run(Self.arguments + ["--format", "docx", "--output", path])
    #expect(run.status == 0, "\(run.errorText)")
    // ZIP entry names are stored as they are; the parts' XML is checked in OfficialDocumentTests.
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    for name in [
      "word/document.xml", "word/styles.xml", "word/fontTable.xml", "word/footer1.xml", "word/footer2.xml",
    ] {
      #expect(bytes.range(of: Data(name.utf8)) != nil, "\(name)")
    }
  }

  @Test(
    "report --format docx --reference-doc: into the office's template; a template without the marker said so")
  func referenceDocument() throws {
    let scratch = try ScratchDirectory()
    let documents = "Tests/TongbiKitTests/Fixtures/Documents/"
    let path = scratch.missing("report.docx")
    let run = try BuiltTongbi.run(
      Self.arguments + [
        "--format", "docx", "--reference-doc", documents + "letterhead.docx", "--output", path,
      ])
    #expect(run.status == 0, "\(run.errorText)")
    #expect(run.errorText.isEmpty)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(bytes.range(of: Data("word/media/image1.png".utf8)) != nil)
    let plain = try BuiltTongbi.run(
      Self.arguments + [
        "--format", "docx", "--reference-doc", documents + "libreoffice-footer.docx", "--output",
        scratch.missing("plain.docx"),
      ])
    #expect(plain.status == 0, "\(plain.errorText)")
    #expect(
      plain.errorText.contains("libreoffice-footer.docx: the template's body text is left out; put {{正文}}"))
    let html = try BuiltTongbi.run(
      Self.arguments + ["--format", "html", "--reference-doc", documents + "letterhead.docx"])
    #expect(html.status != 0)
    #expect(html.errorText.contains("--reference-doc applies to --format docx"))
    let workbook = try BuiltTongbi.run(
      Self.arguments + [
        "--format", "docx", "--reference-doc", "Tests/TongbiKitTests/Fixtures/Workbooks/long.xlsx",
        "--output",
        scratch.missing("no.docx"),
      ])
    #expect(workbook.status != 0)
    #expect(workbook.errorText.contains("long.xlsx: an Excel workbook, not a Word document: give a .docx"))
    #expect(!FileManager.default.fileExists(atPath: scratch.missing("no.docx")))
  }

  @Test(
    "a workbook and a document get the permissions of any output file, not the owner-only ones of their writing"
  )
  func permissions() throws {
    let scratch = try ScratchDirectory()
    let modes = try ["csv", "xlsx", "docx"].map { format in
      let path = scratch.missing("report.\(format)")
      let run = try BuiltTongbi.run(Self.arguments + ["--format", format, "--output", path])
      #expect(run.status == 0, "\(run.errorText)")
      return try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    }
    #expect(modes[0] != nil)
    #expect(modes[1] == modes[0])
    #expect(modes[2] == modes[0])
  }
}
