/// Counts the line breaks of a stretch of text as `CSVScanner` numbers lines, eight bytes at a time.
enum LineBreaks {
  /// The line breaks in `bytes[range]` (LF, and CRLF as one) and whether a carriage return stands
  /// alone (not before LF) in it.
  ///
  /// Every LF is a line break for the scanner, inside quotes or not. A lone CR ends a record outside
  /// quotes but is no break inside them, so with one present the count could differ from the
  /// scanner's; callers then read the file in one pass. The bytes of a word w equal to b are the
  /// zero bytes of w ^ (b in every byte).
  static func count(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> (
    lines: Int, loneCarriageReturn: Bool
  ) {
    guard let base = bytes.baseAddress else { return (0, false) }
    let raw = UnsafeRawPointer(base)
    var lines = 0
    var carriageReturns = 0
    var crlf = 0
    var index = range.lowerBound
    while index &+ 8 <= range.upperBound {
      let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      lines &+= matches(word, UInt8(ascii: "\n")).nonzeroBitCount
      let returns = matches(word, UInt8(ascii: "\r"))
      if returns != 0 {
        carriageReturns &+= returns.nonzeroBitCount
        for offset in 0..<8 where base[index + offset] == UInt8(ascii: "\r") {
          let next = index + offset + 1
          if next < bytes.count && base[next] == UInt8(ascii: "\n") { crlf &+= 1 }
        }
      }
      index &+= 8
    }
    while index < range.upperBound {
      if base[index] == UInt8(ascii: "\n") { lines &+= 1 }
      if base[index] == UInt8(ascii: "\r") {
        carriageReturns &+= 1
        if index + 1 < bytes.count && base[index + 1] == UInt8(ascii: "\n") { crlf &+= 1 }
      }
      index &+= 1
    }
    return (lines, carriageReturns != crlf)
  }

  /// The high bit of every byte of `word` equal to `byte`.
  @inline(__always)
  private static func matches(_ word: UInt64, _ byte: UInt8) -> UInt64 {
    ByteWord.zeroBytes(word ^ (ByteWord.ones &* UInt64(byte)))
  }
}
