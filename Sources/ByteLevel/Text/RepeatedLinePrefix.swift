/// Lets `UTF8Scanner` skip the start of a line that repeats, byte for byte, the start of an earlier
/// line already validated: in a long table sorted by series the non-ASCII key cells (region,
/// indicator, unit) repeat row after row.
///
/// The kept prefix runs from the start of a line (just after an LF, so on a character boundary) to the
/// end of the last multi-byte character validated in that line (again a boundary), and only when no
/// control byte and no first inner byte-order mark was noted in it. Validating the same bytes from a
/// boundary gives the same outcome, well-formed and with nothing to note, so a line starting with them
/// can skip them.
package struct RepeatedLinePrefix {
  /// Start of the line being scanned (−1 before the first line end seen).
  private var lineStart = -1
  /// Offset just past the last multi-byte character validated.
  private var multiByteEnd = -1
  /// Control bytes noted before `lineStart`.
  private var controlsAtLineStart = 0
  /// Whether an inner byte-order mark had been noted before `lineStart`.
  private var markAtLineStart = false
  /// The kept prefix: its start and length (0 when none).
  private var keptStart = 0
  private var keptLength = 0

  /// Notes that a multi-byte character ends just before `offset`.
  @inline(__always)
  package mutating func multiByteCharacter(endingAt offset: Int) {
    multiByteEnd = offset
  }

  /// Notes that a line starts at `offset` (just after an LF), keeping the validated prefix of the line
  /// that ends there; returns the offset to scan on from: past the kept prefix when the new line
  /// starts with it, else `offset`.
  @inline(__always)
  package mutating func lineStarts(
    at offset: Int, base: UnsafeRawPointer, count: Int, result: UTF8ScanResult
  ) -> Int {
    let markNoted = result.innerBOMOffset != nil
    if lineStart >= 0, multiByteEnd > lineStart, result.controls.count == controlsAtLineStart,
      markNoted == markAtLineStart
    {
      keptStart = lineStart
      keptLength = multiByteEnd - lineStart
    }
    lineStart = offset
    controlsAtLineStart = result.controls.count
    markAtLineStart = markNoted
    guard keptLength > 0, offset &+ keptLength <= count,
      CSVRecord.equalBytes(base + offset, base + keptStart, keptLength)
    else { return offset }
    keptStart = offset
    multiByteEnd = offset &+ keptLength
    return multiByteEnd
  }
}
