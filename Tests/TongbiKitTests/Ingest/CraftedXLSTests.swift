import Foundation
import Testing

@testable import TongbiKit

/// `.xls` files no spreadsheet writes (Fixtures/Workbooks/crafted/make_crafted_xls.py), each testing one
/// guard of Tongbi's own reading around FreeXL: what a damaged or crafted file may not do.
@Suite("Ingest: crafted .xls files")
struct CraftedXLSTests {
  static func fixture(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/Workbooks/crafted/\(name)").path
  }

  /// The sheets of the crafted `.xls` `name` (Fixtures/Workbooks/crafted/make_crafted_xls.py) as CSV
  /// text, or the error opening it.
  static func crafted(_ name: String) -> Result<[String], IngestError> {
    let path = fixture(name)
    guard let data = FileManager.default.contents(atPath: path) else {
      return .failure(.unreadable(path: path, reason: "missing fixture"))
    }
    return data.withUnsafeBytes { raw in
      Result { () throws(IngestError) in
        let workbook = try XLSWorkbook.open(raw, path: path, sheet: nil)
        var sheets: [String] = []
        for entry in workbook.sheets {
          sheets.append(String(decoding: try workbook.convert(entry).csv, as: UTF8.self))
        }
        return sheets
      }
    }
  }

  @Test(
    "crafted .xls: a date-formatted formula is its date; cells and merges beyond BIFF8's sheet are not read")
  func craftedCells() throws {
    // B1 is a formula cached 45383 in format 14 (m/d/yy): 2024-04-01 in the 1900 system, as A1 of an .xlsx
    // header would read.
    #expect(try Self.crafted("date-formula.xls").get() == ["7,2024-04-01\n"])
    // A formula at column 65,536 (BIFF8 has 256): dropped, not a sheet of 65,536 × 65,536 cells.
    #expect(try Self.crafted("cell-beyond-sheet.xls").get() == ["7\n"])
    // A1 merged over 65,536 × 65,536 cells: nothing to fill within the sheet's one cell.
    #expect(try Self.crafted("merge-beyond-sheet.xls").get() == ["7\n"])
  }

  @Test("crafted .xls: too many declared cells, encryption and Excel 95 are refused before FreeXL opens them")
  func craftedRefusals() {
    let message = { (name: String) -> String in
      switch Self.crafted(name) {
      case .success: return "read"
      case .failure(let error): return "\(error)".replacingOccurrences(of: Self.fixture("") + "/", with: "")
      }
    }
    // 8 sheets × 65,536 × 256 = 134,217,728 declared cells, beyond the budget of two full sheets.
    #expect(
      message("declares-too-much.xls")
        == "declares-too-much.xls:1: a damaged .xls workbook: its 8 sheet(s) declare 134217728 cells, more "
        + "than Excel 97–2003 sheets hold")
    #expect(message("file-pass.xls").hasPrefix("file-pass.xls:1: a password-protected or encrypted workbook"))
    #expect(
      message("biff5.xls")
        == "biff5.xls:1: an Excel 5.0/95 (or older) workbook, which Tongbi does not read: open it and save "
        + "it as .xlsx or CSV")
  }
}
