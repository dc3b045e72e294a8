/// Writes JSON text with keys in the order given, so output is byte-identical across runs.
package struct JSONWriter {
  /// The text written so far.
  public private(set) var text = ""
  private var needsComma: [Bool] = [false]
  private let indentUnit = "  "

  /// Creates an empty writer.
  package init() {}

  /// A writer of further elements of a top-level array that already has elements: its text starts
  /// with the comma that separates them from those before (`,\n  {…}` for an object).
  package static func laterArrayElements() -> JSONWriter {
    var writer = JSONWriter()
    writer.needsComma = [false, true]
    return writer
  }

  /// Opens an object (as a value, or under `key` inside an object).
  package mutating func beginObject(_ key: String? = nil) { open(key, "{") }
  /// Closes the innermost object.
  package mutating func endObject() { close("}") }
  /// Opens an array (as a value, or under `key` inside an object).
  package mutating func beginArray(_ key: String? = nil) { open(key, "[") }
  /// Closes the innermost array.
  package mutating func endArray() { close("]") }

  /// Writes a string value.
  package mutating func string(_ key: String?, _ value: String) { scalar(key, JSONWriter.quoted(value)) }
  /// Writes an integer value.
  package mutating func int(_ key: String?, _ value: Int) { scalar(key, String(value)) }
  /// Writes a Boolean value.
  package mutating func bool(_ key: String?, _ value: Bool) { scalar(key, value ? "true" : "false") }
  /// Writes a number in shortest round-trip form; non-finite numbers become `null`.
  package mutating func number(_ key: String?, _ value: Double) {
    scalar(key, value.isFinite ? JSONWriter.shortest(value) : "null")
  }
  /// Writes `null`.
  package mutating func null(_ key: String?) { scalar(key, "null") }
  /// Writes a string or `null`.
  package mutating func optionalString(_ key: String?, _ value: String?) {
    if let value { string(key, value) } else { null(key) }
  }

  private mutating func open(_ key: String?, _ bracket: String) {
    prefix(key)
    text += bracket
    needsComma.append(false)
  }

  private mutating func close(_ bracket: String) {
    let hadItems = needsComma.removeLast()
    if hadItems { text += "\n" + String(repeating: indentUnit, count: needsComma.count - 1) }
    text += bracket
    if needsComma.count == 1 { text += "\n" }
  }

  private mutating func scalar(_ key: String?, _ value: String) {
    prefix(key)
    text += value
  }

  private mutating func prefix(_ key: String?) {
    if needsComma.count > 1 {
      if needsComma[needsComma.count - 1] { text += "," }
      text += "\n"
      for _ in 1..<needsComma.count { text += indentUnit }
      needsComma[needsComma.count - 1] = true
    }
    if let key {
      text += JSONWriter.quoted(key)
      text += ": "
    }
  }

  /// `value` as a JSON string literal; text without quotes, backslashes or control characters (nearly
  /// all of it) is copied whole.
  package static func quoted(_ value: String) -> String {
    if !value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
      return "\"" + value + "\""
    }
    var result = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case "\u{0}"..."\u{1F}":
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  /// The text of `value` as machine outputs write it (`NumberBytes`: its shortest digits, at most 15
  /// significant, so 20.000000000000004 is 20); integers without a fraction.
  package static func shortest(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: NumberBytes.maximumLength) { buffer in
      guard let base = buffer.baseAddress else { return "\(value)" }
      let count = NumberBytes.shortest(value, to: base)
      return String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
    }
  }
}
