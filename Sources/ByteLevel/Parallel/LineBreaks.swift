/// Counts the line breaks of a stretch of text as `CSVScanner` numbers lines, sixteen bytes at a time.
package enum LineBreaks {
  /// The line breaks in `bytes[range]` (LF, and CRLF as one), or `nil` when a carriage return stands
  /// alone (not before LF) in it.
  ///
  /// Every LF is a line break for the scanner, inside quotes or not. A lone CR ends a record outside
  /// quotes but is no break inside them, so with one present the count could differ from the
  /// scanner's; callers then read the file in one pass. Line feeds are counted per byte lane (at most
  /// 255 steps between two sums of the lanes); a CR sends its block to a byte-by-byte check.
  package static func count(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Int? {
    guard let base = bytes.baseAddress else { return 0 }
    // Blocks of sixteen are loaded only while they end inside `range`, itself inside the buffer.
    assert(range.lowerBound >= 0 && range.upperBound <= bytes.count, "a range of the buffer")
    let raw = UnsafeRawPointer(base)
    let lineFeed = SIMD16<UInt8>(repeating: UInt8(ascii: "\n"))
    let carriageReturn = SIMD16<UInt8>(repeating: UInt8(ascii: "\r"))
    var lines = 0
    var lanes = SIMD16<UInt8>(repeating: 0)
    var steps = 0
    var index = range.lowerBound
    while index &+ 16 <= range.upperBound {
      let block = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
      // A true lane of a comparison mask is all ones (255): subtracting it adds one.
      lanes &-= unsafeBitCast(block .== lineFeed, to: SIMD16<UInt8>.self)
      let returns = unsafeBitCast(block .== carriageReturn, to: SIMD2<UInt64>.self)
      if returns[0] | returns[1] != 0
        && hasLoneCarriageReturn(base, index..<(index &+ 16), count: bytes.count)
      {
        return nil
      }
      steps &+= 1
      if steps == 255 {
        lines &+= sum(lanes)
        lanes = SIMD16<UInt8>(repeating: 0)
        steps = 0
      }
      index &+= 16
    }
    lines &+= sum(lanes)
    for offset in index..<range.upperBound where base[offset] == UInt8(ascii: "\n") { lines &+= 1 }
    return hasLoneCarriageReturn(base, index..<range.upperBound, count: bytes.count) ? nil : lines
  }

  /// The sum of the sixteen lanes, by halving the vector in 16-bit lanes (no generic reduction call).
  @inline(__always)
  private static func sum(_ lanes: SIMD16<UInt8>) -> Int {
    let wide = SIMD16<UInt16>(truncatingIfNeeded: lanes)
    let eight = wide.lowHalf &+ wide.highHalf
    let four = eight.lowHalf &+ eight.highHalf
    let two = four.lowHalf &+ four.highHalf
    return Int(two[0] &+ two[1])
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
