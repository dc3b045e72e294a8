/// Small CSV files (targets) read whole into rows of trimmed cell texts, with their line numbers.
enum CSVTextRows {
  /// The non-blank records of the file at `path` (UTF-8 or GB18030).
  static func read(path: String) throws(IngestError) -> [(line: Int, cells: [String])] {
    let input = try InputBytes(path: path)
    let decoded: DecodedText
    do {
      (decoded, _) = try TextDecoding.decode(UnsafeRawBufferPointer(input.buffer))
    } catch {
      throw .malformed(
        SourcePosition(file: path, line: error.line, column: error.column), reason: error.reason)
    }
    switch decoded {
    case .utf8(let offset): return try rows(input.buffer, offset: offset, path: path)
    case .transcoded(let bytes):
      return try bytes.withUnsafeBufferPointer { buffer throws(IngestError) in
        try rows(buffer, offset: 0, path: path)
      }
    }
  }

  static func rows(_ bytes: UnsafeBufferPointer<UInt8>, offset: Int, path: String) throws(IngestError)
    -> [(line: Int, cells: [String])]
  {
    var scanner = CSVScanner(
      bytes: bytes, offset: offset, delimiter: CSVScanner.detectDelimiter(in: bytes, from: offset))
    let fields = CSVFieldBuffer()
    var result: [(line: Int, cells: [String])] = []
    do {
      while let line = try scanner.nextRecord(into: fields) {
        let record = CSVRecord(bytes: bytes, fields: fields, line: line)
        if !record.isBlank { result.append((line, record.texts)) }
      }
    } catch {
      throw .malformed(
        SourcePosition(file: path, line: error.line, column: error.column), reason: error.reason)
    }
    return result
  }
}
