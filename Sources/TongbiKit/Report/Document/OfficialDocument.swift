@_spi(ByteLevel) import ByteLevel
import Foundation
import ZIPFoundation

/// The work report as a Word document (`.docx`, Office Open XML in a ZIP written with ZIPFoundation) in
/// the layout of GB/T 9704-2012 (党政机关公文格式): A4; margins top 37 mm, bottom 35 mm, left 28 mm, right
/// 26 mm; 22 lines a page (an exact line pitch on a line grid) of 28 characters (三号 across the 156 mm); the title in 方正小标宋简体 二号 (22 pt), centred; the body in
/// 仿宋_GB2312 三号 (16 pt) with a first-line indent of two characters; headings 一、 in 黑体 and （一） in
/// 楷体_GB2312; tables in 仿宋 with borders; page numbers "— 1 —" in 宋体 四号 at the foot, right on odd pages
/// and left on even ones, one character in. Fonts name their fallbacks (仿宋_GB2312 → 仿宋, FangSong,
/// SimSun) for machines without the official fonts. Charts are left out with a note pointing at the
/// workbook (`--format xlsx`).
package enum OfficialDocument {
  /// One block of the document body.
  package enum Block: Sendable, Equatable {
    /// The title, centred.
    case title(String)
    /// A first-level heading (一、…) in 黑体.
    case heading(String)
    /// A second-level heading (（一）…) in 楷体.
    case subheading(String)
    /// A body paragraph.
    case paragraph(String)
    /// A table: the header row, then rows of cell texts.
    case table(header: [String], rows: [[String]])
  }

  /// Twentieths of a point per millimetre.
  static func twips(millimetres: Double) -> Int { Int((millimetres * 1440 / 25.4).rounded()) }

  /// The page: A4, the margins of GB/T 9704-2012.
  static let page = (width: 11_906, height: 16_838)
  static let margins = (
    top: twips(millimetres: 37), bottom: twips(millimetres: 35), left: twips(millimetres: 28),
    right: twips(millimetres: 26)
  )
  /// The line pitch that puts 22 lines on the text area's height.
  static var linePitch: Int { (page.height - margins.top - margins.bottom) / 22 }
  /// The text area's width: 156 mm, 28 characters of 三号 (16 pt) with the characters' own advance.
  static var textWidth: Int { page.width - margins.left - margins.right }

  /// Writes `blocks` as a `.docx` at `path`, into a copy of `reference` when given (its styles, page,
  /// headers, footers and letterhead), else in the layout above.
  package static func write(_ blocks: [Block], reference: ReferenceDocument? = nil, to path: String)
    throws(ReportError)
  {
    let url = URL(fileURLWithPath: path)
    try? FileManager.default.removeItem(at: url)
    let entries =
      reference.map { parts(blocks, into: $0) }
      ?? parts(blocks).map { ReferenceDocument.Part(name: $0.0, bytes: Array($0.1.utf8)) }
    do {
      let archive = try Archive(url: url, accessMode: .create)
      for part in entries {
        let data = Data(part.bytes)
        try archive.addEntry(
          with: part.name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
        ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
      }
    } catch {
      throw .output(path: path, reason: "cannot write the document: \(error)")
    }
  }

  /// The document's parts by archive path.
  static func parts(_ blocks: [Block]) -> [(String, String)] {
    [
      ("[Content_Types].xml", contentTypes), ("_rels/.rels", packageRelationships),
      ("word/_rels/document.xml.rels", documentRelationships), ("word/document.xml", document(blocks)),
      ("word/styles.xml", styles), ("word/fontTable.xml", fontTable), ("word/settings.xml", settings),
      ("word/footer1.xml", footer(alignment: "right", indentSide: "right")),
      ("word/footer2.xml", footer(alignment: "left", indentSide: "left")),
    ]
  }

  /// The width of `text` in half-width characters (a Chinese character counts two).
  static func displayWidth(_ text: String) -> Int { TextTable.displayWidth(text) }

  static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

  /// `word/document.xml`: the blocks, then the section.
  static func document(_ blocks: [Block]) -> String {
    """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:document xmlns:w="\(wordNamespace)" xmlns:r="\(relationshipNamespace)"><w:body>\
    \(body(blocks, styles: Style.ownIDs))\(section(footers: ("rIdFooterOdd", "rIdFooterEven")))\
    </w:body></w:document>
    """
  }

  /// The blocks as body XML, each paragraph in the style whose id `styles` gives.
  static func body(_ blocks: [Block], styles: [Style: String]) -> String {
    // A template's ids are read decoded (A&amp;B as A&B): escaped again where written.
    let id = { (style: Style) in SVGText.escape(styles[style] ?? style.id) }
    var body = ""
    for block in blocks {
      switch block {
      case .title(let text):
        body += paragraph(text, style: id(.title))
        body += "<w:p><w:pPr><w:pStyle w:val=\"\(id(.body))\"/></w:pPr></w:p>"
      case .heading(let text): body += paragraph(text, style: id(.heading1))
      case .subheading(let text): body += paragraph(text, style: id(.heading2))
      case .paragraph(let text): body += paragraph(text, style: id(.body))
      case .table(let header, let rows):
        body += table(header: header, rows: rows, cellStyle: id(.tableText), after: id(.body))
      }
    }
    return body
  }

  /// The section: A4, the margins, the line grid, the odd and even footers of relationship ids
  /// `footers`.
  static func section(footers: (odd: String, even: String)) -> String {
    """
    <w:sectPr>\(footerReferences(footers))\
    <w:pgSz w:w="\(page.width)" w:h="\(page.height)"/>\
    <w:pgMar w:top="\(margins.top)" w:right="\(margins.right)" w:bottom="\(margins.bottom)" \
    w:left="\(margins.left)" w:header="851" w:footer="\(twips(millimetres: 28))" w:gutter="0"/>\
    <w:docGrid w:type="lines" w:linePitch="\(linePitch)"/></w:sectPr>
    """
  }

  /// The references to the odd-page (default) and even-page footers.
  static func footerReferences(_ footers: (odd: String, even: String)) -> String {
    "<w:footerReference w:type=\"default\" r:id=\"\(footers.odd)\"/>"
      + "<w:footerReference w:type=\"even\" r:id=\"\(footers.even)\"/>"
  }

  /// One paragraph of `style` holding `text`.
  static func paragraph(_ text: String, style: String) -> String {
    "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr><w:r><w:t xml:space=\"preserve\">\(SVGText.escape(text))</w:t></w:r></w:p>"
  }

  /// A table with single borders, its header row bold and repeated on each page, off the line grid; its
  /// columns as wide as `columnWidths` makes them.
  static func table(header: [String], rows: [[String]], cellStyle: String, after: String) -> String {
    let grid = columnWidths(header: header, rows: rows).map { "<w:gridCol w:w=\"\($0)\"/>" }.joined()
    let cell = { (text: String, bold: Bool) in
      "<w:tc><w:p><w:pPr><w:pStyle w:val=\"\(cellStyle)\"/></w:pPr><w:r>\(bold ? "<w:rPr><w:b/></w:rPr>" : "")"
        + "<w:t xml:space=\"preserve\">\(SVGText.escape(text))</w:t></w:r></w:p></w:tc>"
    }
    let border = { (side: String) in
      "<w:\(side) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
    }
    var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:jc w:val=\"center\"/><w:tblBorders>"
    xml += ["top", "left", "bottom", "right", "insideH", "insideV"].map(border).joined()
    xml += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>\(grid)</w:tblGrid>"
    xml += "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + header.map { cell($0, true) }.joined() + "</w:tr>"
    for row in rows { xml += "<w:tr>" + row.map { cell($0, false) }.joined() + "</w:tr>" }
    return xml + "</w:tbl><w:p><w:pPr><w:pStyle w:val=\"\(after)\"/></w:pPr></w:p>"
  }

  /// The widths of a table's columns in twips, filling the text area (120 twips a half-width
  /// character of 12 pt, plus the cell's margins): ideally each column holds its widest body cell on one
  /// line and its header on two; when the ideal is too wide, the width above the cells' own is shared in
  /// proportion to what each header would like (headers wrap, numbers never do); when even the cells are
  /// too wide, all are scaled down.
  static func columnWidths(header: [String], rows: [[String]]) -> [Int] {
    let twips = { (halfWidths: Int) in halfWidths * 120 + 240 }
    let cells = header.indices.map { column in
      rows.map { $0.indices.contains(column) ? displayWidth($0[column]) : 0 }.max() ?? 0
    }
    let minimum = cells.map(twips)
    let ideal = zip(header, cells).map { twips(max($1, (displayWidth($0) + 1) / 2)) }
    let (least, most) = (minimum.reduce(0, +), ideal.reduce(0, +))
    if most <= textWidth { return ideal.map { $0 * textWidth / max(1, most) } }
    if least >= textWidth { return minimum.map { $0 * textWidth / max(1, least) } }
    return zip(minimum, ideal).map { low, high in low + (high - low) * (textWidth - least) / (most - least) }
  }

  /// A footer with the page number as "— 1 —" in 宋体 四号 (14 pt), aligned `alignment`, one character
  /// in from that side.
  static func footer(alignment: String, indentSide: String) -> String {
    let run = { (text: String) in
      "<w:r><w:rPr><w:rFonts w:ascii=\"宋体\" w:hAnsi=\"宋体\" w:eastAsia=\"宋体\"/><w:sz w:val=\"28\"/></w:rPr>"
        + "<w:t xml:space=\"preserve\">\(text)</w:t></w:r>"
    }
    let field =
      "<w:r><w:rPr><w:sz w:val=\"28\"/></w:rPr><w:fldChar w:fldCharType=\"begin\"/></w:r>"
      + "<w:r><w:rPr><w:sz w:val=\"28\"/></w:rPr><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
      + "<w:r><w:rPr><w:sz w:val=\"28\"/></w:rPr><w:fldChar w:fldCharType=\"separate\"/></w:r>"
      + run("1") + "<w:r><w:rPr><w:sz w:val=\"28\"/></w:rPr><w:fldChar w:fldCharType=\"end\"/></w:r>"
    return """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <w:ftr xmlns:w="\(wordNamespace)"><w:p><w:pPr><w:jc w:val="\(alignment)"/>\
      <w:ind w:\(indentSide)Chars="100"/></w:pPr>\(run("— "))\(field)\(run(" —"))</w:p></w:ftr>
      """
  }

  /// Fonts with their fallbacks, in the font table (`w:altName`) and in each style (the East Asian face,
  /// then the Latin face another machine is likely to have).
  static let fontTable = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:fonts xmlns:w="\(wordNamespace)">\
    <w:font w:name="方正小标宋简体"><w:altName w:val="SimSun"/><w:charset w:val="86"/><w:family w:val="script"/></w:font>\
    <w:font w:name="仿宋_GB2312"><w:altName w:val="FangSong"/><w:charset w:val="86"/><w:family w:val="modern"/></w:font>\
    <w:font w:name="仿宋"><w:altName w:val="FangSong"/><w:charset w:val="86"/><w:family w:val="modern"/></w:font>\
    <w:font w:name="黑体"><w:altName w:val="SimHei"/><w:charset w:val="86"/><w:family w:val="modern"/></w:font>\
    <w:font w:name="楷体_GB2312"><w:altName w:val="KaiTi"/><w:charset w:val="86"/><w:family w:val="modern"/></w:font>\
    <w:font w:name="宋体"><w:altName w:val="SimSun"/><w:charset w:val="86"/><w:family w:val="auto"/></w:font>\
    </w:fonts>
    """

  /// A run style's fonts: `eastAsia` for Chinese, `latin` for digits and Latin letters.
  static func fonts(_ eastAsia: String, latin: String) -> String {
    "<w:rFonts w:ascii=\"\(latin)\" w:hAnsi=\"\(latin)\" w:eastAsia=\"\(eastAsia)\" w:cs=\"\(latin)\"/>"
  }

  /// The paragraph styles the report uses, each with the id and name it has in Tongbi's own document;
  /// in a reference document the office's style of the same name (case aside) is used instead.
  enum Style: CaseIterable {
    case body, title, heading1, heading2, tableText

    /// The id in Tongbi's own document.
    var id: String {
      switch self {
      case .body: "Body"
      case .title: "Title"
      case .heading1: "Heading1"
      case .heading2: "Heading2"
      case .tableText: "TableText"
      }
    }

    /// The name, as Word names its built-in styles.
    var name: String {
      switch self {
      case .body: "Body Text"
      case .title: "Title"
      case .heading1: "heading 1"
      case .heading2: "heading 2"
      case .tableText: "Table Text"
      }
    }

    /// Each style's own id.
    static var ownIDs: [Style: String] { Dictionary(uniqueKeysWithValues: allCases.map { ($0, $0.id) }) }

    /// The style's definition under `id`: Body 仿宋_GB2312 16 pt, indented two characters, on the exact
    /// line pitch; Title 方正小标宋简体 22 pt centred; Heading1 黑体 and Heading2 楷体_GB2312 16 pt; TableText
    /// 仿宋 12 pt centred, off the grid.
    func definition(id: String) -> String {
      let exact =
        "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"\(OfficialDocument.linePitch)\" w:lineRule=\"exact\"/>"
      // Two characters of 16 pt: in characters for Word, in twips for readers without character units.
      let indent = "<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>"
      let (paragraph, run): (String, String)
      switch self {
      case .body:
        (paragraph, run) = (
          exact + indent + "<w:jc w:val=\"both\"/>", fonts("仿宋_GB2312") + "<w:sz w:val=\"32\"/>"
        )
      case .title:
        (paragraph, run) = (exact + "<w:jc w:val=\"center\"/>", fonts("方正小标宋简体") + "<w:sz w:val=\"44\"/>")
      case .heading1:
        (paragraph, run) = (
          exact + indent + "<w:outlineLvl w:val=\"0\"/>", fonts("黑体") + "<w:sz w:val=\"32\"/>"
        )
      case .heading2:
        (paragraph, run) = (
          exact + indent + "<w:outlineLvl w:val=\"1\"/>", fonts("楷体_GB2312") + "<w:sz w:val=\"32\"/>"
        )
      case .tableText:
        (paragraph, run) = (
          "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\"/><w:jc w:val=\"center\"/>",
          fonts("仿宋") + "<w:sz w:val=\"24\"/>"
        )
      }
      return "<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
        + "<w:pPr>\(paragraph)</w:pPr><w:rPr>\(run)</w:rPr></w:style>"
    }

    /// A run style's fonts: `eastAsia` for Chinese, Times New Roman for digits and Latin letters.
    private func fonts(_ eastAsia: String) -> String {
      OfficialDocument.fonts(eastAsia, latin: "Times New Roman")
    }
  }

  /// The styles part: the defaults (仿宋_GB2312 16 pt, Chinese) and each `Style` under its own id.
  static var styles: String {
    """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:styles xmlns:w="\(wordNamespace)"><w:docDefaults><w:rPrDefault><w:rPr>\
    \(fonts("仿宋_GB2312", latin: "Times New Roman"))<w:sz w:val="32"/><w:lang w:eastAsia="zh-CN"/></w:rPr>\
    </w:rPrDefault></w:docDefaults>\(Style.allCases.map { $0.definition(id: $0.id) }.joined())</w:styles>
    """
  }

  /// Odd and even pages with their own footers.
  static let settings = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:settings xmlns:w="\(wordNamespace)"><w:evenAndOddHeaders/></w:settings>
    """

  static let contentTypes = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
    <Default Extension="xml" ContentType="application/xml"/>\
    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
    <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
    <Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>\
    <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
    <Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
    <Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
    </Types>
    """

  static let packageRelationships = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="\(relationshipNamespace)/officeDocument" Target="word/document.xml"/>\
    </Relationships>
    """

  static let documentRelationships = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rIdStyles" Type="\(relationshipNamespace)/styles" Target="styles.xml"/>\
    <Relationship Id="rIdFonts" Type="\(relationshipNamespace)/fontTable" Target="fontTable.xml"/>\
    <Relationship Id="rIdSettings" Type="\(relationshipNamespace)/settings" Target="settings.xml"/>\
    <Relationship Id="rIdFooterOdd" Type="\(relationshipNamespace)/footer" Target="footer1.xml"/>\
    <Relationship Id="rIdFooterEven" Type="\(relationshipNamespace)/footer" Target="footer2.xml"/>\
    </Relationships>
    """
}
