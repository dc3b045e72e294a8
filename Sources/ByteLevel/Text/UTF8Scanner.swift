/// C0 control bytes other than tab, LF, CR and NUL seen in a scan.
package struct ControlByteTally: Equatable, Sendable {
  /// How many there were.
  package var count = 0
  /// Offset of the first one.
  package var firstOffset: Int?

  /// Records the control byte at `offset`.
  package mutating func record(_ offset: Int) {
    count += 1
    if firstOffset == nil { firstOffset = offset }
  }
}

/// What one pass of `UTF8Scanner` found.
package struct UTF8ScanResult: Equatable, Sendable {

  /// Offset of the first byte of the first ill-formed UTF-8 sequence (the scan stops there).
  package var invalidOffset: Int?
  /// Offset of the first NUL byte (the scan stops there).
  package var nulOffset: Int?
  /// Offset of the first U+FEFF (`EF BB BF`) seen.
  package var innerBOMOffset: Int?
  /// Control bytes seen before the scan stopped.
  package var controls = ControlByteTally()
}

/// Word-at-a-time (SWAR) byte tests on eight bytes packed in a `UInt64`.
package enum ByteWord {
  /// `0x01` in every byte.
  package static let ones: UInt64 = 0x0101_0101_0101_0101
  /// The high bit of every byte.
  package static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// The high bit of each byte of `word` that is zero, exactly (no false positives from borrows).
  @inline(__always)
  package static func zeroBytes(_ word: UInt64) -> UInt64 {
    let low7 = ~highBits
    return ~(((word & low7) &+ low7) | word | low7)
  }

  /// Nonzero when some byte of `word` is below `0x20` (a C0 control, NUL included): exact as to whether
  /// there is one, though bytes above the first such byte may be marked too. A cheap screen before
  /// `disallowedControls`, which is exact byte by byte.
  @inline(__always)
  package static func mayHaveControls(_ word: UInt64) -> UInt64 {
    (word &- 0x20 &* ones) & ~word & highBits
  }

  /// The high bit of each byte of `word` that is a C0 control other than tab, LF and CR
  /// (NUL included): bytes below `0x20` except `0x09`, `0x0A`, `0x0D`.
  @inline(__always)
  package static func disallowedControls(_ word: UInt64) -> UInt64 {
    let belowSpace = zeroBytes(word & (0xE0 &* ones))
    guard belowSpace != 0 else { return 0 }
    let allowed =
      zeroBytes(word ^ (0x09 &* ones)) | zeroBytes(word ^ (0x0A &* ones)) | zeroBytes(word ^ (0x0D &* ones))
    return belowSpace & ~allowed
  }
}

