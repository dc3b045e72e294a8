@_spi(ByteLevel) import ByteLevel

/// The data records of one table, after its header: first those already read while detecting the
/// layout, then the rest from the scanner up to `end` (one part of a file read in parallel ends where
/// the next begins). Reports progress and releases scanned pages of big files.
struct RecordStream {
  private var scanner: CSVScanner
  private var buffered: [CSVRecord]
  private var bufferedIndex = 0
  private let bytes: UnsafeBufferPointer<UInt8>
  /// Path of the file, for messages.
  let path: String
  private let input: InputBytes?
  private let progress: ((Int, Int) -> Void)?
  private let fields = CSVFieldBuffer()
  /// Offset where no further record starts: the scanner stops at the first record starting there or later.
  let end: Int
  private var recordsSinceReport = 0
  /// Offsets where the last two records started; bytes before the earlier one are no longer needed
  /// (a reader compares a record's key cells with those of the record before it).
  private var recordStarts: (previous: Int, last: Int)
  /// Bytes before this offset were released (or belong to another part).
  private var releasedUpTo: Int

  /// Streams `buffered`, then the records of `scanner` that start before `end` (default: the whole
  /// buffer); `progress` gets (offset reached, byte count of the buffer).
  init(
    scanner: CSVScanner, buffered: [CSVRecord], bytes: UnsafeBufferPointer<UInt8>, path: String,
    input: InputBytes?, end: Int? = nil, progress: ((Int, Int) -> Void)?
  ) {
    self.scanner = scanner
    self.buffered = buffered
    self.bytes = bytes
    self.path = path
    self.input = input
    self.end = end ?? bytes.count
    self.progress = progress
    recordStarts = (scanner.position, scanner.position)
    releasedUpTo = scanner.position
  }

  /// Offset of the next unread byte: `end` after a part that ended on a record boundary.
  var position: Int { scanner.position }
  /// Line of the next record the scanner reads.
  var line: Int { scanner.line }

  /// This stream (its buffered records included) stopping at `end`, reporting to `progress`.
  func ending(at end: Int, progress: ((Int, Int) -> Void)?) -> RecordStream {
    RecordStream(
      scanner: scanner, buffered: Array(buffered[bufferedIndex...]), bytes: bytes, path: path, input: input,
      end: end, progress: progress)
  }

  /// Whether the last record returned took its first fields over from the record before it, unread,
  /// because it starts with the same bytes (see `repeatLeadingFields(_:)`).
  private(set) var repeatedLeadingFields = false

  /// From now on, takes the first `count` fields of a record over from the record before when both
  /// start with the same bytes; 0 (the default) turns this off.
  mutating func repeatLeadingFields(_ count: Int) {
    scanner.repeatLeadingFields(count)
  }

  /// The next record, or `nil` at the end; a CSV syntax error ends the file with a positioned error.
  mutating func next() throws(IngestError) -> CSVRecord? {
    repeatedLeadingFields = false
    if bufferedIndex < buffered.count {
      defer { bufferedIndex += 1 }
      return buffered[bufferedIndex]
    }
    do {
      let start = scanner.position
      guard start < end, let line = try scanner.nextRecord(into: fields) else {
        progress?(min(end, bytes.count), bytes.count)
        return nil
      }
      repeatedLeadingFields = scanner.repeatedLeadingFields
      recordStarts = (recordStarts.last, start)
      recordsSinceReport += 1
      if recordsSinceReport == 16_384 {
        recordsSinceReport = 0
        if recordStarts.previous - releasedUpTo >= InputBytes.releaseStep {
          input?.release(releasedUpTo..<recordStarts.previous)
          releasedUpTo = recordStarts.previous
        }
        progress?(scanner.position, bytes.count)
      }
      return CSVRecord(bytes: bytes, borrowing: fields, line: line)
    } catch {
      throw .malformed(
        SourcePosition(file: path, line: error.line, column: error.column), reason: error.reason)
    }
  }
}
