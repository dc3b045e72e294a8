import Foundation
import TestSupport
import Testing

@testable import TongbiKit

@Suite("Growth table as an .xlsx workbook")
struct GrowthWorkbookTests {
  // The township panel's growth table has 28 series (7 regions × 4 indicators) × 33 periods (2022-02 to
  // 2024-12, 35 months, less the two Januaries published with February) = 924 rows; at 300 rows a
  // sheet it takes growth, growth (2), growth (3) and growth (4), each headed by the keys.
  @Test("a table longer than a sheet goes on in growth (2), growth (3), …, each with the header")
  func sheetsOfALongTable() throws {
    let panel = try ingest(packageRoot + "/Datasets/township/township-monthly.csv").panel
    let table = try GrowthTable(panel: panel)
    let scratch = try ScratchDirectory()
    let path = scratch.missing("growth.xlsx")
    var renderer = GrowthXLSXRenderer()
    renderer.rowsPerSheet = 300
    try renderer.write(table, to: path)
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    let sheets = try data.withUnsafeBytes { raw in
      let workbook = try WorkbookReader.open(raw, path: path, sheet: nil)
      return try workbook.sheets.map { ($0.name, try workbook.convert($0).csv) }
    }
    #expect(sheets.map(\.0) == ["growth", "growth (2)", "growth (3)", "growth (4)"])
    let lines = sheets.map { String(decoding: $0.1, as: UTF8.self).split(separator: "\n") }
    #expect(lines.map(\.count) == [301, 301, 301, 25])
    let header = table.columns.map(\.key).joined(separator: ",")
    #expect(lines.allSatisfy { $0.first.map(String.init) == header })
  }

  @Test("an empty table still has its sheet and header")
  func emptyTable() throws {
    let panel = try ingest(packageRoot + "/Datasets/township/township-monthly.csv").panel
    // 2023-01 is published with February (1-2月): no row of the table is at it.
    let table = try GrowthTable(panel: panel, period: Period(year: 2023, month: 1))
    let scratch = try ScratchDirectory()
    let path = scratch.missing("empty.xlsx")
    try GrowthXLSXRenderer().write(table, to: path)
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    let sheets = try data.withUnsafeBytes { raw in
      let workbook = try WorkbookReader.open(raw, path: path, sheet: nil)
      return try workbook.sheets.map {
        ($0.name, String(decoding: try workbook.convert($0).csv, as: UTF8.self))
      }
    }
    #expect(sheets.map(\.0) == ["growth"])
    #expect(sheets.first?.1 == table.columns.map(\.key).joined(separator: ",") + "\n")
  }

  @Test("the CSV's formula guard is dropped for a workbook's text cell, and only before = + - @")
  func formulaGuard() {
    let text = { (field: String) -> String in
      Array(field.utf8).withUnsafeBufferPointer { String(decoding: CSVRows.unguarded($0), as: UTF8.self) }
    }
    #expect(text("'@东岭村") == "@东岭村")
    #expect(text("'=SUM(A1)") == "=SUM(A1)")
    #expect(text("'东岭村") == "'东岭村")
    #expect(text("东岭村") == "东岭村")
  }

  // 7.79 is the double 7.79 (NSDecimalNumber's doubleValue gave 7.790000000000001 on Linux).
  @Test("an amount's cell holds the double nearest its decimal text")
  func amountDouble() {
    #expect(
      ReportTable.amount(ReportAmount(value: Decimal(string: "7.79") ?? 0, decimals: 2))
        == .number(7.79, text: "7.79", decimals: 2))
  }

  @Test("sheet names: apostrophes at either end removed, 31 characters counted as code points")
  func sheetNames() {
    #expect(SpreadsheetWriter.legalSheetName("'增速'", taken: []) == "增速")
    #expect(
      SpreadsheetWriter.legalSheetName(String(repeating: "é", count: 40), taken: []).unicodeScalars.count
        == 31)
  }
}
