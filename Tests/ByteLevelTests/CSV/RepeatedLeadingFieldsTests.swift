import Testing

@_spi(ByteLevel) @testable import ByteLevel

/// One scanned record, comparable: its line, its fields as (start, end, quoted, doubled quotes), and
/// whether its leading fields were taken over from the record before.
private struct ScannedRecord: Equatable {
  var line: Int
  var fields: [[Int]]
  var repeated: Bool
}

/// Scans all of `text` with the first `leading` fields taken over when repeated; the records, and the
/// error that stopped the scan, if any.
private func scan(_ text: String, leading: Int) -> (records: [ScannedRecord], error: CSVError?) {
  let bytes = Array(text.utf8)
  return bytes.withUnsafeBufferPointer { buffer in
    var scanner = CSVScanner(bytes: buffer, delimiter: UInt8(ascii: ","))
    scanner.repeatLeadingFields(leading)
    let fields = CSVFieldBuffer()
    var records: [ScannedRecord] = []
    do throws(CSVError) {
      while let line = try scanner.nextRecord(into: fields) {
        let shape = fields.array.map { [$0.start, $0.end, $0.quoted ? 1 : 0, $0.hasDoubledQuotes ? 1 : 0] }
        records.append(ScannedRecord(line: line, fields: shape, repeated: scanner.repeatedLeadingFields))
      }
      return (records, nil)
    } catch {
      return (records, error)
    }
  }
}

@Suite("CSV: repeated leading fields")
struct RepeatedLeadingFieldsTests {
  /// Inputs where the leading cells repeat, change, hold quotes, line breaks in quotes, CRLF, blank and
  /// short rows, a last line without a line end, and syntax errors.
  static let inputs: [String] = [
    "a,b,1\na,b,2\na,b,3\n",
    "R1,C1,税收收入,万元,2015-01,1.5\nR1,C1,税收收入,万元,2015-02,2.5\nR2,C1,税收收入,万元,2015-01,3\n",
    "a,b,1\r\na,b,2\r\na,c,3\r\n",
    "a,b,1\ra,b,2\ra,b,3",
    "a,b,1\na,b\na,b,2\na\n\na,b,3\n",
    "\"a\",b,1\n\"a\",b,2\na,b,3\na,b,4\n",
    "a,\"b,c\",1\na,\"b,c\",2\n",
    "a,b,\"x\ny\",1\na,b,\"x\ny\",2\na,b,3\n",
    "a,b,\"say \"\"hi\"\"\"\na,b,\"say \"\"hi\"\"\"\n",
    "a\"q,b,1\na\"q,b,2\n",
    "a,b,1\na,b,\"open\n",
    "a,b,1\na,b,\"x\"y\n",
    "a,b,,\na,b,,\na,b,\n",
    "a,bb,1\na,b,b1\na,bb,1\n",
    ",,1\n,,2\n,,\n",
    "a,b,1",
    "a,b,1\na,b,",
  ]

  @Test("records are the same as without the shortcut, for any number of leading fields", arguments: inputs)
  func sameRecords(text: String) {
    let plain = scan(text, leading: 0)
    for leading in 1...4 {
      let shortcut = scan(text, leading: leading)
      #expect(shortcut.error == plain.error)
      #expect(shortcut.records.map(\.line) == plain.records.map(\.line))
      #expect(shortcut.records.map(\.fields) == plain.records.map(\.fields))
    }
  }

  @Test("identical leading cells are taken over; changed or quoted ones are scanned")
  func takenOver() {
    let text = "a,b,1\na,b,2\na,c,3\na,c,4\n\"a\",c,5\n\"a\",c,6\n"
    #expect(scan(text, leading: 2).records.map(\.repeated) == [false, true, false, true, false, false])
    #expect(scan(text, leading: 0).records.allSatisfy { !$0.repeated })
  }
}
