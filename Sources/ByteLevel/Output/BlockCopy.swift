/// Copies short texts (labels, notes) in 16-byte blocks: no library call and, up to 16 bytes, no
/// loop. A copy reads and writes up to 15 bytes past the text's end, so its source keeps `slack`
/// readable bytes after the text and its destination that much room.
@_spi(ByteLevel) public enum BlockCopy {
  /// Bytes a source must have readable, and a destination writable, past the text.
  public static let slack = 16

  /// Copies the `count` bytes at `source` to `destination` and returns the position after them.
  @inlinable @inline(__always)
  public static func copy(_ source: UnsafeRawPointer, count: Int, to destination: UnsafeMutablePointer<UInt8>)
    -> UnsafeMutablePointer<UInt8>
  {
    assert(count >= 0, "a byte count")
    let target = UnsafeMutableRawPointer(destination)
    var offset = 0
    repeat {
      let block = source.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self)
      target.storeBytes(of: block, toByteOffset: offset, as: SIMD16<UInt8>.self)
      offset &+= 16
    } while offset < count
    return destination + count
  }
}
