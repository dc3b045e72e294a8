/// One CSV record: its fields as byte ranges of the input, and the line it starts on.
@_spi(ByteLevel) public struct CSVRecord {
  /// The whole input buffer the ranges point into.
  public let bytes: UnsafeBufferPointer<UInt8>
  // The fields are held without reference counting, so that a record is plain data: reading one
  // costs no retain, release or outlined copy. Whoever makes the record keeps the fields alive (and
  // unchanged) while it is used: a stream's record until the stream moves on, the records read while
  // detecting the layout for the whole read of the file (`Ingestor`). Debug builds hold them
  // `unowned` (a read after they are freed traps) and check on every read that they were not
  // cleared for another record since (`generation`).
  #if DEBUG
    /// The fields (read them through `fields`, which checks that they are still this record's).
    public unowned let borrowedFields: CSVFieldBuffer
    /// The fields' `generation` when this record was made.
    public let generation: Int
  #else
    /// The fields (read them through `fields`).
    public unowned(unsafe) let borrowedFields: CSVFieldBuffer
  #endif
  /// Line (1-based) the record starts on.
  public let line: Int

  /// A record over `fields`, which the caller keeps alive and unchanged while the record is used.
  public init(bytes: UnsafeBufferPointer<UInt8>, borrowing fields: CSVFieldBuffer, line: Int) {
    self.bytes = bytes
    borrowedFields = fields
    #if DEBUG
      generation = fields.generation
    #endif
    self.line = line
  }

  /// The fields, asserted (debug builds) to be still the ones this record was made over.
  @inlinable
  public var fields: CSVFieldBuffer {
    #if DEBUG
      assert(borrowedFields.generation == generation, "a record is read before its fields are reused")
    #endif
    return borrowedFields
  }

  /// Number of fields.
  @inlinable
  public var count: Int { fields.count }

  /// Whether every field is empty or blank (spaces and tabs).
  @inlinable
  public var isBlank: Bool {
    for index in 0..<fields.count {
      let field = fields[index]
      var offset = field.start
      while offset < field.end {
        let byte = bytes[offset]
        if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") { return false }
        offset &+= 1
      }
    }
    return true
  }

  /// Text of field `index`, quotes unescaped and surrounding blanks (space, tab, U+3000) trimmed;
  /// empty when absent. Blanks are trimmed on the bytes, before a `String` is made.
  public func text(_ index: Int) -> String {
    guard index < fields.count, let base = bytes.baseAddress else { return "" }
    let field = fields[index]
    var start = field.start
    var end = field.end
    while start < end {
      if base[start] == 0x20 || base[start] == 0x09 {
        start &+= 1
      } else if end - start >= 3 && base[start] == 0xE3 && base[start + 1] == 0x80 && base[start + 2] == 0x80
      {
        start &+= 3
      } else {
        break
      }
    }
    while end > start {
      if base[end - 1] == 0x20 || base[end - 1] == 0x09 {
        end &-= 1
      } else if end - start >= 3 && base[end - 3] == 0xE3 && base[end - 2] == 0x80 && base[end - 1] == 0x80 {
        end &-= 3
      } else {
        break
      }
    }
    let text = String(decoding: UnsafeBufferPointer(start: base + start, count: end - start), as: UTF8.self)
    return field.hasDoubledQuotes ? text.replacingOccurrences(of: "\"\"", with: "\"") : text
  }

  /// All field texts.
  public var texts: [String] { (0..<fields.count).map(text) }

  /// Calls `body` with the content bytes of field `index` (empty when absent). Quoted fields with
  /// doubled quotes are unescaped into a temporary buffer first.
  @inlinable
  public func withBytes<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    guard index < fields.count else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
    let field = fields[index]
    if !field.hasDoubledQuotes {
      return body(UnsafeBufferPointer(rebasing: bytes[field.start..<field.end]))
    }
    let unescaped = Array(text(index).utf8)
    return unescaped.withUnsafeBufferPointer(body)
  }

  /// Whether field `index` of this record holds the same bytes as `field` of the same buffer.
  @inlinable @inline(__always)
  public func sameBytes(_ index: Int, as field: CSVField) -> Bool {
    guard index < fields.count else { return field.start < 0 }
    let own = fields[index]
    guard own.count == field.count, field.start >= 0 else { return false }
    guard let base = bytes.baseAddress else { return true }
    return CSVRecord.equalBytes(
      UnsafeRawPointer(base + own.start), UnsafeRawPointer(base + field.start), own.count)
  }

  /// Whether the byte ranges `lhs` and `rhs` of this record's buffer hold the same bytes.
  @inlinable @inline(__always)
  public func sameBytes(_ lhs: (start: Int, end: Int), _ rhs: (start: Int, end: Int)) -> Bool {
    let count = lhs.end - lhs.start
    guard count == rhs.end - rhs.start, lhs.start >= 0, rhs.start >= 0 else { return false }
    guard let base = bytes.baseAddress else { return true }
    return CSVRecord.equalBytes(UnsafeRawPointer(base + lhs.start), UnsafeRawPointer(base + rhs.start), count)
  }

  /// Whether `count` bytes at `lhs` and `rhs` are equal, compared eight at a time; from eight bytes
  /// on, the last eight are compared as one word that may overlap the word before.
  @inlinable @inline(__always)
  public static func equalBytes(_ lhs: UnsafeRawPointer, _ rhs: UnsafeRawPointer, _ count: Int) -> Bool {
    var offset = 0
    if count >= 8 {
      while offset &+ 8 < count {
        if lhs.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
          != rhs.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        {
          return false
        }
        offset &+= 8
      }
      return lhs.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
        == rhs.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
    }
    while offset < count {
      if lhs.load(fromByteOffset: offset, as: UInt8.self) != rhs.load(fromByteOffset: offset, as: UInt8.self)
      {
        return false
      }
      offset &+= 1
    }
    return true
  }

  /// Field `index`, or an empty marker field (start −1) when the record is shorter.
  @inlinable
  public func field(_ index: Int) -> CSVField {
    index < fields.count
      ? fields[index] : CSVField(start: -1, end: -1, quoted: false, hasDoubledQuotes: false)
  }
}
