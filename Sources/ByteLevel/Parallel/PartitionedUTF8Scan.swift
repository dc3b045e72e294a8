extension UTF8Scanner {
  /// What `scan(bytes, from: start)` finds, from parts of at least `minimumPartBytes` scanned on up to
  /// `threads` threads (`PartStarts.perThread` parts per thread, handed out as threads come free).
  ///
  /// Parts begin near equal shares of the bytes, moved past at most three continuation bytes to the
  /// start of a character; at four continuation bytes in a row (never well-formed) the buffer is
  /// scanned in one pass. Each part notes what lies in it (`scan(_:from:to:)`), and the notes are
  /// joined in order up to the first part that stopped at an ill-formed sequence or a NUL: a part
  /// starts where the one-pass scan would be at a character boundary, unless that scan stopped before.
  package static func scan(
    _ bytes: UnsafeRawBufferPointer, from start: Int, threads: Int,
    minimumPartBytes: Int = PartStarts.minimumBytes
  ) -> UTF8ScanResult {
    guard
      let starts = PartStarts.plan(
        byteCount: bytes.count, from: start, threads: threads,
        minimumBytes: minimumPartBytes,
        boundary: { characterStart(bytes, near: $0) })
    else { return scan(bytes, from: start) }
    let ends = Array(starts.dropFirst()) + [bytes.count]
    let results = WorkerPool.map(count: starts.count, threads: threads) { part in
      scan(bytes, from: starts[part], to: ends[part])
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

  /// `offset` moved past at most three continuation bytes to the start of a character; `nil` at a
  /// fourth continuation byte in a row.
  private static func characterStart(_ bytes: UnsafeRawBufferPointer, near offset: Int) -> Int? {
    var index = offset
    while index < bytes.count && bytes[index] & 0xC0 == 0x80 {
      guard index - offset < 3 else { return nil }
      index += 1
    }
    return index
  }
}
