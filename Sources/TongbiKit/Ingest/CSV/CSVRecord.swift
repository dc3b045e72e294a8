import Foundation

/// One CSV record: its fields as byte ranges of the input, and the line it starts on.
struct CSVRecord {
  /// The whole input buffer the ranges point into.
  let bytes: UnsafeBufferPointer<UInt8>
  /// The fields.
  var fields: [CSVField]
  /// Line (1-based) the record starts on.
  var line: Int

  /// Number of fields.
  var count: Int { fields.count }

  /// Whether every field is empty or blank.
  var isBlank: Bool {
    fields.allSatisfy { field in
      (field.start..<field.end).allSatisfy { bytes[$0] == UInt8(ascii: " ") || bytes[$0] == UInt8(ascii: "\t") }
    }
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

  /// Whether field `index` of this record and field `otherIndex` of `other` hold the same bytes.
  func sameBytes(_ index: Int, as other: CSVRecord, _ otherIndex: Int) -> Bool {
    guard index < fields.count, otherIndex < other.fields.count else {
      return index >= fields.count && otherIndex >= other.fields.count
    }
    let lhs = fields[index]
    let rhs = other.fields[otherIndex]
    guard lhs.count == rhs.count else { return false }
    guard lhs.count > 0, let left = bytes.baseAddress, let right = other.bytes.baseAddress else { return true }
    return memcmp(left + lhs.start, right + rhs.start, lhs.count) == 0
  }
}
