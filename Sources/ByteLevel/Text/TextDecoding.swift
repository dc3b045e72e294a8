/// The character encoding an input file was found to use.
package enum SourceEncoding: String, Sendable, Equatable {
  /// UTF-8 without a byte-order mark (plain ASCII is reported as this).
  case utf8
  /// UTF-8 preceded by the byte-order mark `EF BB BF`, which is skipped.
  case utf8WithBOM
  /// GB18030, which contains GBK and GB2312; converted to UTF-8 with iconv.
  case gb18030
}

/// UTF-8 text ready for the CSV scanner, either in the caller's buffer or in a new one.
package enum DecodedText: Sendable, Equatable {
  /// The input is valid UTF-8: use the caller's buffer from `contentOffset` on (3 when a byte-order
  /// mark was skipped, otherwise 0). Nothing was copied.
  case utf8(contentOffset: Int)
  /// The input was GB18030; these are the same characters in UTF-8.
  case transcoded([UInt8])

  /// Calls `body` with the UTF-8 content: the part of `original` after any byte-order mark, or the
  /// transcoded bytes. `original` must be the buffer that was passed to `TextDecoding.decode(_:)`.
  package func withUTF8Bytes<Result, Failure: Error>(
    in original: UnsafeRawBufferPointer,
    _ body: (UnsafeRawBufferPointer) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    switch self {
    case .utf8(let contentOffset):
      return try body(UnsafeRawBufferPointer(rebasing: original[contentOffset...]))
    case .transcoded(let bytes):
      // `withUnsafeBytes` rethrows untyped errors, so the typed error is carried out by hand.
      let outcome: Swift.Result<Result, Failure> = bytes.withUnsafeBytes { buffer in
        do throws(Failure) {
          return .success(try body(buffer))
        } catch {
          return .failure(error)
        }
      }
      return try outcome.get()
    }
  }
}

/// Why an input buffer cannot be read as text.
///
/// Lines and columns are 1-based. A line ends at LF (so CRLF files count the same); the column counts
/// characters (Unicode scalars, a tab is one) from the start of the line up to the offending
/// byte, in the encoding the prefix was read in: UTF-8 unless the prefix is only valid as GB18030. A
/// byte-order mark at the start of the file is not counted.
package enum TextDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The bytes are neither UTF-8 nor GB18030. The position is that of the first byte of the first
  /// ill-formed UTF-8 sequence; `byteOffset` counts from the start of the buffer (BOM included).
  case invalidEncoding(line: Int, column: Int, byteOffset: Int)
  /// U+FEFF (`EF BB BF`) occurs after the start of a UTF-8 file, usually because files were
  /// concatenated.
  case byteOrderMarkInside(line: Int, column: Int)
  /// The file starts with the byte-order mark of an encoding that is not read (`"UTF-16"`), looks like
  /// UTF-16 without one, or the system cannot convert GB18030.
  case unsupportedEncoding(String)
  /// The file holds a NUL byte, or many control bytes other than tab, CR and LF: it is not text
  /// (an `.xlsx`, an `.xls`, a PDF). The position is that of the first such byte.
  case binaryData(line: Int, column: Int)

  /// One-line English message.
  package var description: String {
    switch self {
    case .unsupportedEncoding: reason
    default: "line \(line), column \(column): \(reason)"
    }
  }

  /// What is wrong, without the position (for messages that name the position themselves).
  package var reason: String {
    switch self {
    case .invalidEncoding(_, _, let byteOffset):
      "bytes are neither UTF-8 nor GB18030 (byte offset \(byteOffset))"
    case .byteOrderMarkInside:
      "byte-order mark inside the file (were files concatenated?)"
    case .unsupportedEncoding(let name):
      "unsupported encoding \(name); save the file as UTF-8 or GB18030"
    case .binaryData:
      "binary data, not a text file"
    }
  }

}

