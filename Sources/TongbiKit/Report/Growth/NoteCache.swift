@_spi(ByteLevel) import ByteLevel

/// Note bytes by a row's reason codes (one byte per quantity, packed in a `UInt64`), built once per
/// distinct combination and kept until the cache goes.
///
/// Consecutive rows mostly share their reasons (the first two years of a series, a gap), so the last
/// note is kept beside the dictionary and reused without a lookup. Notes are handed out as pointers
/// into storage the cache owns, so a row costs no reference counting.
final class NoteCache {
  private var cache: [UInt64: UnsafeMutableBufferPointer<UInt8>] = [:]
  private var lastKey: UInt64 = 0
  private var lastBytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)

  deinit {
    for bytes in cache.values { bytes.deallocate() }
  }

  /// The reason codes of every row of `rows`, packed per row into `keys` (quantity 0 in the highest
  /// byte used); rows after the last with a reason (`lastUndefinedRow`) are 0 without being read.
  static func keys(_ reasons: [[UInt8]], rows: Range<Int>, into keys: UnsafeMutablePointer<UInt64>) {
    keys.update(repeating: 0, count: rows.upperBound)
    let last = lastUndefinedRow(reasons)
    let undefined = rows.clamped(to: rows.lowerBound..<max(rows.lowerBound, last + 1))
    for codes in reasons {
      codes.withUnsafeBufferPointer { codes in
        for row in undefined { keys[row] = keys[row] << 8 | UInt64(codes[row]) }
      }
    }
  }

  /// The last row where some quantity has a reason (`SeriesGrowth.reasons`), −1 when none has: rows
  /// after it carry no reason at all. For a flow with both forms that is usually in its first two
  /// years; for a kind with a quantity that never applies (stocks, rates, indices) or a 1-2月 series
  /// it is the last row.
  static func lastUndefinedRow(_ reasons: [[UInt8]]) -> Int {
    reasons.reduce(-1) { last, codes in max(last, codes.withUnsafeBufferPointer(lastNonzero)) }
  }

  /// The index of the last nonzero code, −1 when all are zero: read backwards eight codes at a time
  /// (reasons gather in the first years of a series), the last nonzero byte of a little-endian word
  /// being its highest.
  private static func lastNonzero(_ codes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = codes.baseAddress else { return -1 }
    let raw = UnsafeRawPointer(base)
    var end = codes.count
    while end >= 8 {
      let word = raw.loadUnaligned(fromByteOffset: end - 8, as: UInt64.self)
      if word != 0 { return end - 8 + (63 - UInt64(littleEndian: word).leadingZeroBitCount) >> 3 }
      end -= 8
    }
    while end > 0 {
      end -= 1
      if base[end] != 0 { return end }
    }
    return -1
  }

  /// The escaped note of the reason codes packed in `key`; empty for 0 (no undefined value).
  @inline(__always)
  func bytes(_ key: UInt64) -> UnsafeBufferPointer<UInt8> {
    if key == 0 { return UnsafeBufferPointer(start: nil, count: 0) }
    if key == lastKey { return lastBytes }
    let bytes = known(key)
    lastKey = key
    lastBytes = bytes
    return bytes
  }

  private func known(_ key: UInt64) -> UnsafeBufferPointer<UInt8> {
    if let known = cache[key] { return UnsafeBufferPointer(known) }
    var codes = key
    var byQuantity = Array(repeating: UInt8(0), count: GrowthQuantity.allCases.count)
    for index in byQuantity.indices.reversed() {
      byQuantity[index] = UInt8(truncatingIfNeeded: codes)
      codes >>= 8
    }
    let text = CSVText.escaped(GrowthNote.text(reasons: byQuantity))
    let storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: text.count + BlockCopy.slack)
    let stored = UnsafeMutableBufferPointer(rebasing: storage[..<text.count])
    _ = stored.initialize(fromContentsOf: text)
    UnsafeMutableBufferPointer(rebasing: storage[text.count...]).initialize(repeating: 0)
    cache[key] = stored
    return UnsafeBufferPointer(stored)
  }
}
