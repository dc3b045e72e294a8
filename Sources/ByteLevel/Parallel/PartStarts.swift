/// Where the parts of a buffer read on several threads begin.
package enum PartStarts {
  /// Smallest part worth a thread of its own.
  package static let minimumBytes = 8 << 20
  /// Parts per thread: handed out as threads come free, so that a thread slowed down (by the
  /// machine's other work) holds up the end by a small part only. The threads finish within about
  /// one part of each other: with 4 parts per thread the 1 GB benchmark table left one of two cores
  /// idle for a quarter of a second at the end of its read, with 16 (parts of 32 MB) for a few
  /// hundredths. Each boundary is a chance to fall inside a quoted field (which sends a long-layout
  /// file to one pass), and each part a session joined to the others: more parts, smaller gains.
  package static let perThread = 16

  /// The first offset of each part of `bytes[start...]` for `threads` threads: `perThread` parts per
  /// thread, none on one thread (there is nothing to share), and each at least `minimumBytes` long.
  /// The parts are `start`, then the offset of each further equal share moved to the next boundary by
  /// `boundary` (which returns `nil` when it finds none); a share whose boundary is that of the share
  /// before (a line longer than a share) or the end of the buffer adds no part. `nil` when `boundary`
  /// finds none or fewer than two parts remain.
  package static func plan(
    byteCount: Int, from start: Int, threads: Int, minimumBytes: Int, boundary: (Int) -> Int?
  ) -> [Int]? {
    guard threads > 1 else { return nil }
    let count = min(threads * perThread, (byteCount - start) / max(1, minimumBytes))
    guard count > 1 else { return nil }
    var starts = [start]
    for part in 1..<count {
      guard let next = boundary(start + (byteCount - start) / count * part) else { return nil }
      if let last = starts.last, next > last && next < byteCount { starts.append(next) }
    }
    assert(zip(starts, starts.dropFirst()).allSatisfy { $0 < $1 } && (starts.last ?? 0) < byteCount)
    return starts.count > 1 ? starts : nil
  }
}
