@_spi(ByteLevel) import ByteLevel

/// A row of a small CSV file as trimmed cell texts, with its line number.
struct TextRow: Sendable {
  /// Line (1-based) the row starts on.
  let line: Int
  /// Cell texts, quotes unescaped and blanks trimmed.
  let texts: [String]

  /// Text of cell `index`; empty when the row is shorter.
  func text(_ index: Int) -> String { index < texts.count ? texts[index] : "" }
}

/// Small CSV files (indicator files, targets) read whole into rows of cell texts.
enum CSVTextRows {
  /// The non-blank rows of the file at `path` (UTF-8 or GB18030).
  static func read(path: String) throws(IngestError) -> [TextRow] {
    let input = try InputBytes.reading(path)
    defer { withExtendedLifetime(input) {} }
    return try read(bytes: UnsafeRawBufferPointer(input.buffer), path: path)
  }

  /// The non-blank rows of `bytes` (UTF-8 or GB18030), read as if they were the file at `path` (the
  /// name only appears in positions).
  static func read(bytes: UnsafeRawBufferPointer, path: String) throws(IngestError) -> [TextRow] {
    let decoded: DecodedText
    do {
      (decoded, _) = try TextDecoding.decode(bytes)
    } catch {
      throw .malformed(
        SourcePosition(file: path, line: error.line, column: error.column), reason: error.reason)
    }
    switch decoded {
    case .utf8(let offset):
      return try rows(bytes.assumingMemoryBound(to: UInt8.self), offset: offset, path: path)
    case .transcoded(let utf8):
      return try utf8.withUnsafeBufferPointer { buffer throws(IngestError) in
        try rows(buffer, offset: 0, path: path)
      }
    }
  }

  /// The non-blank rows of the UTF-8 `bytes` from `offset` on.
  static func rows(_ bytes: UnsafeBufferPointer<UInt8>, offset: Int, path: String) throws(IngestError)
    -> [TextRow]
  {
    var scanner = CSVScanner(
      bytes: bytes, offset: offset, delimiter: CSVScanner.detectDelimiter(in: bytes, from: offset))
    let fields = CSVFieldBuffer()
    var result: [TextRow] = []
    do {
      while let line = try scanner.nextRecord(into: fields) {
        let record = CSVRecord(bytes: bytes, borrowing: fields, line: line)
        if !record.isBlank { result.append(TextRow(line: line, texts: record.texts)) }
      }
    } catch {
      throw .malformed(
        SourcePosition(file: path, line: error.line, column: error.column), reason: error.reason)
    }
    return result
  }
}