/// Finds out how an input buffer is encoded and provides it as UTF-8, without copying UTF-8 input.
package enum TextDecoding {
  /// A file with more than this share of C0 control bytes (other than tab, CR, LF) is binary.
  package static let binaryControlShare = 0.01

  /// A file with at most this many such control bytes is never binary on that count alone.
  package static let toleratedControlBytes = 8

  /// Decides the encoding of `bytes` and returns the UTF-8 text.
  ///
  /// Rules, in order:
  /// 1. A UTF-16 byte-order mark (`FF FE`, `FE FF`) throws `.unsupportedEncoding("UTF-16")`.
  /// 2. A UTF-8 byte-order mark is skipped (`contentOffset` 3, `.utf8WithBOM`). Such a file declares
  ///    itself UTF-8, so invalid UTF-8 after it throws `.invalidEncoding` without trying GB18030.
  /// 3. A NUL byte, or more than 8 other C0 control bytes (not tab, CR, LF) making up more than 1%
  ///    of the bytes, throws `.binaryData` at the first such byte.
  /// 4. Valid UTF-8 is passed through (`.utf8(contentOffset:)`, no copy); a U+FEFF after the start
  ///    throws `.byteOrderMarkInside`.
  /// 5. Otherwise the bytes are converted from GB18030 (`.transcoded`); when that fails too,
  ///    `.invalidEncoding` points at the first ill-formed UTF-8 sequence.
  ///
  /// Empty input is valid UTF-8 (`.utf8(contentOffset: 0)`); the caller reports an empty file.
  ///
  /// `threads` threads may share the UTF-8 check of a big buffer; the outcome does not depend on it.
  package static func decode(
    _ bytes: UnsafeRawBufferPointer, threads: Int = 1
  ) throws(TextDecodingError) -> (text: DecodedText, encoding: SourceEncoding) {
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      throw .unsupportedEncoding("UTF-16")
    }
    let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
    let start = hasBOM ? 3 : 0
    let scan = UTF8Scanner.scan(bytes, from: start, threads: threads)
    if let nul = scan.nulOffset {
      throw binaryError(at: nul, in: bytes, from: start, utf8ValidUpTo: bytes.count)
    }
    guard let invalid = scan.invalidOffset else {
      try checkControls(scan.controls, in: bytes, from: start, utf8ValidUpTo: bytes.count)
      if let bom = scan.innerBOMOffset {
        let position = TextPosition.locate(bom, in: bytes, from: start, as: .utf8)
        throw .byteOrderMarkInside(line: position.line, column: position.column)
      }
      return (.utf8(contentOffset: start), hasBOM ? .utf8WithBOM : .utf8)
    }
    let invalidError = invalidEncodingError(at: invalid, in: bytes, from: start)
    if hasBOM { throw invalidError }
    var controls = scan.controls
    if let nul = ControlByteScanner.scan(bytes, from: invalid, into: &controls) {
      throw binaryError(at: nul, in: bytes, from: start, utf8ValidUpTo: invalid)
    }
    try checkControls(controls, in: bytes, from: start, utf8ValidUpTo: invalid)
    switch GB18030Transcoder.transcode(bytes) {
    case .success(let utf8):
      return (.transcoded(utf8), .gb18030)
    case .converterUnavailable:
      throw .unsupportedEncoding("GB18030 (this system's iconv cannot convert it)")
    case .invalidInput:
      throw invalidError
    }
  }

  /// Throws `.binaryData` when the control bytes found make the file binary (see `decode(_:)`).
  package static func checkControls(
    _ controls: ControlByteTally, in bytes: UnsafeRawBufferPointer, from start: Int, utf8ValidUpTo: Int
  ) throws(TextDecodingError) {
    guard let first = controls.firstOffset, controls.count > toleratedControlBytes,
      Double(controls.count) > binaryControlShare * Double(bytes.count - start)
    else { return }
    throw binaryError(at: first, in: bytes, from: start, utf8ValidUpTo: utf8ValidUpTo)
  }

  /// The `.binaryData` error for the byte at `offset`; columns count UTF-8 characters when the bytes
  /// before `offset` are valid UTF-8 (`offset <= utf8ValidUpTo`), GB18030 characters otherwise.
  package static func binaryError(
    at offset: Int, in bytes: UnsafeRawBufferPointer, from start: Int, utf8ValidUpTo: Int
  ) -> TextDecodingError {
    if looksLikeUTF16(bytes) { return .unsupportedEncoding("UTF-16 (without a byte-order mark)") }
    let position = TextPosition.locate(
      offset, in: bytes, from: start, as: offset <= utf8ValidUpTo ? .utf8 : .gb18030)
    return .binaryData(line: position.line, column: position.column)
  }

  /// Whether the first bytes look like UTF-16 text without a byte-order mark: at least 16 bytes, and
  /// NUL bytes (the high half of ASCII characters) in at least a quarter of the first 64 byte pairs,
  /// all on the same side of their pair.
  package static func looksLikeUTF16(_ bytes: UnsafeRawBufferPointer) -> Bool {
    let pairs = min(bytes.count / 2, 64)
    guard pairs >= 8 else { return false }
    var nulsFirst = 0
    var nulsSecond = 0
    for pair in 0..<pairs {
      if bytes[2 * pair] == 0 { nulsFirst += 1 }
      if bytes[2 * pair + 1] == 0 { nulsSecond += 1 }
    }
    return min(nulsFirst, nulsSecond) == 0 && 4 * max(nulsFirst, nulsSecond) >= pairs
  }

  /// The `.invalidEncoding` error for the ill-formed UTF-8 sequence at `offset`.
  package static func invalidEncodingError(
    at offset: Int, in bytes: UnsafeRawBufferPointer, from start: Int
  ) -> TextDecodingError {
    let position = TextPosition.locate(offset, in: bytes, from: start, as: .utf8)
    return .invalidEncoding(line: position.line, column: position.column, byteOffset: offset)
  }
}

extension TextDecodingError {
  /// Line (1-based) the error points to; 1 for errors about the whole input.
  package var line: Int {
    switch self {
    case .invalidEncoding(let line, _, _), .byteOrderMarkInside(let line, _), .binaryData(let line, _): line
    case .unsupportedEncoding: 1
    }
  }

  /// Column (1-based) the error points to; 0 for errors about the whole input.
  package var column: Int {
    switch self {
    case .invalidEncoding(_, let column, _), .byteOrderMarkInside(_, let column), .binaryData(_, let column):
      column
    case .unsupportedEncoding: 0
    }
  }
}
