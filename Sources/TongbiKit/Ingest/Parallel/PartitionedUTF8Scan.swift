extension UTF8Scanner {
  /// Smallest part of a buffer worth a thread of its own.
  static let minimumPartBytes = 8 << 20

  /// What `scan(bytes, from: start)` finds, from up to `threads` parts of at least `minimumPartBytes`
  /// scanned at once.
  ///
  /// Parts begin near equal shares of the bytes, moved past at most three continuation bytes to the
  /// start of a character; at four continuation bytes in a row (never well-formed) the buffer is
  /// scanned in one pass. Each part notes what lies in it (`scan(_:from:to:)`), and the notes are
  /// joined in order up to the first part that stopped at an ill-formed sequence or a NUL: a part
  /// starts where the one-pass scan would be at a character boundary, unless that scan stopped before.
  static func scan(
    _ bytes: UnsafeRawBufferPointer, from start: Int, threads: Int, minimumPartBytes: Int = minimumPartBytes
  ) -> UTF8ScanResult {
    let partCount = min(threads, (bytes.count - start) / max(1, minimumPartBytes))
    guard partCount > 1, let starts = partStarts(bytes, from: start, count: partCount) else {
      return scan(bytes, from: start)
    }
    let ends = Array(starts.dropFirst()) + [bytes.count]
    let results = UnsafeMutableBufferPointer<UTF8ScanResult>.allocate(capacity: starts.count)
    results.initialize(repeating: UTF8ScanResult())
    defer { results.deallocate() }
    ParallelWork.run(count: starts.count) { part in
      results[part] = scan(bytes, from: starts[part], to: ends[part])
    }
    var joined = UTF8ScanResult()
    for part in results {
      joined.controls.count += part.controls.count
      joined.controls.firstOffset = joined.controls.firstOffset ?? part.controls.firstOffset
      joined.innerBOMOffset = joined.innerBOMOffset ?? part.innerBOMOffset
      if part.invalidOffset != nil || part.nulOffset != nil {
        joined.invalidOffset = part.invalidOffset
        joined.nulOffset = part.nulOffset
        break
      }
    }
    return joined
  }

  /// The first offset of each part: `start`, then each share's offset moved to the next byte that is
  /// not a continuation byte; `nil` when four continuation bytes stand in a row there, or the shares
  /// do not give distinct offsets inside the buffer.
  private static func partStarts(_ bytes: UnsafeRawBufferPointer, from start: Int, count: Int) -> [Int]? {
    var starts = [start]
    for part in 1..<count {
      var index = start + (bytes.count - start) / count * part
      var skipped = 0
      while index < bytes.count && bytes[index] & 0xC0 == 0x80 {
        guard skipped < 3 else { return nil }
        index += 1
        skipped += 1
      }
      guard index < bytes.count, let last = starts.last, index > last else { return nil }
      starts.append(index)
    }
    return starts
  }
}
