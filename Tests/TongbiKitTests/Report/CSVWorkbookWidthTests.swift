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
}
