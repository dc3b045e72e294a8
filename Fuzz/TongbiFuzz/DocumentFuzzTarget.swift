import TongbiKit

/// An office's Word template (`report --format docx --reference-doc`): its main document's XML and
/// styles part assembled into a reference document (`ReferenceDocument.assemble`), then a report
/// written into it (`OfficialDocument.parts(_:into:)`).
///
/// The input is the main document's XML, then, after a zero byte, the styles part's. Checks: no crash,
/// no endless loop; an error is one line; written, the main document starts with the template's own
/// start and holds the report's title once.
enum DocumentFuzzTarget {
  static let title = "青山镇2024年1-6月主要经济指标运行情况"
  static let blocks: [OfficialDocument.Block] = [
    .title(title), .heading("一、主要指标完成情况"), .paragraph("1-6月份完成税收收入18927.2万元。"),
    .table(header: ["指标", "增速(%)"], rows: [["税收收入", "8.7"]]),
  ]
  static let relationships = """
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/\
    officeDocument" Target="word/document.xml"/></Relationships>
    """
  static let contentTypes = """
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
    <Default Extension="xml" ContentType="application/xml"/></Types>
    """
  static let documentRelationships = """
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/\
    styles" Target="styles.xml"/></Relationships>
    """

  /// Runs one input (document XML, a zero byte, styles XML).
  static func run(_ input: UnsafeRawBufferPointer) -> String {
    let bytes = Array(input)
    let split = bytes.firstIndex(of: 0) ?? bytes.count
    var parts = [
      ReferenceDocument.Part(name: "[Content_Types].xml", bytes: Array(contentTypes.utf8)),
      ReferenceDocument.Part(name: "_rels/.rels", bytes: Array(relationships.utf8)),
      ReferenceDocument.Part(name: "word/_rels/document.xml.rels", bytes: Array(documentRelationships.utf8)),
      ReferenceDocument.Part(name: "word/document.xml", bytes: Array(bytes[..<split])),
    ]
    if split < bytes.count {
      parts.append(ReferenceDocument.Part(name: "word/styles.xml", bytes: Array(bytes[(split + 1)...])))
    }
    let reference: ReferenceDocument
    do {
      reference = try ReferenceDocument.assemble(parts, path: "fuzz.docx")
    } catch {
      FuzzInvariant.checkOneLine(error.description, "reference document error")
      return "error: \(error)"
    }
    let written = OfficialDocument.parts(blocks, into: reference)
    guard let document = written.first(where: { $0.name == "word/document.xml" }) else {
      FuzzInvariant.fail("no main document written")
    }
    let text = String(decoding: document.bytes, as: UTF8.self)
    FuzzInvariant.check(text.components(separatedBy: title).count == 2, "the title is not written once")
    // The template's start is kept, but for the relationships namespace added when it lacks one.
    let head = String(decoding: bytes[..<split], as: UTF8.self)
    let start = head.range(of: "<w:body").map { String(head[..<$0.lowerBound]) } ?? ""
    let added = " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
    FuzzInvariant.check(
      text.hasPrefix(start)
        || (!start.contains("xmlns:r=") && text.replacingOccurrences(of: added, with: "").hasPrefix(start)),
      "the template's start is not kept")
    return "written: \(written.count) parts, \(document.bytes.count) bytes of document"
  }
}
