@_spi(ByteLevel) import ByteLevel

/// Reads the rows of a big long-layout table in consecutive parts, one thread per part, with exactly
/// the result of one pass (`LongLayoutReader.readRows` reads each row on its own).
///
/// Parts begin after a line feed near equal shares of the bytes and know their first line number
/// from a count of the line breaks before them. There are `PartStarts.perThread` parts per thread,
/// handed out as threads come free. A part boundary is a record boundary when the part
/// before ends exactly there: a line feed inside a quoted field makes that part's last record run
/// past it. The parts are joined in file order as they finish (`PartJoiner`). When a boundary
/// fell inside a record, a carriage return stands alone, or the parts disagree, nothing is kept and
/// the caller reads the table in one pass.
struct PartitionedLongRead {
  let reader: LongLayoutReader
  let bytes: UnsafeBufferPointer<UInt8>
  let input: InputBytes?
  let delimiter: UInt8
  let progress: ((Int, Int) -> Void)?

  /// Reads the records of `stream` (the rows below the header) into `session` in parts and returns
  /// `true`; or returns `false`, leaving `session` unchanged, when the table is too small to split or
  /// must be read in one pass. Throws the first error one pass would throw.
  func read(_ stream: RecordStream, into session: inout IngestSession) throws(IngestError) -> Bool {
    let start = stream.position
    guard
      let starts = PartStarts.plan(
        byteCount: bytes.count, from: start, threads: session.options.threads,
        minimumBytes: session.options.minimumPartBytes, boundary: afterLineFeed)
    else { return false }
    // Each later part starts just after a line feed (`afterLineFeed`), where a record may begin.
    assert(starts.dropFirst().allSatisfy { bytes[$0 - 1] == UInt8(ascii: "\n") }, "parts start after LF")
    let ends = Array(starts.dropFirst()) + [bytes.count]
    let threads = session.options.threads
    guard let lines = lineBreaks(starts: starts, threads: threads) else { return false }
    let relay = progress.map { ProgressRelay(starts: starts, base: start, total: bytes.count, progress: $0) }
    var streams = [
      stream.ending(
        at: ends[0], progress: relay.map { relay in { offset, _ in relay.update(part: 0, offset: offset) } })
    ]
    var line = stream.line
    for part in 1..<starts.count {
      line += lines[part - 1]
      let scanner = CSVScanner(bytes: bytes, offset: starts[part], line: line, delimiter: delimiter)
      streams.append(
        RecordStream(
          scanner: scanner, buffered: [], bytes: bytes, path: stream.path, input: input, end: ends[part],
          progress: relay.map { relay in { offset, _ in relay.update(part: part, offset: offset) } }))
    }
    let joiner = PartJoiner(session: session, ends: ends)
    readParts(streams, session: session, threads: threads, joiner: joiner)
    switch joiner.outcome() {
    case .failed(let error): throw error
    case .onePass: return false
    case .joined(let combined): return session.absorb(part: combined)
    }
  }

  /// The line breaks in each part but the last (what the next part's first line number needs),
  /// counted on `threads` threads; `nil` when a carriage return stands alone in them.
  private func lineBreaks(starts: [Int], threads: Int) -> [Int]? {
    let counts = WorkerPool.map(count: starts.count - 1, threads: threads) { part in
      LineBreaks.count(in: bytes, range: starts[part]..<starts[part + 1])
    }
    var lines: [Int] = []
    for count in counts {
      guard let count else { return nil }
      lines.append(count)
    }
    return lines
  }

  /// The offset just after the first line feed at or after `offset`, `nil` when there is none.
  private func afterLineFeed(_ offset: Int) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    var index = offset
    while index < bytes.count && base[index] != UInt8(ascii: "\n") { index += 1 }
    return index < bytes.count ? index + 1 : nil
  }

  /// Reads each part into a session of its own on `threads` threads, handing each result to `joiner`.
  private func readParts(_ streams: [RecordStream], session: IngestSession, threads: Int, joiner: PartJoiner)
  {
    _ = WorkerPool.map(count: streams.count, threads: threads) { part in
      var stream = streams[part]
      var partSession = session.partSession()
      let outcome = Result { () throws(IngestError) in
        try reader.readRows(&stream, into: &partSession)
        return partSession
      }
      joiner.finish(part, (outcome, stream.position))
    }
  }
}
