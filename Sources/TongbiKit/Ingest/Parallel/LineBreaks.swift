/// Counts the line breaks of a stretch of text as `CSVScanner` numbers lines, sixteen bytes at a time.
enum LineBreaks {
  /// The line breaks in `bytes[range]` (LF, and CRLF as one), or `nil` when a carriage return stands
  /// alone (not before LF) in it.
  ///
  /// Every LF is a line break for the scanner, inside quotes or not. A lone CR ends a record outside
  /// quotes but is no break inside them, so with one present the count could differ from the
  /// scanner's; callers then read the file in one pass. Line feeds are counted per byte lane (at most
  /// 255 steps between two sums of the lanes); a CR sends its block to a byte-by-byte check.
  static func count(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Int? {
    guard let base = bytes.baseAddress else { return 0 }
    let raw = UnsafeRawPointer(base)
    let lineFeed = SIMD16<UInt8>(repeating: UInt8(ascii: "\n"))
    let carriageReturn = SIMD16<UInt8>(repeating: UInt8(ascii: "\r"))
    let zero = SIMD16<UInt8>(repeating: 0)
    var lines = 0
    var lanes = zero
    var steps = 0
    var index = range.lowerBound
    while index &+ 16 <= range.upperBound {
      let block = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
      lanes &+= zero.replacing(with: 1, where: block .== lineFeed)
      if any(block .== carriageReturn)
        && hasLoneCarriageReturn(base, index..<(index &+ 16), count: bytes.count)
      {
        return nil
      }
      steps &+= 1
      if steps == 255 {
        lines &+= Int(SIMD16<UInt16>(truncatingIfNeeded: lanes).wrappedSum())
        lanes = zero
        steps = 0
      }
      index &+= 16
    }
    lines &+= Int(SIMD16<UInt16>(truncatingIfNeeded: lanes).wrappedSum())
    for offset in index..<range.upperBound where base[offset] == UInt8(ascii: "\n") { lines &+= 1 }
    return hasLoneCarriageReturn(base, index..<range.upperBound, count: bytes.count) ? nil : lines
  }

  /// Whether a CR in `range` is not followed by LF (the byte after the range included).
  private static func hasLoneCarriageReturn(_ base: UnsafePointer<UInt8>, _ range: Range<Int>, count: Int)
    -> Bool
  {
    range.contains { offset in
      base[offset] == UInt8(ascii: "\r") && (offset + 1 == count || base[offset + 1] != UInt8(ascii: "\n"))
    }
  }
}
