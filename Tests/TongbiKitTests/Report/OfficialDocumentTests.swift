import Testing

@testable import TongbiKit

/// The `.docx` report's parts: the layout of GB/T 9704-2012 and the text, checked in the XML.
@Suite("Report as an official document (.docx)")
struct OfficialDocumentTests {
  static let blocks: [OfficialDocument.Block] = [
    .title("清溪镇2024年1-6月主要经济指标运行情况"), .paragraph("1-6月份完成税收收入18927.2万元，同比增长8.7%。"),
    .heading("一、主要指标完成情况"), .table(header: ["指标", "增速(%)"], rows: [["税收收入", "8.7"], ["A&B<C>", "—"]]),
  ]

  static func part(_ name: String) -> String {
    OfficialDocument.parts(blocks).first { $0.0 == name }?.1 ?? ""
  }

  // A4 is 210 × 297 mm = 11,906 × 16,838 twips; 37, 35, 28 and 26 mm are 2,098, 1,984, 1,587 and 1,474
  // twips (mm × 1440 / 25.4, rounded); 22 lines on 297 − 37 − 35 = 225 mm: (16,838 − 2,098 − 1,984) / 22
  // = 579 twips a line.
  @Test("A4, the margins of GB/T 9704-2012, 22 lines a page, odd and even footers")
  func page() {
    let document = Self.part("word/document.xml")
    #expect(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
    #expect(document.contains("<w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1587\""))
    #expect(document.contains("<w:docGrid w:type=\"lines\" w:linePitch=\"579\"/>"))
    #expect(document.contains("w:type=\"default\" r:id=\"rIdFooterOdd\""))
    #expect(document.contains("w:type=\"even\" r:id=\"rIdFooterEven\""))
    #expect(Self.part("word/settings.xml").contains("<w:evenAndOddHeaders/>"))
    #expect(Self.part("word/footer1.xml").contains("<w:jc w:val=\"right\"/>"))
    #expect(Self.part("word/footer2.xml").contains("<w:jc w:val=\"left\"/>"))
    #expect(Self.part("word/footer1.xml").contains("PAGE"))
  }

  // 二号 is 22 pt (w:sz 44, half-points), 三号 16 pt (32); two characters of 16 pt indent 640 twips.
  @Test(
    "fonts and sizes: 方正小标宋简体 二号 title, 仿宋_GB2312 三号 body indented two characters, 黑体 and 楷体 headings, fallbacks named"
  )
  func fonts() {
    let styles = Self.part("word/styles.xml")
    #expect(styles.contains("w:eastAsia=\"方正小标宋简体\" w:cs=\"Times New Roman\"/><w:sz w:val=\"44\"/>"))
    #expect(styles.contains("w:eastAsia=\"仿宋_GB2312\""))
    #expect(styles.contains("<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>"))
    #expect(styles.contains("w:eastAsia=\"黑体\""))
    #expect(styles.contains("w:eastAsia=\"楷体_GB2312\""))
    let fonts = Self.part("word/fontTable.xml")
    #expect(fonts.contains("<w:font w:name=\"仿宋_GB2312\"><w:altName w:val=\"FangSong\"/>"))
    #expect(fonts.contains("<w:font w:name=\"方正小标宋简体\"><w:altName w:val=\"SimSun\"/>"))
  }

  @Test("the title, the paragraph, the heading and the table's cells, escaped")
  func text() {
    let document = Self.part("word/document.xml")
    #expect(
      document.contains(
        "<w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t xml:space=\"preserve\">清溪镇2024年1-6月主要经济指标运行情况"))
    #expect(document.contains(">1-6月份完成税收收入18927.2万元，同比增长8.7%。</w:t>"))
    #expect(document.contains("<w:pStyle w:val=\"Heading1\"/>"))
    #expect(document.contains(">A&amp;B&lt;C&gt;</w:t>"))
    #expect(document.contains("<w:tblHeader/>"))
    #expect(!document.contains("A&B"))
  }

  // The text area is 11,906 − 1,587 − 1,474 = 8,845 twips. Two columns whose cells (税收收入: 8 half
  // widths; 18927.2: 7) and headers fit: ideal widths 8 × 120 + 240 = 1,200 and 7 × 120 + 240 = 1,080
  // (2,280 in all), scaled to fill: 1,200 × 8,845 / 2,280 = 4,655 and 1,080 × 8,845 / 2,280 = 4,189.
  // Nine crowded columns: each still holds its widest cell on one line (cells × 120 + 240), headers wrap.
  @Test("table columns fill the text area; numbers never wrap, headers do")
  func columnWidths() {
    #expect(
      OfficialDocument.columnWidths(header: ["指标", "本期累计"], rows: [["税收收入", "18927.2"]]) == [4655, 4189])
    let header = [
      "地区", "税收收入增速(%)", "税收收入排名", "固定资产投资增速(%)", "固定资产投资排名", "规上工业总产值增速(%)",
      "规上工业总产值排名", "工业技改投资增速(%)", "工业技改投资排名",
    ]
    let rows = [["清溪工业园区", "14.9", "1", "15.1", "1", "-10.3", "2", "-10.0", "4"]]
    let widths = OfficialDocument.columnWidths(header: header, rows: rows)
    for (width, cell) in zip(widths, rows[0]) {
      #expect(width >= OfficialDocument.displayWidth(cell) * 120 + 240, "\(cell)")
    }
    #expect(abs(widths.reduce(0, +) - OfficialDocument.textWidth) < widths.count)
  }
}
