import Testing

@testable import TongbiKit

@Suite("Workbooks of CSV tables: columns as wide as their widest cell")
struct CSVWorkbookWidthTests {
  @Test("widths by hand: ASCII by bytes, a Chinese character two, quotes removed, capped at 60")
  func widths() {
    // Column 0: "清溪镇" is 3 wide characters, 6; column 1: "seasonal-share" 14 against "12.5" 4;
    // column 2: the quoted "a,b" is 3 (quotes gone), the 80-character cell capped at 60.
    let long = String(repeating: "x", count: 80)
    let csv = "region,method,note\n清溪镇,seasonal-share,\"a,b\"\nX,12.5,\(long)\n"
    let widths = Array(csv.utf8).withUnsafeBufferPointer { CSVWorkbook.columnWidths($0) }
    #expect(widths == [6, 14, 60])
  }

  @Test("numbers by their shown digits: two decimals for amounts, one for a _pct, none for a count")
  func numbers() {
    // lower: 35068.4612 is shown 35068.46 (8), −0.004 as 0.00 (4, no minus); growth_pct: −12.345 as −12.3
    // (5); origins: 3 (1) and 12 (2); probability 0.999 as 1.00 (4); 999.996 (written with 3
    // decimals, shown with 2) rounds up to 1000.00 (7, below 35068.46).
    let csv =
      "lower,growth_pct,origins,probability\n35068.4612,-12.345,3,0.999\n-0.004,1.5,12,0.5\n999.996,,,\n"
    let widths = Array(csv.utf8).withUnsafeBufferPointer { CSVWorkbook.columnWidths($0) }
    #expect(widths == [8, 5, 2, 4])
    #expect(CSVWorkbook.shownWidth(999.996, decimals: 2) == 7)
    #expect(CSVWorkbook.shownWidth(-0.004, decimals: 2) == 4)
    #expect(CSVWorkbook.shownWidth(-1e6, decimals: 0) == 8)
  }
}
