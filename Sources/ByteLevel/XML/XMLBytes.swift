/// A run of bytes inside the chunk an `XMLStream` is tokenizing: valid only during the handler call
/// that receives it.
package struct XMLBytes {
  /// The first byte.
  package let start: UnsafePointer<UInt8>
  /// The byte count.
  package let count: Int

  init(_ start: UnsafePointer<UInt8>, _ count: Int) {
    self.start = start
    self.count = max(0, count)
  }

  /// Whether the bytes are exactly `text` (ASCII).
  package func equals(_ text: StaticString) -> Bool {
    guard count == text.utf8CodeUnitCount else { return false }
    let expected = text.utf8Start
    for index in 0..<count where start[index] != expected[index] { return false }
    return true
  }

  /// The bytes as a buffer.
  package var buffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: start, count: count) }

  /// The bytes as text, entities decoded (`XMLText.decoded`).
  package var text: String { XMLText.decoded(buffer) }

  /// Whether `byte` is XML white space.
  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }
}

/// The attributes of a start tag, looked up by local name (`r`, `t`, `s`, `r:id` as `id`).
package struct XMLAttributes {
  private let bytes: XMLBytes

  init(_ bytes: XMLBytes) {
    self.bytes = bytes
  }

  /// The raw value of the attribute whose local name is `name`, if present (entities not decoded).
  package subscript(_ name: StaticString) -> XMLBytes? {
    let base = bytes.start
    let count = bytes.count
    var index = 0
    while index < count {
      while index < count, XMLBytes.isSpace(base[index]) { index += 1 }
      let nameStart = index
      var localStart = index
      while index < count, base[index] != UInt8(ascii: "="), !XMLBytes.isSpace(base[index]) {
        if base[index] == UInt8(ascii: ":") { localStart = index + 1 }
        index += 1
      }
      let local = XMLBytes(base + localStart, index - localStart)
      while index < count, base[index] != UInt8(ascii: "\""), base[index] != UInt8(ascii: "'") { index += 1 }
      guard index < count, index > nameStart else { return nil }
      let quote = base[index]
      let valueStart = index + 1
      index = valueStart
      while index < count, base[index] != quote { index += 1 }
      if local.equals(name) { return XMLBytes(base + valueStart, index - valueStart) }
      index += 1
    }
    return nil
  }
}

/// Decodes XML character data: the five named entities and numeric character references.
package enum XMLText {
  /// `bytes` with `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&#NN;` and `&#xHH;` replaced; an
  /// unknown or malformed reference is kept as written.
  package static func decoded(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      guard byte == UInt8(ascii: "&"),
        let semicolon = bytes[index...].prefix(12).firstIndex(of: UInt8(ascii: ";"))
      else {
        out.append(byte)
        index += 1
        continue
      }
      let name = String(decoding: bytes[(index + 1)..<semicolon], as: UTF8.self)
      if let replacement = reference(name) {
        out.append(contentsOf: replacement.utf8)
        index = semicolon + 1
      } else {
        out.append(byte)
        index += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The text a reference `&name;` stands for.
  private static func reference(_ name: String) -> String? {
    switch name {
    case "amp": return "&"
    case "lt": return "<"
    case "gt": return ">"
    case "quot": return "\""
    case "apos": return "'"
    default:
      guard name.hasPrefix("#") else { return nil }
      let digits = name.dropFirst()
      let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
      return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }
  }
}
