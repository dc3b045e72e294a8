@_spi(ByteLevel) import ByteLevel

extension OfficialDocument {
  /// The parts of the report written into `reference`: its parts as they are, its main document with
  /// the report between the letterhead and the closing and its own last section; the report's styles
  /// taken from the template by name (Body Text, else the template's default paragraph style; Title;
  /// heading 1; heading 2; Table Text), Tongbi's added where the template lacks one; the footers with
  /// "— 1 —" page numbers added (odd and even pages) only when the template's section has none.
  package static func parts(_ blocks: [Block], into reference: ReferenceDocument) -> [ReferenceDocument.Part]
  {
    var package = ReferencePackage(reference)
    let styles = package.styles()
    var section = reference.section ?? ""
    if !section.contains("<w:footerReference") {
      let footers = package.addFooters()
      section =
        reference.section.map { existing in
          Self.insertingFooters(footers, into: existing)
        } ?? Self.section(footers: footers)
    }
    var head = reference.documentHead
    if !head.contains("xmlns:r="), let root = head.range(of: "<w:document") {
      head.insert(contentsOf: " xmlns:r=\"\(relationshipNamespace)\"", at: root.upperBound)
    }
    let document =
      head + reference.letterhead + body(blocks, styles: styles) + reference.closing + section + "</w:body>"
      + reference.documentTail
    package.set(reference.documentPart, document)
    package.declareDocument()
    return package.parts
  }

  /// `section` with references to `footers` right after its start tag, and an even-page reference to
  /// its default header when it has none for even pages (so turning on separate even pages keeps the
  /// template's header on them).
  static func insertingFooters(_ footers: (odd: String, even: String), into section: String) -> String {
    let elements = XMLElements(bytes: Array(section.utf8))
    guard let sectPr = elements.first(named: "w:sectPr"), let children = elements.children(of: sectPr) else {
      return section
    }
    let headers = children.filter { $0.name == "w:headerReference" }.map { elements.text($0.range) }
    var added = footerReferences(footers)
    if !headers.contains(where: { $0.contains("w:type=\"even\"") }),
      let defaultHeader = headers.first(where: { $0.contains("w:type=\"default\"") })
    {
      added += defaultHeader.replacingOccurrences(of: "w:type=\"default\"", with: "w:type=\"even\"")
    }
    let start = elements.text(sectPr.range.lowerBound..<sectPr.contentStart)
    if start.hasSuffix("/>") { return String(start.dropLast(2)) + ">" + added + "</w:sectPr>" }
    return start + added + elements.text(sectPr.contentStart..<sectPr.range.upperBound)
  }
}

/// The parts of a reference document being written into: the additions the report needs (styles it
/// lacks, footers, the even-page setting, their relationships and content types) made where they
/// belong, with ids and names that do not collide with the template's.
struct ReferencePackage {
  var parts: [ReferenceDocument.Part]
  let documentPart: String

  init(_ reference: ReferenceDocument) {
    parts = reference.parts
    documentPart = reference.documentPart
  }

  /// The main document's relationships part (`word/_rels/document.xml.rels`).
  var relationshipsPart: String {
    let components = documentPart.split(separator: "/").map(String.init)
    return (components.dropLast() + ["_rels", (components.last ?? "document.xml") + ".rels"]).joined(
      separator: "/")
  }

  /// The text of the part `name`, if present.
  func text(_ name: String) -> String? {
    parts.first { $0.name == name }.map { String(decoding: $0.bytes, as: UTF8.self) }
  }

  /// Replaces or adds the part `name`.
  mutating func set(_ name: String, _ text: String) {
    if let index = parts.firstIndex(where: { $0.name == name }) {
      parts[index].bytes = Array(text.utf8)
    } else {
      parts.append(ReferenceDocument.Part(name: name, bytes: Array(text.utf8)))
    }
  }

  /// The main document's relationships.
  var relationships: PackageRelationships {
    PackageRelationships(parts.first { $0.name == relationshipsPart }?.bytes ?? [])
  }

