/// A growable byte buffer one worker fills with rows before they are written out in order.
@_spi(ByteLevel) public final class ChunkBuffer {
  public var buffer: UnsafeMutablePointer<UInt8>
  @usableFromInline var capacity: Int
  /// Bytes filled.
  public var count = 0

  public init(capacity: Int = 1 << 20) {
    self.capacity = capacity
    buffer = .allocate(capacity: capacity)
  }

  deinit { buffer.deallocate() }

  /// A cursor with room for at least `bytes` more bytes; the caller sets `count` when done.
  @inlinable @inline(__always)
  public func cursor(reserving bytes: Int) -> UnsafeMutablePointer<UInt8> {
    if count + bytes > capacity {
      let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: max(capacity * 2, count + bytes))
      grown.update(from: buffer, count: count)
      buffer.deallocate()
      buffer = grown
      capacity = max(capacity * 2, count + bytes)
    }
    return buffer + count
  }

  /// The filled bytes.
  @inlinable
  public var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: buffer, count: count) }
}
