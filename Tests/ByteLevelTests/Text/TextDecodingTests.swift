import Testing

@_spi(ByteLevel) @testable import ByteLevel

/// Runs `TextDecoding.decode` on `bytes` and returns the encoding and the UTF-8 content.
private func decoded(_ bytes: [UInt8]) throws(TextDecodingError) -> (DecodedText, SourceEncoding, [UInt8]) {
  let outcome: Result<(DecodedText, SourceEncoding, [UInt8]), TextDecodingError> = bytes.withUnsafeBytes {
    buffer in
    do throws(TextDecodingError) {
      let (text, encoding) = try TextDecoding.decode(buffer)
      return .success((text, encoding, text.withUTF8Bytes(in: buffer) { Array($0) }))
    } catch {
      return .failure(error)
    }
  }
  return try outcome.get()
}

/// The error `TextDecoding.decode` throws for `bytes`, or `nil`.
private func decodingError(_ bytes: [UInt8]) -> TextDecodingError? {
  do {
    _ = try decoded(bytes)
    return nil
  } catch {
    return error
  }
}

@Suite("TextDecoding")
struct TextDecodingTests {
  /// "地区,指标\n清溪镇,税收收入\n" in GB18030, from
  /// `python3 -c 'print(" ".join("0x%02X"%b for b in "地区,指标\n清溪镇,税收收入\n".encode("gb18030")))'`
  /// (Python 3.11.7).
  static let gbTable: [UInt8] = [
    0xB5, 0xD8, 0xC7, 0xF8, 0x2C, 0xD6, 0xB8, 0xB1, 0xEA, 0x0A, 0xC7, 0xE5, 0xCF, 0xAA, 0xD5, 0xF2, 0x2C,
    0xCB, 0xB0, 0xCA, 0xD5, 0xCA, 0xD5, 0xC8, 0xEB, 0x0A,
  ]

  @Test("plain UTF-8 passes through without a copy, from offset 0")
  func plainUTF8() throws {
    let bytes = Array("地区,指标\n清溪镇,1.5\n".utf8)
    let (text, encoding, content) = try decoded(bytes)
    #expect(text == .utf8(contentOffset: 0))
    #expect(encoding == .utf8)
    #expect(content == bytes)
  }