  /// Adds the part `content` of `contentType` related to the main document by `type` (a relationship type's last
  /// component: `footer`), named like `stem` but unused; returns the relationship's id.
  mutating func add(_ content: String, stem: String, type: String, contentType: String) -> String {
    let folder = documentPart.split(separator: "/").dropLast().joined(separator: "/")
    let names = Set(parts.map(\.name))
    let name = Self.unused(stem, in: names) { folder.isEmpty ? "\($0).xml" : "\(folder)/\($0).xml" }
    set(name, content)
    let ids = Set(relationships.relationships.map(\.id))
    let id = Self.unused("rId\(stem.capitalized.filter(\.isLetter))", in: ids) { $0 }
    let relationship =
      "<Relationship Id=\"\(id)\" Type=\"\(OfficialDocument.relationshipNamespace)/\(type)\" "
      + "Target=\"\(String(name.dropFirst(folder.isEmpty ? 0 : folder.count + 1)))\"/>"
    let existing =
      text(relationshipsPart)
      ?? "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"></Relationships>"
    set(relationshipsPart, XMLElements.appending(relationship, toElement: "Relationships", in: existing))
    let override = "<Override PartName=\"/\(name)\" ContentType=\"\(contentType)\"/>"
    set(
      "[Content_Types].xml",
      XMLElements.appending(override, toElement: "Types", in: text("[Content_Types].xml") ?? ""))
    return id
  }

  /// The style ids the report uses: the template's style of each name, else (for Body) its default
  /// paragraph style, else Tongbi's own definition added to its styles part (a part added when it has
  /// none).
  mutating func styles() -> [OfficialDocument.Style: String] {
    let name = relationships.target(ofType: "/styles").map {
      PackageRelationships.archivePath($0, from: documentPart)
    }
    guard let name, let styles = text(name) else {
      _ = add(
        OfficialDocument.styles, stem: "styles", type: "styles",
        contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml")
      return OfficialDocument.Style.ownIDs
    }
    let defined = StyleList(Array(styles.utf8))
    var ids: [OfficialDocument.Style: String] = [:]
    var added = ""
    var taken = Set(defined.styles.map(\.id))
    for style in OfficialDocument.Style.allCases {
      if let found = defined.paragraphStyle(named: style.name)
        ?? (style == .body ? defined.styles.first { $0.type == "paragraph" && $0.isDefault }?.id : nil)
      {
        ids[style] = found
      } else {
        let id = Self.unused(style.id, in: taken) { $0 }
        taken.insert(id)
        ids[style] = id
        added += style.definition(id: SVGText.escape(id))
      }
    }
    if !added.isEmpty { set(name, XMLElements.appending(added, toElement: "w:styles", in: styles)) }
    return ids
  }

  /// Declares the main document as a document where the template declared it a template (`.dotx`), so
  /// that the output opens as a document.
  mutating func declareDocument() {
    let template = "wordprocessingml.template.main+xml"
    if let types = text("[Content_Types].xml"), types.contains(template) {
      set(
        "[Content_Types].xml",
        types.replacingOccurrences(of: template, with: "wordprocessingml.document.main+xml"))
    }
  }

  /// Adds the odd and even footers with "— 1 —" page numbers and turns on separate even pages in the
  /// settings; returns the footers' relationship ids.
  mutating func addFooters() -> (odd: String, even: String) {
    let type = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
    let odd = add(
      OfficialDocument.footer(alignment: "right", indentSide: "right"), stem: "tongbi-footer-odd",
      type: "footer",
      contentType: type)
    let even = add(
      OfficialDocument.footer(alignment: "left", indentSide: "left"), stem: "tongbi-footer-even",
      type: "footer",
      contentType: type)
    if let target = relationships.target(ofType: "/settings"),
      let settings = text(PackageRelationships.archivePath(target, from: documentPart))
    {
      if let off = settings.range(
        of: #"<w:evenAndOddHeaders w:val="(0|false|off)"\s*/>"#, options: .regularExpression)
      {
        set(
          PackageRelationships.archivePath(target, from: documentPart),
          settings.replacingCharacters(in: off, with: "<w:evenAndOddHeaders/>"))
      } else if !settings.contains("<w:evenAndOddHeaders") {
        set(
          PackageRelationships.archivePath(target, from: documentPart),
          SettingsOrder.inserting("<w:evenAndOddHeaders/>", into: settings))
      }
    } else {
      _ = add(
        OfficialDocument.settings, stem: "settings", type: "settings",
        contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml")
    }
    return (odd, even)
  }

  /// The first of `base`, `base2`, `base3`, … whose `form` is not in `taken`.
  static func unused(_ base: String, in taken: Set<String>, form: (String) -> String) -> String {
    var candidate = base
    var number = 1
    while taken.contains(form(candidate)) {
      number += 1
      candidate = "\(base)\(number)"
    }
    return form(candidate)
  }
}
