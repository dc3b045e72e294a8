import Foundation
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

@Suite("Workbooks of CSV tables: text wider than its column wraps")
struct CSVWorkbookWrapTests {
  // The 61-character method of row 3 is wider than the 60-character cap, so only its cell gets a style,
  // and that style (cellXfs entry 1; entry 0 is the default) wraps; the 60-character one of row 2 does
  // not, nor the 2-character note beside either.
  @Test("a 61-character cell is written wrapped; a 60-character one and its neighbours are not")
  func longCellWraps() throws {
    let fits = String(repeating: "m", count: 60)
    let wider = String(repeating: "m", count: 61)
    let csv = "region,method,note\nA,\(fits),ok\nB,\(wider),ok\n"
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("wrap-\(UUID().uuidString).xlsx").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try CSVWorkbook.write(csv: Array(csv.utf8), sheet: "forecasts", to: path)
    let parts = try ReferenceDocumentTests.parts(path)
    let sheet = String(decoding: try #require(parts["xl/worksheets/sheet1.xml"]), as: UTF8.self)
    let styles = String(decoding: try #require(parts["xl/styles.xml"]), as: UTF8.self)
    let styled = sheet.components(separatedBy: "<c r=\"").dropFirst().filter { $0.contains(" s=\"") }
      .map { String($0.prefix { $0 != "\"" }) }
    // Row 1 is the header (bold, its own style); below it only B3 is styled.
    #expect(styled.filter { !$0.hasSuffix("1") } == ["B3"])
    #expect(sheet.contains("<c r=\"B3\" s=\"2\""))
    let xfs = styles.components(separatedBy: "<cellXfs")[1].components(separatedBy: "</cellXfs>")[0]
      .components(separatedBy: "<xf ").dropFirst()
    #expect(xfs.count == 3)
    #expect(xfs.dropFirst(2).first?.contains("wrapText=\"1\"") == true)
    #expect(xfs.prefix(2).allSatisfy { !$0.contains("wrapText") })
    // Row 3 holds two lines (61 characters, no space: 55 then 6), 2 × 15 points; row 2 keeps the default.
    #expect(sheet.contains("<row r=\"3\" ht=\"30\" customHeight=\"1\">"))
    #expect(sheet.contains("<row r=\"2\">"))
  }

  // Wrapped at 55: eleven 10-character words, 120 wide, take 5 words a line (5 × 10 + 4 spaces = 54; a
  // sixth makes 65), so 5 + 5 + 1, three lines. A 130-character word after "x": "x" alone, then the word over
  // 55 + 55 + 20, four lines. 60 characters (no break) fit on one line unwrapped; a Chinese character counts
  // two, so 30 of them fit and 31 (62) take two. A line break makes two lines of "a" and "b", even short.
  @Test(
    "lines of wrapped text by hand: words filled greedily, a long word split, wide characters double, breaks")
  func lines() {
    let count = { (text: String) in Array(text.utf8).withUnsafeBufferPointer { CSVWorkbook.wrappedLines($0) }
    }
    let word = String(repeating: "m", count: 10)
    #expect(count(Array(repeating: word, count: 11).joined(separator: " ")) == 3)
    #expect(count("x " + String(repeating: "w", count: 130)) == 4)
    #expect(count(String(repeating: "m", count: 60)) == 1)
    #expect(count(String(repeating: "清", count: 30)) == 1)
    #expect(count(String(repeating: "清", count: 31)) == 2)
    #expect(count("a\nb") == 2)
    #expect(count("") == 1)
  }
}
