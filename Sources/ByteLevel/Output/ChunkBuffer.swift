/// A growable byte buffer one worker fills with rows before they are written out in order.
///
/// A writer asks for a cursor with room for what it may write (`cursor(reserving:)`), writes at most
/// that many bytes there (stores past the text included), and sets `count` to the end of its text;
/// debug builds assert that the text ends within the room reserved.
@_spi(ByteLevel) public final class ChunkBuffer {
  /// The bytes: `count` filled, and room for `capacity` in all.
  public private(set) var buffer: UnsafeMutablePointer<UInt8>
  @usableFromInline var capacity: Int
  /// Where the room of the last cursor ends: `count` at that cursor plus the bytes it reserved.
  @usableFromInline var reservedEnd = 0
  /// Bytes filled.
  public var count = 0 {
    didSet { assert(count <= reservedEnd, "the bytes written at a cursor fit the room it reserved") }
  }

  /// An empty buffer of `capacity` bytes, grown as cursors need.
  public init(capacity: Int = 1 << 20) {
    self.capacity = capacity
    buffer = .allocate(capacity: capacity)
  }

  deinit { buffer.deallocate() }

  /// A cursor with room for at least `bytes` more bytes; the caller sets `count` when done.
  @inlinable @inline(__always)
  public func cursor(reserving bytes: Int) -> UnsafeMutablePointer<UInt8> {
    if count + bytes > capacity { grow(toHold: count + bytes) }
    reservedEnd = count + bytes
    return buffer + count
  }

  /// Moves the filled bytes to storage of at least `needed` bytes (twice the capacity, or more).
  @usableFromInline func grow(toHold needed: Int) {
    let larger = max(capacity * 2, needed)
    let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
    grown.update(from: buffer, count: count)
    buffer.deallocate()
    buffer = grown
    capacity = larger
  }

  /// The filled bytes.
  @inlinable
  public var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: buffer, count: count) }
}
