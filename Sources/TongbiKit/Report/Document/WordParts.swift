@_spi(ByteLevel) import ByteLevel

/// A styles part's styles: id, type, name and whether it is its type's default.
struct StyleList {
  struct Style {
    var id: String
    var type: String
    var name: String
    var isDefault: Bool
  }

  private(set) var styles: [Style] = []

  /// The styles defined in `bytes` (`word/styles.xml`).
  init(_ bytes: [UInt8]) {
    var handler = Handler()
    var stream = XMLStream()
    bytes.withUnsafeBytes { stream.feed($0, into: &handler) }
    stream.finish(into: &handler)
    styles = handler.styles
  }

  /// The id of the paragraph style named `name`, case aside (`heading 1`, `Heading 1`).
  func paragraphStyle(named name: String) -> String? {
    styles.first { $0.type == "paragraph" && $0.name.lowercased() == name.lowercased() }?.id
  }

  private struct Handler: XMLHandler {
    var styles: [Style] = []
    var inStyle = false

    mutating func start(_ name: XMLBytes, _ attributes: XMLAttributes, isEmpty: Bool) {
      if name.equals("style") {
        let flag = attributes["default"]?.text
        styles.append(
          Style(
            id: attributes["styleId"]?.text ?? "", type: attributes["type"]?.text ?? "paragraph", name: "",
            isDefault: flag == "1" || flag == "true"))
        inStyle = !isEmpty
      } else if inStyle, name.equals("name"), let value = attributes["val"], let last = styles.indices.last {
        styles[last].name = value.text
      }
    }

    mutating func end(_ name: XMLBytes) {
      if name.equals("style") { inStyle = false }
    }
  }
}

/// The order of a settings part's children (`CT_Settings`, ECMA-376 Part 1, 17.15.1.78) after
/// `w:evenAndOddHeaders`, so that the setting is inserted where Word expects it.
enum SettingsOrder {
  /// The local names of the children that come after `evenAndOddHeaders`.
  static let after: Set<String> = [
    "bookFoldRevPrinting", "bookFoldPrinting", "bookFoldPrintingSheets", "drawingGridHorizontalSpacing",
    "drawingGridVerticalSpacing", "displayHorizontalDrawingGridEvery", "displayVerticalDrawingGridEvery",
    "doNotUseMarginsForDrawingGridOrigin", "drawingGridHorizontalOrigin", "drawingGridVerticalOrigin",
    "doNotShadeFormData", "noPunctuationKerning", "characterSpacingControl", "printTwoOnOne",
    "strictFirstAndLastChars", "noLineBreaksAfter", "noLineBreaksBefore", "savePreviewPicture",
    "doNotValidateAgainstSchema", "saveInvalidXml", "ignoreMixedContent", "alwaysShowPlaceholderText",
    "doNotDemarcateInvalidXml", "saveXmlDataOnly", "useXSLTWhenSaving", "saveThroughXslt", "showXMLTags",
    "alwaysMergeEmptyNamespace", "updateFields", "hdrShapeDefaults", "footnotePr", "endnotePr", "compat",
    "docVars", "rsids", "mathPr", "attachedSchema", "themeFontLang", "clrSchemeMapping",
    "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade", "captions",
    "readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags",
    "decimalSymbol", "listSeparator",
  ]

  /// `settings` with `element` inserted before the first child that comes after it, else last.
  static func inserting(_ element: String, into settings: String) -> String {
    let elements = XMLElements(bytes: Array(settings.utf8))
    guard let root = elements.first(named: "w:settings"), let children = elements.children(of: root),
      let later = children.first(where: { after.contains(String($0.name.split(separator: ":").last ?? "")) })
    else {
      return XMLElements.appending(element, toElement: "w:settings", in: settings)
    }
    let bytes = Array(settings.utf8)
    return String(decoding: bytes[..<later.range.lowerBound], as: UTF8.self) + element
      + String(decoding: bytes[later.range.lowerBound...], as: UTF8.self)
  }
}
