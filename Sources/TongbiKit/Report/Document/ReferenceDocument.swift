@_spi(ByteLevel) import ByteLevel
import Foundation
import ZIPFoundation

/// An office's own Word document (`--reference-doc`, as pandoc's reference documents): the report is
/// written into a copy of it, keeping its styles, theme, fonts, numbering, headers and footers, page
/// setup and letterhead (红头). A paragraph reading `{{正文}}` (or `{{report}}`) marks where the report
/// goes: what comes before it in the body (the letterhead: the issuing office in red, the document
/// number, the red line) stays before the report, what comes after it (signature, date, 抄送, 印发)
/// after. Without the marker the template's body is left out and only its look is taken.
public struct ReferenceDocument: Sendable {
  /// One part of the package.
  package struct Part: Sendable {
    /// Its archive path (`word/styles.xml`).
    package var name: String
    /// Its bytes.
    package var bytes: [UInt8]

    /// The part `name` holding `bytes`.
    package init(name: String, bytes: [UInt8]) {
      self.name = name
      self.bytes = bytes
    }
  }

  /// The template's path, for messages.
  public let path: String
  /// Every part of the package but the main document, in archive order.
  var parts: [Part]
  /// The main document's archive path (`word/document.xml`).
  let documentPart: String
  /// The main document from its start through the start tag of `<w:body>`.
  let documentHead: String
  /// The body before the marker, the letterhead.
  let letterhead: String
  /// The body after the marker.
  let closing: String
  /// The body's last section properties (`<w:sectPr>…</w:sectPr>`): page, margins, headers, footers.
  let section: String?
  /// The main document after `</w:body>`.
  let documentTail: String
  /// Whether the template's body holds text but no marker, so that none of it is used.
  public let ignoresBody: Bool

  /// The texts of a paragraph that marks where the report goes.
  static let markers: Set<String> = ["{{正文}}", "{{report}}"]
  /// The largest template read (compressed, and all its parts expanded).
  static let largestFile = 64 << 20
  static let largestContent = 256 << 20

  package static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

