@_spi(ByteLevel) import ByteLevel

/// A relationships part of an Office Open XML package (`_rels/.rels`, `xl/_rels/workbook.xml.rels`,
/// `word/_rels/document.xml.rels`): each relationship's id, type and target. Streamed as an
/// `XMLHandler`, or read from bytes.
struct PackageRelationships: XMLHandler {
  /// One relationship.
  struct Relationship {
    var id: String
    var type: String
    var target: String
  }

  private(set) var relationships: [Relationship] = []

  /// No relationships yet (fed through `XMLStream`).
  init() {}

  /// The relationships in `bytes`.
  init(_ bytes: [UInt8]) {
    var stream = XMLStream()
    bytes.withUnsafeBytes { stream.feed($0, into: &self) }
    stream.finish(into: &self)
  }

  mutating func start(_ name: XMLBytes, _ attributes: XMLAttributes, isEmpty: Bool) {
    guard name.equals("Relationship"), let id = attributes["Id"], let target = attributes["Target"] else {
      return
    }
    relationships.append(Relationship(id: id.text, type: attributes["Type"]?.text ?? "", target: target.text))
  }

  /// The target of the first relationship whose type ends with `suffix` (`/styles`).
  func target(ofType suffix: String) -> String? {
    relationships.first { $0.type.hasSuffix(suffix) }?.target
  }

  /// The target of the relationship `id`.
  func target(id: String) -> String? {
    relationships.first { $0.id == id }?.target
  }

  /// The archive path of `target`, relative to the folder of the part `source` (`word/document.xml`),
  /// or from the root when it starts with `/`.
  static func archivePath(_ target: String, from source: String) -> String {
    if target.hasPrefix("/") { return String(target.dropFirst()) }
    var folder = source.split(separator: "/").dropLast().map(String.init)
    for component in target.split(separator: "/") {
      if component == ".." {
        _ = folder.popLast()
      } else if component != "." {
        folder.append(String(component))
      }
    }
    return folder.joined(separator: "/")
  }
}