/// Validates UTF-8 and notes NUL and other control bytes in one pass.
///
/// Well-formed sequences follow Unicode Table 3-7: overlong forms (`C0`, `C1`, `E0 80..9F`,
/// `F0 80..8F`), surrogates (`ED A0..BF`) and code points above U+10FFFF (`F4 90..`, `F5..FF`) are
/// ill-formed. ASCII runs are checked 16 bytes per step with unaligned 64-bit loads.
package enum UTF8Scanner {
  /// Scans `bytes` from `start` until `end` (default: the end of the buffer), the first ill-formed
  /// sequence or the first NUL.
  ///
  /// With `end` inside the buffer and at the start of a character, the scan notes exactly what a scan
  /// of the whole buffer notes in `start..<end`: a character starting before `end` is read to its
  /// end, and bytes after `end` that are read along are noted only by the scan of the part they are in.
  package static func scan(_ bytes: UnsafeRawBufferPointer, from start: Int, to end: Int? = nil)
    -> UTF8ScanResult
  {
    var result = UTF8ScanResult()
    guard let base = bytes.baseAddress else { return result }
    let count = bytes.count
    let end = min(end ?? count, count)
    var index = start
    var lines = RepeatedLinePrefix()
    while index < end {
      // One step per iteration: eight ASCII bytes, the ASCII bytes before a non-ASCII byte, or one
      // multi-byte character (the common three-byte form by a single masked compare).
      while index < end && index + 8 <= count {
        let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        let high = word & ByteWord.highBits
        let asciiBytes = high == 0 ? 8 : high.trailingZeroBitCount &>> 3
        if asciiBytes > 0 {
          let asciiMask: UInt64 = asciiBytes == 8 ? ~0 : (1 &<< (asciiBytes &* 8)) &- 1
          // Most words have no byte below 0x20 at all; only those that do (a line end, a tab) need
          // the exact test.
          if ByteWord.mayHaveControls(word) & asciiMask == 0 {
            index &+= asciiBytes
            continue
          }
          guard ByteWord.disallowedControls(word) & asciiMask == 0 else { break }
          let lineEnds = ByteWord.zeroBytes(word ^ (0x0A &* ByteWord.ones)) & asciiMask
          if lineEnds == 0 {
            index &+= asciiBytes
            continue
          }
          // A line starts after the last LF among these bytes; it may repeat the start of a line before.
          let lineStart = index &+ ((63 &- lineEnds.leadingZeroBitCount) &>> 3) &+ 1
          index = lines.lineStarts(at: lineStart, base: base, count: count, result: result)
          continue
        }
        let lead = word & 0xFF
        if word & 0x00C0_C0F0 == 0x0080_80E0 && lead != 0xE0 && lead != 0xED && lead != 0xEF {
          let nextLead = (word &>> 24) & 0xFF
          if word & 0xC0C0_F000_0000 == 0x8080_E000_0000 && nextLead != 0xE0 && nextLead != 0xED
            && nextLead != 0xEF
          {
            index &+= 6
          } else {
            index &+= 3
          }
          lines.multiByteCharacter(endingAt: index)
          continue
        }
        guard step(base, at: &index, count: count, result: &result) else { return result }
        lines.multiByteCharacter(endingAt: index)
      }
      // A word with control bytes, and the tail: byte by byte, then back to words.
      let stop = min(end, index + 8)
      while index < stop {
        let lead = base.load(fromByteOffset: index, as: UInt8.self)
        if lead >= 0x80 {
          guard step(base, at: &index, count: count, result: &result) else { return result }
          lines.multiByteCharacter(endingAt: index)
          continue
        }
        if lead < 0x20 && lead != 0x09 && lead != 0x0A && lead != 0x0D {
          if lead == 0 {
            result.nulOffset = index
            return result
          }
          result.controls.record(index)
        }
        index += 1
      }
    }
    return result
  }

  /// Validates the multi-byte sequence at `index` and moves past it; returns `false` (after noting the
  /// offset) when it is ill-formed. Notes the first inner byte-order mark.
  @inline(__always)
  private static func step(
    _ base: UnsafeRawPointer, at index: inout Int, count: Int, result: inout UTF8ScanResult
  ) -> Bool {
    let length = sequenceLength(base + index, available: count - index)
    guard length > 0 else {
      result.invalidOffset = index
      return false
    }
    if length == 3, result.innerBOMOffset == nil, base.load(fromByteOffset: index, as: UInt8.self) == 0xEF,
      base.load(fromByteOffset: index + 1, as: UInt8.self) == 0xBB,
      base.load(fromByteOffset: index + 2, as: UInt8.self) == 0xBF
    {
      result.innerBOMOffset = index
    }
    index += length
    return true
  }

  /// Length (2...4) of the well-formed multi-byte sequence at `pointer`, or 0 when it is ill-formed
  /// or cut off by the end of the buffer (`available` bytes remain).
  @inline(__always)
  package static func sequenceLength(_ pointer: UnsafeRawPointer, available: Int) -> Int {
    let lead = pointer.load(as: UInt8.self)
    @inline(__always) func byte(_ offset: Int) -> UInt8 {
      pointer.load(fromByteOffset: offset, as: UInt8.self)
    }
    @inline(__always) func isContinuation(_ value: UInt8) -> Bool { value & 0xC0 == 0x80 }
    switch lead {
    case 0xC2...0xDF:
      return available >= 2 && isContinuation(byte(1)) ? 2 : 0
    case 0xE0...0xEF:
      guard available >= 3 else { return 0 }
      let second = byte(1)
      let secondOK: Bool
      switch lead {
      case 0xE0: secondOK = (0xA0...0xBF).contains(second)
      case 0xED: secondOK = (0x80...0x9F).contains(second)
      default: secondOK = isContinuation(second)
      }
      return secondOK && isContinuation(byte(2)) ? 3 : 0
    case 0xF0...0xF4:
      guard available >= 4 else { return 0 }
      let second = byte(1)
      let secondOK: Bool
      switch lead {
      case 0xF0: secondOK = (0x90...0xBF).contains(second)
      case 0xF4: secondOK = (0x80...0x8F).contains(second)
      default: secondOK = isContinuation(second)
      }
      return secondOK && isContinuation(byte(2)) && isContinuation(byte(3)) ? 4 : 0
    default:
      return 0
    }
  }
}

/// Counts control bytes in bytes of any ASCII-compatible encoding (GB18030 trail bytes are never
/// below `0x30`, so a byte below `0x20` is always a control character).
package enum ControlByteScanner {
  /// Adds the control bytes from `start` to the end to `tally`; returns the offset of the first NUL
  /// (where it stops), or `nil` when there is none.
  package static func scan(
    _ bytes: UnsafeRawBufferPointer, from start: Int, into tally: inout ControlByteTally
  )
    -> Int?
  {
    guard let base = bytes.baseAddress else { return nil }
    let count = bytes.count
    var index = start
    while index < count {
      if index + 8 <= count,
        ByteWord.disallowedControls(base.loadUnaligned(fromByteOffset: index, as: UInt64.self)) == 0
      {
        index += 8
        continue
      }
      let byte = base.load(fromByteOffset: index, as: UInt8.self)
      if byte == 0 { return index }
      if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D { tally.record(index) }
      index += 1
    }
    return nil
  }
}