  /// Reads the `.docx` (or `.dotx`) at `path`.
  ///
  /// Throws `ReportError.templates` naming the file for a file that cannot be read, is not a Word
  /// document in Office Open XML (a `.doc`, a password-protected document, a workbook, Strict Open XML,
  /// a macro-enabled document), is damaged, or expands beyond 256 MB.
  public static func read(path: String) throws(ReportError) -> ReferenceDocument {
    let refuse = { (reason: String) in ReportError.templates(path: path, reason: reason) }
    let file: Data
    do {
      let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
      guard size <= largestFile else { throw refuse("larger than 64 MB, not a document template") }
      file = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch let error as ReportError {
      throw error
    } catch {
      throw refuse("cannot read the reference document: \(error.localizedDescription)")
    }
    let (isCompound, isArchive) = file.withUnsafeBytes {
      (
        WorkbookReader.isCompoundFile($0),
        WorkbookReader.isZIP($0) && WorkbookReader.hasEndOfCentralDirectory($0)
      )
    }
    if isCompound {
      throw refuse(
        "a Word 97-2003 document (.doc) or a password-protected .docx: save the reference document as a "
          + "Word document (.docx) without a password")
    }
    let notArchive = refuse("not a Word document (.docx): not a ZIP archive, or damaged or cut short")
    guard isArchive else { throw notArchive }
    let archive: Archive
    do {
      archive = try Archive(data: file, accessMode: .read)
    } catch {
      throw notArchive
    }
    var parts: [Part] = []
    var expanded = 0
    for entry in archive where entry.type == .file {
      var bytes: [UInt8] = []
      do {
        _ = try archive.extract(entry, bufferSize: 1 << 16, skipCRC32: false) { chunk in
          expanded += chunk.count
          guard expanded <= largestContent else { throw Archive.ArchiveError.invalidEntrySize }
          bytes.append(contentsOf: chunk)
        }
      } catch {
        throw refuse(
          expanded > largestContent
            ? "expands beyond 256 MB, not a document template"
            : "its part \(entry.path) cannot be read: damaged (\(error))")
      }
      parts.append(Part(name: entry.path, bytes: bytes))
    }
    return try assemble(parts, path: path)
  }

  /// The template from its parts: the main document found through the package's relationships and
  /// split at its body's children.
  package static func assemble(_ parts: [Part], path: String) throws(ReportError) -> ReferenceDocument {
    let refuse = { (reason: String) in ReportError.templates(path: path, reason: reason) }
    let part = { (name: String) in parts.first { $0.name == name }?.bytes }
    let packageRelationships = part("_rels/.rels").map(PackageRelationships.init) ?? PackageRelationships([])
    guard let target = packageRelationships.target(ofType: "/officeDocument") else {
      throw refuse("a ZIP archive without a main document, not a Word document (.docx)")
    }
    let documentPart = PackageRelationships.archivePath(target, from: "")
    guard let types = part("[Content_Types].xml") else {
      throw refuse("lacks its content types ([Content_Types].xml): damaged, or not a Word document")
    }
    let contentTypes = String(decoding: types, as: UTF8.self)
    if contentTypes.contains("spreadsheetml") || documentPart.hasPrefix("xl/") {
      throw refuse("an Excel workbook, not a Word document: give a .docx")
    }
    if contentTypes.contains("presentationml") || documentPart.hasPrefix("ppt/") {
      throw refuse("a PowerPoint presentation, not a Word document: give a .docx")
    }
    if contentTypes.contains("macroEnabled") {
      throw refuse("a macro-enabled document (.docm, .dotm): save it as a Word document (.docx)")
    }
    guard let document = part(documentPart) else {
      throw refuse("lacks its main document \(documentPart): damaged")
    }
    let text = String(decoding: document, as: UTF8.self)
    let root = text.range(of: "<w:body").map { text[..<$0.lowerBound] } ?? ""
    guard root.contains("<w:document"), root.contains("xmlns:w=\"\(wordNamespace)\"") else {
      throw refuse(
        text.contains("purl.oclc.org/ooxml")
          ? "a Strict Open XML document: save it as a Word document (.docx), not Strict Open XML"
          : "its main document is not a Word document body (no w:document in the transitional namespace)")
    }
    let elements = XMLElements(bytes: document)
    guard let body = elements.first(named: "w:body"), let children = elements.children(of: body) else {
      throw refuse("its main document \(documentPart) has no body or is not well-formed XML")
    }
    let section = children.last.flatMap { $0.name == "w:sectPr" ? $0 : nil }
    let content = section == nil ? children : Array(children.dropLast())
    let marked = content.indices.filter { index in
      content[index].name == "w:p"
        && markers.contains(elements.runText(of: content[index]).trimmingCharacters(in: .whitespaces))
    }
    guard marked.count <= 1 else {
      throw refuse("marks where the report goes twice ({{正文}}): keep one")
    }
    let join = { (slice: ArraySlice<XMLElements.Element>) in
      slice.map { elements.text($0.range) }.joined()
    }
    let marker = marked.first
    return ReferenceDocument(
      path: path, parts: parts.filter { $0.name != documentPart }, documentPart: documentPart,
      documentHead: body.contentStart == body.range.upperBound
        ? elements.text(0..<body.range.lowerBound) + "<w:body>" : elements.text(0..<body.contentStart),
      letterhead: marker.map { join(content[..<$0]) } ?? "",
      closing: marker.map { join(content[($0 + 1)...]) } ?? "",
      section: section.map { elements.text($0.range) },
      documentTail: elements.text(body.range.upperBound..<document.count),
      ignoresBody: marker == nil && content.contains { !elements.runText(of: $0).isEmpty })
  }
}