  @Test("a UTF-8 byte-order mark is skipped: content from offset 3")
  func byteOrderMarkSkipped() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a,b\n".utf8)
    let (text, encoding, content) = try decoded(bytes)
    #expect(text == .utf8(contentOffset: 3))
    #expect(encoding == .utf8WithBOM)
    #expect(content == Array("a,b\n".utf8))
  }

  @Test("empty input is valid UTF-8 with nothing in it")
  func emptyInput() throws {
    let (text, encoding, content) = try decoded([])
    #expect(text == .utf8(contentOffset: 0) && encoding == .utf8 && content.isEmpty)
  }

  @Test("GB18030 table decodes to the same text in UTF-8")
  func gb18030Table() throws {
    let (text, encoding, content) = try decoded(Self.gbTable)
    #expect(encoding == .gb18030)
    #expect(text == .transcoded(Array("地区,指标\n清溪镇,税收收入\n".utf8)))
    #expect(content == Array("地区,指标\n清溪镇,税收收入\n".utf8))
  }

  @Test("four-byte GB18030 sequences decode: emoji and © (two-byte €)")
  func gb18030FourByte() throws {
    // python3 -c 'print([hex(b) for b in "地€😀©".encode("gb18030")])'
    let bytes: [UInt8] = [0xB5, 0xD8, 0xA2, 0xE3, 0x94, 0x39, 0xFC, 0x36, 0x81, 0x30, 0x84, 0x38]
    let (_, encoding, content) = try decoded(bytes)
    #expect(encoding == .gb18030)
    #expect(String(decoding: content, as: UTF8.self) == "地€😀©")
  }

  @Test("bytes neither UTF-8 nor GB18030: error at the first bad UTF-8 byte, column in characters")
  func invalidEverywhere() {
    let bytes = Array("地区,指标\n清溪镇,".utf8) + [0xFF] + Array("\n".utf8)
    let offset = Array("地区,指标\n清溪镇,".utf8).count
    #expect(decodingError(bytes) == .invalidEncoding(line: 2, column: 5, byteOffset: offset))
  }

  @Test("invalid UTF-8 after a byte-order mark is an error, not GB18030; offset counts the BOM")
  func invalidAfterByteOrderMark() {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF, 0x61, 0x2C, 0xC0, 0xAF]
    #expect(decodingError(bytes) == .invalidEncoding(line: 1, column: 3, byteOffset: 5))
  }

  @Test("a byte-order mark inside the data is an error with its line and column")
  func byteOrderMarkInside() {
    let bytes = Array("a,b\n地区,".utf8) + [0xEF, 0xBB, 0xBF] + Array("c\n".utf8)
    #expect(decodingError(bytes) == .byteOrderMarkInside(line: 2, column: 4))
  }

  @Test("UTF-16 byte-order marks are unsupported, little- and big-endian")
  func utf16() {
    #expect(decodingError([0xFF, 0xFE, 0x61, 0x00]) == .unsupportedEncoding("UTF-16"))
    #expect(decodingError([0xFE, 0xFF, 0x00, 0x61]) == .unsupportedEncoding("UTF-16"))
  }

  @Test("a NUL byte means binary data, located at the NUL")
  func nulIsBinary() {
    let bytes = Array("a,b\nc,".utf8) + [0x00, 0x00, 0x03, 0x04]
    #expect(decodingError(bytes) == .binaryData(line: 2, column: 3))
  }

  @Test("a NUL after GB18030 text is located in GB18030 characters")
  func nulInGB18030() {
    #expect(decodingError(Self.gbTable + [0xC7, 0xE5, 0x00]) == .binaryData(line: 3, column: 2))
  }

  @Test("many control bytes mean binary data; a few stray ones are tolerated")
  func controlBytes() throws {
    let garbage: [UInt8] = Array("x,y\n".utf8) + (0..<40).map { UInt8(1 + $0 % 8) }
    #expect(decodingError(garbage) == .binaryData(line: 2, column: 1))
    let stray = Array(repeating: Array("1,2\n".utf8), count: 100).joined() + [0x1A]
    #expect(try decoded(Array(stray)).1 == .utf8)
  }

  @Test("overlong C0 AF is not UTF-8, so GB18030 is tried (and reads 蜡)")
  func overlongTriesGB18030() throws {
    let bytes: [UInt8] = [0x61, 0x2C, 0xC0, 0xAF]
    let (_, encoding, content) = try decoded(bytes)
    #expect(encoding == .gb18030)
    #expect(String(decoding: content, as: UTF8.self) == "a,蜡")
  }

  @Test("a surrogate ED A0 80 is not UTF-8 and not GB18030 either")
  func surrogateRejected() {
    #expect(decodingError([0x61, 0xED, 0xA0, 0x80]) == .invalidEncoding(line: 1, column: 2, byteOffset: 1))
  }

  @Test("the UTF-8 check rejects overlongs, surrogates, > U+10FFFF and cut-off sequences")
  func utf8Validator() {
    func firstInvalid(_ bytes: [UInt8]) -> Int? {
      bytes.withUnsafeBytes { UTF8Scanner.scan($0, from: 0).invalidOffset }
    }
    let padding = Array(repeating: UInt8(0x41), count: 20)  // past the 16-byte fast path
    for bad: [UInt8] in [
      [0xC0, 0xAF], [0xC1, 0xBF], [0xE0, 0x80, 0xAF], [0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80],
      [0xED, 0xBF, 0xBF], [0xF0, 0x80, 0x80, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
      [0xFF], [0x80], [0xE4, 0xB8], [0xE4, 0x41, 0x41], [0xF0, 0x9F, 0x98],
    ] {
      #expect(firstInvalid(padding + bad) == 20, "\(bad)")
    }
    for good: [UInt8] in [
      [0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xEE, 0x80, 0x80],
      [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
    ] {
      #expect(firstInvalid(padding + good + padding) == nil, "\(good)")
    }
  }

  @Test("block, word and byte paths agree on every position of a control or bad byte, after Chinese text")
  func everyPosition() {
    for prefix in [[], Array("地区".utf8)] {
      for position in 0..<40 {
        var bytes = prefix + Array(repeating: UInt8(0x61), count: 40) + Array("税收".utf8)
        bytes[prefix.count + position] = 0x01
        let scan = bytes.withUnsafeBytes { UTF8Scanner.scan($0, from: 0) }
        #expect(scan.controls == ControlByteTally(count: 1, firstOffset: prefix.count + position))
        bytes[prefix.count + position] = 0x0A
        #expect(bytes.withUnsafeBytes { UTF8Scanner.scan($0, from: 0) } == UTF8ScanResult())
        bytes[prefix.count + position] = 0xB8
        #expect(
          bytes.withUnsafeBytes { UTF8Scanner.scan($0, from: 0).invalidOffset } == prefix.count + position)
      }
    }
  }
}
