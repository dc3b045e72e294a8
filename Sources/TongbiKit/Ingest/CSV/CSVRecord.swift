import Foundation

/// One CSV record: its fields as byte ranges of the input, and the line it starts on.
struct CSVRecord {
  /// The whole input buffer the ranges point into.
  let bytes: UnsafeBufferPointer<UInt8>
  /// The fields (for a record from a `RecordStream`, valid until the stream moves on).
  var fields: CSVFieldBuffer
  /// Line (1-based) the record starts on.
  var line: Int

  /// Number of fields.
  var count: Int { fields.count }

  /// Whether every field is empty or blank.
  var isBlank: Bool {
    for index in 0..<fields.count {
      let field = fields[index]
      for offset in field.start..<field.end where bytes[offset] != UInt8(ascii: " ") && bytes[offset] != UInt8(ascii: "\t") {
        return false
      }
    }
    return true
  }

  /// Text of field `index`, quotes unescaped and surrounding spaces trimmed; empty when absent.
  func text(_ index: Int) -> String {
    guard index < fields.count else { return "" }
    let field = fields[index]
    var text = String(decoding: UnsafeBufferPointer(rebasing: bytes[field.start..<field.end]), as: UTF8.self)
    if field.hasDoubledQuotes { text = text.replacingOccurrences(of: "\"\"", with: "\"") }
    return text.trimmingSpaces()
  }

  /// All field texts.
  var texts: [String] { (0..<fields.count).map(text) }

  /// Calls `body` with the content bytes of field `index` (empty when absent). Quoted fields with
  /// doubled quotes are unescaped into a temporary buffer first.
  func withBytes<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    guard index < fields.count else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
    let field = fields[index]
    if !field.hasDoubledQuotes {
      return body(UnsafeBufferPointer(rebasing: bytes[field.start..<field.end]))
    }
    let unescaped = Array(text(index).utf8)
    return unescaped.withUnsafeBufferPointer(body)
  }

  /// Whether field `index` of this record holds the same bytes as `field` of the same buffer.
  func sameBytes(_ index: Int, as field: CSVField) -> Bool {
    guard index < fields.count else { return field.count == 0 && field.start < 0 }
    let own = fields[index]
    guard own.count == field.count else { return false }
    guard own.count > 0, let base = bytes.baseAddress else { return true }
    return memcmp(base + own.start, base + field.start, own.count) == 0
  }

  /// Field `index`, or an empty marker field (start −1) when the record is shorter.
  func field(_ index: Int) -> CSVField {
    index < fields.count ? fields[index] : CSVField(start: -1, end: -1, quoted: false, hasDoubledQuotes: false)
  }
}
