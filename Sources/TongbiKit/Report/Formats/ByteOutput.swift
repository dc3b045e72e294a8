#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A buffered byte writer to a file descriptor: appends go to one 1 MiB buffer, written out with
/// `write(2)` when it fills, so a table of millions of rows costs a few hundred system calls.
///
/// Writing to a path is atomic (`OutputDestination`): bytes go to a temporary file beside the target,
/// which replaces the target by `rename(2)` only on `commit()`; a writer dropped without `commit()`
/// removes it. A device or pipe (`/dev/null`) is written in place.
public final class ByteOutput {
  static let capacity = 1 << 20
  let buffer: UnsafeMutablePointer<UInt8>
  var count = 0
  private let destination: OutputDestination
  private var committed = false
  /// Bytes written out so far, and the disk blocks reserved ahead of them in a new file.
  private var written = 0
  private var reservation: FileSpaceReservation
  /// `write(2)`: the one place bytes leave the buffer; a test can make it fail after some bytes.
  var writeBytes: (Int32, UnsafeRawPointer, Int) -> Int = { descriptor, bytes, count in
    write(descriptor, bytes, count)
  }
  /// `rename(2)` of the temporary file onto the target; a test can make it fail.
  var renameFile: (String, String) -> Int32 = { from, to in rename(from, to) }

  /// A writer to standard output.
  public init() {
    buffer = .allocate(capacity: Self.capacity)
    destination = .standardOutput
    reservation = FileSpaceReservation(enabled: false)
  }

  /// A writer to `path` (see `OutputDestination`), which `commit()` puts in place.
  public init(path: String) throws(OutputError) {
    do {
      destination = try OutputDestination(path: path)
    } catch {
      throw .cannotWrite(path: path, reason: error.reason)
    }
    buffer = .allocate(capacity: Self.capacity)
    reservation = FileSpaceReservation(enabled: destination.isNewFile)
  }

  deinit {
    buffer.deallocate()
    if !committed { destination.discard() }
  }

  /// Room for at least `bytes` more bytes (at most the capacity), flushing when needed.
  @inline(__always)
  func reserve(_ bytes: Int) throws(OutputError) {
    if count + bytes > Self.capacity { try flush() }
  }

  /// Appends one byte; the caller has reserved room.
  @inline(__always)
  func appendUnchecked(_ byte: UInt8) {
    buffer[count] = byte
    count += 1
  }

  /// Appends bytes of any length; a block of a quarter of the buffer or more is written straight
  /// from `bytes` (after the buffered bytes), without a copy.
  public func append(_ bytes: UnsafeBufferPointer<UInt8>) throws(OutputError) {
    if bytes.count >= Self.capacity / 4 {
      try flush()
      try writeAll(UnsafeRawBufferPointer(bytes))
      return
    }
    try reserve(bytes.count)
    if let base = bytes.baseAddress { (buffer + count).update(from: base, count: bytes.count) }
    count += bytes.count
  }

  /// Appends bytes of any length.
  public func append(_ bytes: [UInt8]) throws(OutputError) {
    try bytes.withUnsafeBufferPointer { pointer throws(OutputError) in try append(pointer) }
  }

  /// Appends the UTF-8 bytes of `text`.
  public func append(_ text: String) throws(OutputError) {
    try append(Array(text.utf8))
  }

  /// Writes out the buffered bytes.
  public func flush() throws(OutputError) {
    guard count > 0 else { return }
    try writeAll(UnsafeRawBufferPointer(start: buffer, count: count))
    count = 0
  }

  /// Flushes, and for a file frees the blocks reserved past its end (best effort), closes it and
  /// renames it onto the target path.
  public func commit() throws(OutputError) {
    try flush()
    committed = true
    // Freeing the blocks reserved past the end is best effort: every byte is written, and a failure
    // leaves only unused space allocated.
    _ = reservation.release(descriptor: destination.descriptor, length: written)
    do {
      try destination.commit(using: renameFile)
    } catch {
      throw .cannotWrite(path: destination.name, reason: error.reason)
    }
  }

  private func writeAll(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
    // A file that outgrows one buffer is a big one: only then are blocks reserved ahead.
    if written >= Self.capacity {
      reservation.reserve(through: written + bytes.count, descriptor: destination.descriptor)
    }
    do {
      try destination.writeAll(bytes, using: writeBytes)
      written += bytes.count
    } catch {
      throw .cannotWrite(path: destination.name, reason: error.reason)
    }
  }
}

/// Output that cannot be written.
public enum OutputError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file or stream could not be created or written.
  case cannotWrite(path: String, reason: String)

  /// `path: cannot write: reason`.
  public var description: String {
    switch self {
    case .cannotWrite(let path, let reason): "\(path): cannot write: \(reason)"
    }
  }
}
