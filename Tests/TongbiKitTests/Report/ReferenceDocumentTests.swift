import Foundation
import Testing
import ZIPFoundation

@testable import TongbiKit

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `report --format docx --reference-doc`: the report written into an office's own Word document
/// (Fixtures/Documents/make_reference_documents.py), read back part by part with ZIPFoundation.
@Suite("Report into the office's own Word document (--reference-doc)")
struct ReferenceDocumentTests {
  static let blocks: [OfficialDocument.Block] = [
    .title("清溪镇2024年1-6月主要经济指标运行情况"), .paragraph("1-6月份完成税收收入18927.2万元，同比增长8.7%。"),
    .heading("一、主要指标完成情况"), .table(header: ["指标", "增速(%)"], rows: [["税收收入", "8.7"]]),
  ]

  static func fixture(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/Documents/\(name)").path
  }

  /// The parts of the `.docx` at `path` by name.
  static func parts(_ path: String) throws -> [String: Data] {
    let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    var parts: [String: Data] = [:]
    for entry in archive {
      var data = Data()
      _ = try archive.extract(entry) { data.append($0) }
      parts[entry.path] = data
    }
    return parts
  }

  /// The report written into the template `name`: its parts as text and as bytes, and the template's.
  static func written(into name: String) throws -> (
    output: [String: String], bytes: [String: Data], template: [String: Data]
  ) {
    let reference = try ReferenceDocument.read(path: fixture(name))
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("tongbi-\(UUID()).docx").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try OfficialDocument.write(blocks, reference: reference, to: path)
    let bytes = try parts(path)
    return (bytes.mapValues { String(decoding: $0, as: UTF8.self) }, bytes, try parts(fixture(name)))
  }

  /// Whether `text` parses as XML.
  static func wellFormed(_ text: String) -> Bool {
    (try? XMLDocument(data: Data(text.utf8))) != nil
  }

  /// The position of `needle` in `text` (its distance from the start in characters), for order checks.
  static func offset(_ needle: String, in text: String) -> Int? {
    text.range(of: needle).map { text.distance(from: text.startIndex, to: $0.lowerBound) }
  }

  @Test("the letterhead before the report and the closing after it; the marker split across runs replaced")
  func letterhead() throws {
    let (output, _, _) = try Self.written(into: "letterhead.docx")
    let document = try #require(output["word/document.xml"])
    #expect(Self.wellFormed(document))
    let order = [
      "清溪镇人民政府文件", "清政发〔2024〕12号", "清溪镇2024年1-6月主要经济指标运行情况", "同比增长8.7%", ">税收收入<", "清溪镇人民政府<", "抄送",
    ]
    let offsets = order.compactMap { Self.offset($0, in: document) }
    #expect(offsets.count == order.count)
    #expect(offsets == offsets.sorted())
    #expect(!document.contains("{{"))
    #expect(!document.contains("正文</w:t>"))
    // The template's root element with its namespaces and mc:Ignorable is kept.
    #expect(document.contains("mc:Ignorable=\"w14 w15 wp14\""))
  }

