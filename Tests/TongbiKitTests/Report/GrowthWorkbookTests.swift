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
}
