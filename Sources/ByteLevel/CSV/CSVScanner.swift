/// A byte-level CSV reader over one UTF-8 buffer (RFC 4180 with the usual liberties).
///
/// Handles quoted fields, doubled quotes inside them, delimiters and line breaks inside quotes, and
/// LF, CRLF and lone CR line ends. It never copies field bytes: each record is a list of byte ranges
/// into the buffer. The buffer must outlive the scanner.
package struct CSVScanner {
  private let bytes: UnsafeBufferPointer<UInt8>
  /// Field separator byte (`,`, tab or `;`).
  package let delimiter: UInt8
  /// One more than the largest of the delimiter, quote, CR and LF bytes (all ASCII).
  private let threshold: UInt8
  /// Offset of the next unread byte.
  package private(set) var position: Int
  /// Line number (1-based) where the next record starts.
  package private(set) var line: Int
  /// Leading fields taken over from the record before when the next one starts with the same bytes.
  private var leading = RepeatedLeadingFields(count: 0)
  /// Whether the last record read took its leading fields over from the record before it.
  package private(set) var repeatedLeadingFields = false

  package static let quote = UInt8(ascii: "\"")
  package static let newline = UInt8(ascii: "\n")
  package static let carriageReturn = UInt8(ascii: "\r")

  /// Creates a scanner over `bytes`, starting at `offset`, which is on line `line`.
  package init(bytes: UnsafeBufferPointer<UInt8>, offset: Int = 0, line: Int = 1, delimiter: UInt8) {
    self.bytes = bytes
    self.delimiter = delimiter
    threshold = max(delimiter, CSVScanner.quote, CSVScanner.newline, CSVScanner.carriageReturn) &+ 1
    position = offset
    self.line = line
  }

  /// Whether all input has been read.
  package var isAtEnd: Bool { position >= bytes.count }

  /// From the next record on, takes the first `count` fields over from the record before when the
  /// record starts with the same bytes (see `RepeatedLeadingFields`); 0 turns this off.
  package mutating func repeatLeadingFields(_ count: Int) {
    leading = RepeatedLeadingFields(count: count)
  }

  /// Reads the next record into `fields` (cleared first) and returns the line it started on,
  /// or `nil` at the end of the input. Leading fields repeated from the record before are taken over
  /// (see `repeatLeadingFields(_:)`); the rest is scanned.
  package mutating func nextRecord(into fields: CSVFieldBuffer) throws(CSVError) -> Int? {
    fields.removeAll()
    guard let base = bytes.baseAddress, position < bytes.count else { return nil }
    let recordStart = position
    if let next = leading.reuse(base: base, byteCount: bytes.count, at: recordStart, into: fields) {
      repeatedLeadingFields = true
      return try scanFields(base: base, from: next, into: fields)
    }
    repeatedLeadingFields = false
    let startLine = try scanFields(base: base, from: recordStart, into: fields)
    leading.keep(fields, startingAt: recordStart)
    return startLine
  }

  /// Reads the fields of the current record from `start`, the start of a field, to the end of the
  /// record; returns the line the record started on.
  ///
  /// Fast path: eight bytes per step; one masked subtraction marks the bytes below `threshold` (and,
  /// rarely, a byte just above a marked one), and each marked byte is checked. A quote sends the rest
  /// of the record to the byte-by-byte path, which handles quoted fields.
  @inline(__always)
  private mutating func scanFields(
    base: UnsafePointer<UInt8>, from start: Int, into fields: CSVFieldBuffer
  ) throws(CSVError) -> Int {
    let count = bytes.count
    let startLine = line
    var fieldStart = start
    var index = start
    // Every byte that matters (delimiter, quote, CR, LF) is below `threshold`; bytes below it are the
    // candidates, each checked on its own. Digits, letters and UTF-8 text are not candidates when the
    // delimiter is a comma or a tab.
    let thresholdWord = UInt64(threshold) &* ByteWord.ones
    let raw = UnsafeRawPointer(base)
    wordLoop: while index &+ 8 <= count {
      let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      var candidates = (word &- thresholdWord) & ~word & ByteWord.highBits
      while candidates != 0 {
        let stop = index &+ (candidates.trailingZeroBitCount &>> 3)
        candidates &= candidates &- 1
        let byte = base[stop]
        if byte == delimiter {
          fields.append(CSVField(start: fieldStart, end: stop, quoted: false, hasDoubledQuotes: false))
          fieldStart = stop &+ 1
        } else if byte == CSVScanner.newline || byte == CSVScanner.carriageReturn {
          fields.append(CSVField(start: fieldStart, end: stop, quoted: false, hasDoubledQuotes: false))
          return endRecord(at: stop, base: base, count: count, startLine: startLine)
        } else if byte == CSVScanner.quote {
          break wordLoop
        }
      }
      index &+= 8
    }
    return try finishRecord(
      base: base, count: count, fieldStart: fieldStart, fields: fields, startLine: startLine)
  }

  /// Ends the record at the line-end byte at `stop` (CRLF counts as one line end).
  @inline(__always)
  private mutating func endRecord(at stop: Int, base: UnsafePointer<UInt8>, count: Int, startLine: Int) -> Int
  {
    var next = stop &+ 1
    if base[stop] == CSVScanner.carriageReturn && next < count && base[next] == CSVScanner.newline {
      next &+= 1
    }
    line &+= 1
    position = next
    return startLine
  }

  /// Byte-by-byte reading of the rest of a record from `fieldStart`, with quoted fields.
  private mutating func finishRecord(
    base: UnsafePointer<UInt8>, count: Int, fieldStart start: Int, fields: CSVFieldBuffer, startLine: Int
  ) throws(CSVError) -> Int {
    var index = start
    var fieldStart = start
    while true {
      if index < count && base[index] == CSVScanner.quote {
        index = try scanQuoted(base: base, count: count, openingAt: index, fields: fields)
      } else {
        while index < count {
          let byte = base[index]
          if byte == delimiter || byte == CSVScanner.newline || byte == CSVScanner.carriageReturn { break }
          index &+= 1
        }
        fields.append(CSVField(start: fieldStart, end: index, quoted: false, hasDoubledQuotes: false))
      }
      if index >= count {
        position = count
        return startLine
      }
      if base[index] == delimiter {
        index &+= 1
        fieldStart = index
        continue
      }
      return endRecord(at: index, base: base, count: count, startLine: startLine)
    }
  }

  /// Scans a quoted field whose opening quote is at `opening`; appends it and returns the offset of the
  /// byte after the closing quote.
  private mutating func scanQuoted(
    base: UnsafePointer<UInt8>, count: Int, openingAt opening: Int, fields: CSVFieldBuffer
  ) throws(CSVError) -> Int {
    let openingLine = line
    var index = opening + 1
    var doubled = false
    while index < count {
      let byte = base[index]
      if byte == CSVScanner.quote {
        if index + 1 < count && base[index + 1] == CSVScanner.quote {
          doubled = true
          index += 2
          continue
        }
        fields.append(CSVField(start: opening + 1, end: index, quoted: true, hasDoubledQuotes: doubled))
        let after = index + 1
        if after < count {
          let next = base[after]
          if next != delimiter && next != CSVScanner.newline && next != CSVScanner.carriageReturn {
            throw .textAfterClosingQuote(line: line, column: fields.count)
          }
        }
        return after
      }
      if byte == CSVScanner.newline { line &+= 1 }
      index &+= 1
    }
    throw .unterminatedQuote(line: openingLine, column: fields.count + 1)
  }

  /// Chooses the delimiter of a table from its first lines: the one of `,`, tab and `;` that occurs most
  /// often outside quotes in the first non-empty line (comma on a tie or when none occurs).
  package static func detectDelimiter(in bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> UInt8 {
    var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: "\t"): 0, UInt8(ascii: ";"): 0]
    var inQuotes = false
    var index = offset
    var sawContent = false
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      if byte == quote {
        inQuotes.toggle()
      } else if !inQuotes && (byte == newline || byte == carriageReturn) {
        if sawContent { break }
      } else if !inQuotes, let seen = counts[byte] {
        counts[byte] = seen + 1
        sawContent = true
      } else {
        sawContent = true
      }
    }
    let comma = UInt8(ascii: ",")
    let best = counts.max { lhs, rhs in
      (lhs.value, lhs.key == comma ? 1 : 0) < (rhs.value, rhs.key == comma ? 1 : 0)
    }
    guard let best, best.value > 0 else { return comma }
    return best.key
  }
}
