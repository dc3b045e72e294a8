import Foundation
import Testing

@_spi(ByteLevel) @testable import ByteLevel

@Suite("JSONWriter: key order, escaping, numbers")
struct JSONWriterTests {
  @Test("strings are escaped per RFC 8259 and parse back to the same text")
  func escaping() throws {
    // Plain text (Chinese included) is copied; quote, backslash and control characters are escaped:
    // U+0001 becomes \u0001 (four hex digits), newline \n, tab \t.
    #expect(JSONWriter.quoted("清溪镇 tax") == "\"清溪镇 tax\"")
    #expect(JSONWriter.quoted("a\"b\\c") == "\"a\\\"b\\\\c\"")
    #expect(JSONWriter.quoted("x\u{1}y\nz\t") == "\"x\\u0001y\\nz\\t\"")
    var writer = JSONWriter()
    writer.beginObject()
    writer.string("name", "甲\"乙\u{1F}")
    writer.number("value", 1.5)
    writer.number("missing", .nan)
    writer.int("count", 3)
    writer.endObject()
    #expect(
      writer.text
        == "{\n  \"name\": \"甲\\\"乙\\u001f\",\n  \"value\": 1.5,\n  \"missing\": null,\n  \"count\": 3\n}\n")
    let parsed = try JSONSerialization.jsonObject(with: Data(writer.text.utf8)) as? [String: Any]
    #expect(parsed?["name"] as? String == "甲\"乙\u{1F}")
  }
}
