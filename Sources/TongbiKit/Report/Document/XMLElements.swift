@_spi(ByteLevel) import ByteLevel

/// The elements of an XML part as byte ranges, for splicing a Word document without rebuilding it:
/// an element's children with where each starts and ends, and the text of its `w:t` runs. Comments,
/// processing instructions and CDATA are skipped as markup; quoted `>` inside attribute values is not
/// taken for a tag's end.
struct XMLElements {
  /// One element: its qualified name (`w:p`) and its bytes, from `<` to the end of its end tag.
  struct Element: Equatable {
    var name: String
    var range: Range<Int>
    /// The byte just past the start tag (where its content begins; `range.upperBound` when empty).
    var contentStart: Int
  }

  /// The part's bytes.
  let bytes: [UInt8]

  /// A tag found at some position: its qualified name and kind, and the index past its `>`.
  private struct Tag {
    enum Kind { case start, end, empty, other }
    var kind: Kind
    var name: String
    var end: Int
  }

  /// The first element named `name` (qualified), searching the whole part in document order.
  func first(named name: String) -> Element? {
    var index = 0
    var stack: [(name: String, start: Int, contentStart: Int)] = []
    while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
      guard let tag = tag(at: open) else { return nil }
      switch tag.kind {
      case .empty where tag.name == name:
        return Element(name: name, range: open..<tag.end, contentStart: tag.end)
      case .start: stack.append((tag.name, open, tag.end))
      case .end:
        guard let last = stack.popLast(), last.name == tag.name else { return nil }
        if last.name == name {
          return Element(name: name, range: last.start..<tag.end, contentStart: last.contentStart)
        }
      case .empty, .other: break
      }
      index = tag.end
    }
    return nil
  }

  /// The children of `element` in order (none for an empty element, `<w:sectPr/>`), or `nil` when its
  /// content is not well nested.
  func children(of element: Element) -> [Element]? {
    if element.contentStart == element.range.upperBound { return [] }
    var children: [Element] = []
    var index = element.contentStart
    var depth = 0
    var current: (name: String, start: Int, contentStart: Int)?
    while index < element.range.upperBound {
      guard let open = bytes[index..<element.range.upperBound].firstIndex(of: UInt8(ascii: "<")),
        let tag = tag(at: open)
      else { break }
      switch tag.kind {
      case .start:
        if depth == 0 { current = (tag.name, open, tag.end) }
        depth += 1
      case .empty where depth == 0:
        children.append(Element(name: tag.name, range: open..<tag.end, contentStart: tag.end))
      case .end:
        if depth == 0 { return tag.name == element.name ? children : nil }
        depth -= 1
        if depth == 0, let started = current {
          guard started.name == tag.name else { return nil }
          children.append(
            Element(name: started.name, range: started.start..<tag.end, contentStart: started.contentStart))
          current = nil
        }
      case .empty, .other: break
      }
      index = tag.end
    }
    return nil
  }

  /// The text of the `w:t` runs within `element`, joined and decoded (`&amp;` as `&`).
  func runText(of element: Element) -> String {
    var text = ""
    var index = element.contentStart
    while index < element.range.upperBound,
      let open = bytes[index..<element.range.upperBound].firstIndex(of: UInt8(ascii: "<")),
      let tag = tag(at: open)
    {
      if tag.kind == .start && tag.name == "w:t" {
        let close = bytes[tag.end..<element.range.upperBound].firstIndex(of: UInt8(ascii: "<")) ?? tag.end
        text += bytes[tag.end..<close].withUnsafeBufferPointer { XMLText.decoded($0) }
      }
      index = tag.end
    }
    return text
  }

  /// The part with `insertion` as the last content of the first element named `name` (`<X/>` opened
  /// into `<X>…</X>`); the part unchanged when it has no such element.
  static func appending(_ insertion: String, toElement name: String, in text: String) -> String {
    let bytes = Array(text.utf8)
    let elements = XMLElements(bytes: bytes)
    guard let element = elements.first(named: name) else { return text }
    if element.contentStart == element.range.upperBound {
      var start = elements.text(element.range)
      start.removeLast(2)
      return elements.text(0..<element.range.lowerBound) + start + ">" + insertion + "</\(name)>"
        + elements.text(element.range.upperBound..<bytes.count)
    }
    let end = element.range.upperBound - "</\(name)>".utf8.count
    return elements.text(0..<end) + insertion + elements.text(end..<bytes.count)
  }

  /// The bytes of `range` as text.
  func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

  /// The tag starting at `open` (a `<`), or `nil` when it does not end.
  private func tag(at open: Int) -> Tag? {
    let rest = bytes[open...]
    for (opening, closing) in [("<!--", "-->"), ("<![CDATA[", "]]>"), ("<?", "?>"), ("<!", ">")] {
      if rest.starts(with: opening.utf8) {
        guard let end = find(Array(closing.utf8), from: open + opening.utf8.count) else { return nil }
        return Tag(kind: .other, name: "", end: end)
      }
    }
    var index = open + 1
    var quote: UInt8 = 0
    while index < bytes.count {
      let byte = bytes[index]
      if quote != 0 {
        if byte == quote { quote = 0 }
      } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        quote = byte
      } else if byte == UInt8(ascii: ">") {
        break
      }
      index += 1
    }
    guard index < bytes.count else { return nil }
    let isEnd = bytes[open + 1] == UInt8(ascii: "/")
    let nameStart = open + (isEnd ? 2 : 1)
    var nameEnd = nameStart
    while nameEnd < index, !Self.endsName(bytes[nameEnd]) { nameEnd += 1 }
    let name = String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self)
    let kind: Tag.Kind = isEnd ? .end : bytes[index - 1] == UInt8(ascii: "/") ? .empty : .start
    return Tag(kind: kind, name: name, end: index + 1)
  }

  /// The index just past the first `sequence` at or after `from`.
  private func find(_ sequence: [UInt8], from: Int) -> Int? {
    var index = from
    while index + sequence.count <= bytes.count {
      if bytes[index] == sequence[0] && bytes[index..<index + sequence.count].elementsEqual(sequence) {
        return index + sequence.count
      }
      index += 1
    }
    return nil
  }

  /// Whether `byte` ends a tag's name: white space, `/` or `>`.
  private static func endsName(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
      || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">")
  }
}