  // The fixture's style ids are Word's Chinese ones: a Normal, 1 heading 1, 2 heading 2, a3 Title; it
  // has no Body Text (so the body takes the default paragraph style, a) and no Table Text (added).
  @Test("styles taken from the template by name; the one it lacks added beside its own")
  func styles() throws {
    let (output, _, template) = try Self.written(into: "letterhead.docx")
    let document = try #require(output["word/document.xml"])
    #expect(document.contains("<w:pStyle w:val=\"a3\"/></w:pPr><w:r><w:t xml:space=\"preserve\">清溪镇2024年"))
    #expect(document.contains("<w:pStyle w:val=\"1\"/></w:pPr><w:r><w:t xml:space=\"preserve\">一、主要指标完成情况"))
    #expect(document.contains("<w:pStyle w:val=\"a\"/></w:pPr><w:r><w:t xml:space=\"preserve\">1-6月份"))
    #expect(document.contains("<w:pStyle w:val=\"TableText\"/>"))
    #expect(!document.contains("<w:pStyle w:val=\"Title\"/>"))
    let styles = try #require(output["word/styles.xml"])
    #expect(Self.wellFormed(styles))
    #expect(styles.components(separatedBy: "w:styleId=\"TableText\"").count == 2)
    #expect(styles.components(separatedBy: "<w:style ").count == 7 + 1)
    let original = String(decoding: try #require(template["word/styles.xml"]), as: UTF8.self)
    #expect(styles.hasPrefix(String(original.dropLast("</w:styles>".count))))
  }

  // The template's section: margins 1531 twips left and right (not GB/T's 1587 and 1474), its header
  // rId8; it has no footer, so the two page-number footers are added and even pages turned on, with the
  // header repeated for even pages.
  @Test("the template's page and header; page-number footers added where it has none")
  func sectionAndFooters() throws {
    let (output, bytes, template) = try Self.written(into: "letterhead.docx")
    let document = try #require(output["word/document.xml"])
    #expect(document.contains("w:right=\"1531\" w:bottom=\"1985\" w:left=\"1531\""))
    #expect(document.contains("<w:headerReference w:type=\"default\" r:id=\"rId8\"/>"))
    #expect(document.contains("<w:headerReference w:type=\"even\" r:id=\"rId8\"/>"))
    #expect(document.contains("<w:footerReference w:type=\"default\" r:id=\"rIdTongbiFooterOdd\"/>"))
    #expect(document.contains("<w:footerReference w:type=\"even\" r:id=\"rIdTongbiFooterEven\"/>"))
    let relationships = try #require(output["word/_rels/document.xml.rels"])
    #expect(Self.wellFormed(relationships))
    #expect(relationships.contains("Id=\"rIdTongbiFooterOdd\""))
    #expect(relationships.contains("Target=\"tongbi-footer-odd.xml\""))
    #expect(output["word/tongbi-footer-odd.xml"]?.contains("<w:jc w:val=\"right\"/>") == true)
    #expect(output["word/tongbi-footer-even.xml"]?.contains("<w:jc w:val=\"left\"/>") == true)
    let types = try #require(output["[Content_Types].xml"])
    #expect(types.contains("PartName=\"/word/tongbi-footer-even.xml\""))
    // CT_Settings puts evenAndOddHeaders after defaultTabStop and before drawingGridVerticalSpacing.
    let settings = try #require(output["word/settings.xml"])
    #expect(
      settings.contains(
        "<w:defaultTabStop w:val=\"420\"/><w:evenAndOddHeaders/><w:drawingGridVerticalSpacing"))
    // The header, its image and its relationships are copied as they are.
    for name in [
      "word/header1.xml", "word/_rels/header1.xml.rels", "word/media/image1.png", "docProps/core.xml",
    ] {
      #expect(bytes[name] != nil && bytes[name] == template[name], "\(name)")
    }
  }

  @Test("a template (.dotx) becomes a document")
  func template() throws {
    let (output, _, _) = try Self.written(into: "letterhead.dotx")
    let types = try #require(output["[Content_Types].xml"])
    #expect(types.contains("wordprocessingml.document.main+xml"))
    #expect(!types.contains("template.main"))
  }

  // LibreOffice's document: styles Heading1 named "Heading 1" and TextBody named "Body Text", a footer
  // with the page number (rId2), A4 with margins of 1701 twips (3 cm), a heading and a sample paragraph
  // but no marker.
  @Test("LibreOffice's document: its footer kept, none added; its sample text left out and said so")
  func libreOffice() throws {
    let reference = try ReferenceDocument.read(path: Self.fixture("libreoffice-footer.docx"))
    #expect(reference.ignoresBody)
    let (output, _, _) = try Self.written(into: "libreoffice-footer.docx")
    let document = try #require(output["word/document.xml"])
    #expect(Self.wellFormed(document))
    #expect(!document.contains("示例标题"))
    #expect(!document.contains("示例正文"))
    #expect(document.contains("<w:footerReference w:type=\"default\" r:id=\"rId2\"/>"))
    #expect(!document.contains("rIdTongbiFooter"))
    #expect(document.contains("<w:pgMar w:left=\"1701\""))
    #expect(document.contains("<w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t xml:space=\"preserve\">一、"))
    #expect(document.contains("<w:pStyle w:val=\"TextBody\"/></w:pPr><w:r><w:t xml:space=\"preserve\">1-6月份"))
    #expect(output.keys.filter { $0.contains("tongbi") }.isEmpty)
    #expect(output["word/settings.xml"].map { !$0.contains("evenAndOddHeaders") } == true)
  }

