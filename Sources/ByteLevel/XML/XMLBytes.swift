/// A run of bytes inside the chunk an `XMLStream` is tokenizing: valid only during the handler call
/// that receives it.
@_spi(ByteLevel) public struct XMLBytes {
  /// The first byte.
  public let start: UnsafePointer<UInt8>
  /// The byte count.
  public let count: Int

  @inlinable init(_ start: UnsafePointer<UInt8>, _ count: Int) {
    self.start = start
    self.count = max(0, count)
  }

  /// Whether the bytes are exactly `text` (ASCII).
  @inlinable public func equals(_ text: StaticString) -> Bool {
    guard count == text.utf8CodeUnitCount else { return false }
    let expected = text.utf8Start
    for index in 0..<count where start[index] != expected[index] { return false }
    return true
  }

  /// The bytes as a buffer.
  @inlinable public var buffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: start, count: count) }

  /// The non-negative integer the bytes spell, if they are 1 to 18 ASCII digits.
  @inlinable public var integer: Int? { Self.integer(in: buffer) }

  /// The non-negative integer `bytes` spell, if they are 1 to 18 ASCII digits.
  @inlinable public static func integer(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
    var value = 0
    for byte in bytes {
      let digit = byte &- UInt8(ascii: "0")
      guard digit < 10 else { return nil }
      value = value &* 10 &+ Int(digit)
    }
    return value
  }

  /// The bytes as text, entities decoded (`XMLText.decoded`).
  public var text: String { XMLText.decoded(buffer) }

  /// Whether `byte` is XML white space.
  @inlinable static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }
}

/// The attributes of a start tag, looked up by local name (`r`, `t`, `s`, `r:id` as `id`).
@_spi(ByteLevel) public struct XMLAttributes {
  @usableFromInline let bytes: XMLBytes

  @inlinable init(_ bytes: XMLBytes) {
    self.bytes = bytes
  }

  /// Calls `body` with each attribute's local name and raw value, in order (one pass over the tag).
  @inlinable public func forEach(_ body: (_ name: XMLBytes, _ value: XMLBytes) -> Void) {
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
      guard index < count, index > nameStart else { return }
      let quote = base[index]
      let valueStart = index + 1
      index = valueStart
      while index < count, base[index] != quote { index += 1 }
      body(local, XMLBytes(base + valueStart, index - valueStart))
      index += 1
    }
  }

  /// The raw value of the attribute whose local name is `name`, if present (entities not decoded).
  @inlinable public subscript(_ name: StaticString) -> XMLBytes? {
    var found: XMLBytes?
    forEach { local, value in
      if found == nil && local.equals(name) { found = value }
    }
    return found
  }

}

/// Decodes XML character data: the five named entities and numeric character references.
@_spi(ByteLevel) public enum XMLText {
  /// `bytes` with `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&#NN;` and `&#xHH;` replaced; an
  /// unknown or malformed reference is kept as written.
  public static func decoded(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
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