  /// The error reading `bytes` as a reference document.
  static func refusal(_ bytes: [UInt8]) -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("tongbi-\(UUID()).docx").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
    do {
      _ = try ReferenceDocument.read(path: path)
      return "read"
    } catch {
      return error.description
    }
  }

  /// The error assembling a template from `parts` (with content types declaring nothing but XML unless
  /// given; `nil` leaves them out).
  static func refusal(parts: [String: String?]) -> String {
    let defaults = [
      "[Content_Types].xml": "<Types><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"
    ]
    let list = parts.merging(defaults) { given, _ in given }.compactMap { name, text in
      text.map { ReferenceDocument.Part(name: name, bytes: Array($0.utf8)) }
    }
    do {
      _ = try ReferenceDocument.assemble(list, path: "t.docx")
      return "read"
    } catch {
      return error.description
    }
  }

  static let packageRelationships =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
    + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
    + "Target=\"word/document.xml\"/></Relationships>"

  static func document(_ body: String, namespace: String = ReferenceDocument.wordNamespace) -> String {
    "<w:document xmlns:w=\"\(namespace)\"><w:body>\(body)</w:body></w:document>"
  }

  @Test("files that are not Word documents are refused with what to do")
  func refused() throws {
    #expect(
      Self.refusal([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504))
        .contains(
          "a Word 97-2003 document (.doc) or a password-protected .docx"))
    #expect(Self.refusal(Array("指标,地区\n".utf8)).contains("not a Word document (.docx): not a ZIP archive"))
    let workbook = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/Workbooks/long.xlsx")
    #expect(
      Self.refusal(Array(try Data(contentsOf: workbook))).contains("an Excel workbook, not a Word document"))
    let marker = "<w:p><w:r><w:t>{{正文}}</w:t></w:r></w:p>"
    #expect(
      Self.refusal(parts: [
        "_rels/.rels": Self.packageRelationships, "word/document.xml": Self.document(marker + marker),
      ])
      .contains("marks where the report goes twice"))
    #expect(
      Self.refusal(parts: [
        "_rels/.rels": Self.packageRelationships, "word/document.xml": Self.document(marker),
        "[Content_Types].xml": "<Types><Override PartName=\"/word/document.xml\" "
          + "ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/></Types>",
      ]).contains("a macro-enabled document"))
    #expect(
      Self.refusal(parts: [
        "_rels/.rels": Self.packageRelationships,
        "word/document.xml": Self.document(
          marker, namespace: "http://purl.oclc.org/ooxml/wordprocessingml/main"),
      ]).contains("a Strict Open XML document"))
    #expect(
      Self.refusal(parts: [
        "_rels/.rels": Self.packageRelationships,
        "word/document.xml": "<w:document xmlns:w=\""
          + ReferenceDocument.wordNamespace + "\"><w:body><w:p></w:body></w:document>",
      ]).contains("not well-formed"))
    #expect(
      Self.refusal(parts: ["_rels/.rels": Self.packageRelationships]).contains("lacks its main document"))
    #expect(
      Self.refusal(parts: ["word/document.xml": Self.document(marker)]).contains("without a main document"))
    #expect(
      Self.refusal(parts: [
        "_rels/.rels": Self.packageRelationships, "word/document.xml": Self.document(marker),
        "[Content_Types].xml": nil,
      ]).contains("lacks its content types"))
    #expect(
      Self.refusal(parts: [
        "_rels/.rels": Self.packageRelationships, "word/document.xml": Self.document(marker),
      ]) == "read")
  }

  // A root declaring w on a line of its own and no r: the footers added need r, declared on the root.
  @Test("a template whose root does not declare the relationships namespace gets it for the footers")
  func relationshipsNamespace() throws {
    let parts = [
      "[Content_Types].xml": "<Types><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>",
      "_rels/.rels": Self.packageRelationships,
      "word/document.xml":
        "<w:document\n xmlns:w=\"\(ReferenceDocument.wordNamespace)\"><w:body><w:p><w:r><w:t>"
        + "{{report}}</w:t></w:r></w:p><w:sectPr/></w:body></w:document>",
    ].map { ReferenceDocument.Part(name: $0.key, bytes: Array($0.value.utf8)) }
    let reference = try ReferenceDocument.assemble(parts, path: "t.docx")
    let written = OfficialDocument.parts(Self.blocks, into: reference)
    let document = String(
      decoding: try #require(written.first { $0.name == "word/document.xml" }).bytes, as: UTF8.self)
    #expect(
      document.hasPrefix("<w:document xmlns:r=\"\(OfficialDocument.relationshipNamespace)\"\n xmlns:w="))
    #expect(
      document.contains("<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdTongbiFooterOdd\"/>"))
    #expect(Self.wellFormed(document))
  }

  @Test("an empty body (<w:body/>) takes the report")
  func emptyBody() throws {
    let parts = [
      "[Content_Types].xml": "<Types><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>",
      "_rels/.rels": Self.packageRelationships,
      "word/document.xml":
        "<w:document xmlns:w=\"\(ReferenceDocument.wordNamespace)\"><w:body/></w:document>",
    ].map { ReferenceDocument.Part(name: $0.key, bytes: Array($0.value.utf8)) }
    let written = OfficialDocument.parts(
      Self.blocks, into: try ReferenceDocument.assemble(parts, path: "t.docx"))
    let document = String(
      decoding: try #require(written.first { $0.name == "word/document.xml" }).bytes, as: UTF8.self)
    #expect(Self.wellFormed(document))
    #expect(document.contains("<w:body><w:p><w:pPr><w:pStyle w:val=\"Title\"/>"))
    // No section in the template: GB/T 9704's, with the footers.
    #expect(document.contains("<w:pgMar w:top=\"2098\""))
  }

  // A minimal template at the package's root (document.xml), its relationships and settings parts
  // self-closing, a style id with an ampersand, even pages turned off: the footers, their relationships
  // and content types land inside the roots, the part names have no leading slash, the id is escaped,
  // even pages are turned on.
  @Test("self-closing roots, a main document at the root, an id to escape, even pages off")
  func unusualTemplate() throws {
    let word = ReferenceDocument.wordNamespace
    let relationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    let office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    let parts = [
      "[Content_Types].xml":
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
      "_rels/.rels": "<Relationships xmlns=\"\(relationships)\"><Relationship Id=\"r1\" "
        + "Type=\"\(office)/officeDocument\" Target=\"document.xml\"/></Relationships>",
      "_rels/document.xml.rels": "<Relationships xmlns=\"\(relationships)\"><Relationship Id=\"s\" "
        + "Type=\"\(office)/styles\" Target=\"styles.xml\"/><Relationship Id=\"t\" "
        + "Type=\"\(office)/settings\" Target=\"settings.xml\"/></Relationships>",
      "document.xml":
        "<w:document xmlns:w=\"\(word)\" xmlns:r=\"\(office)\"><w:body><w:sectPr/></w:body></w:document>",
      "styles.xml": "<w:styles xmlns:w=\"\(word)\"><w:style w:type=\"paragraph\" w:styleId=\"A&amp;B\">"
        + "<w:name w:val=\"heading 1\"/></w:style></w:styles>",
      "settings.xml": "<w:settings xmlns:w=\"\(word)\"><w:evenAndOddHeaders w:val=\"0\"/></w:settings>",
    ].map { ReferenceDocument.Part(name: $0.key, bytes: Array($0.value.utf8)) }
    var written: [String: String] = [:]
    for part in OfficialDocument.parts(
      Self.blocks, into: try ReferenceDocument.assemble(parts, path: "t.docx"))
    {
      written[part.name] = String(decoding: part.bytes, as: UTF8.self)
    }
    for name in [
      "document.xml", "styles.xml", "settings.xml", "[Content_Types].xml", "_rels/document.xml.rels",
    ] {
      #expect(written[name].map(Self.wellFormed) == true, "\(name)")
    }
    #expect(written["tongbi-footer-odd.xml"] != nil)
    #expect(written["[Content_Types].xml"]?.contains("PartName=\"/tongbi-footer-odd.xml\"") == true)
    #expect(written["_rels/document.xml.rels"]?.contains("Target=\"tongbi-footer-odd.xml\"") == true)
    #expect(written["document.xml"]?.contains("<w:pStyle w:val=\"A&amp;B\"/>") == true)
    #expect(written["settings.xml"]?.contains("<w:evenAndOddHeaders/>") == true)
  }

  @Test("a self-closing settings part takes the setting inside its root")
  func selfClosingSettings() {
    let settings = "<w:settings xmlns:w=\"\(ReferenceDocument.wordNamespace)\"/>"
    #expect(
      SettingsOrder.inserting("<w:evenAndOddHeaders/>", into: settings)
        == "<w:settings xmlns:w=\"\(ReferenceDocument.wordNamespace)\"><w:evenAndOddHeaders/></w:settings>")
  }
}
