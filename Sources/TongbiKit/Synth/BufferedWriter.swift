#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes bytes to standard output or to a file through a fixed-size buffer, so that output of any
/// size streams out without being held in memory.
///
/// A file is written atomically (`OutputDestination`): into a temporary file beside it, renamed over
/// `path` by `close()`; a writer dropped without `close()` removes its temporary file. A device or pipe
/// is written in place.
public final class BufferedWriter {
  /// Bytes not yet written; callers append to it and call `flushIfFull()`.
  var buffer: [UInt8] = []
  /// Size at which `flushIfFull()` writes the buffer out.
  let capacity: Int
  /// Bytes handed to the system so far.
  public private(set) var bytesWritten = 0
  private let destination: OutputDestination
  private var isClosed = false

  /// A writer to standard output.
  public init(standardOutputCapacity capacity: Int = 1 << 20) {
    self.capacity = capacity
    destination = .standardOutput
    buffer.reserveCapacity(capacity + 4096)
  }

  /// A writer to `path` (see `OutputDestination`), which `close()` puts in place.
  public init(path: String, capacity: Int = 1 << 20) throws(SynthError) {
    self.capacity = capacity
    do {
      destination = try OutputDestination(path: path)
    } catch {
      throw .cannotWrite(path: path, reason: error.reason)
    }
    buffer.reserveCapacity(capacity + 4096)
  }

  deinit {
    if !isClosed { destination.discard() }
  }

  /// Writes the buffer out when it holds at least `capacity` bytes.
  @inline(__always)
  func flushIfFull() throws(SynthError) {
    if buffer.count >= capacity { try flush() }
  }

  /// Writes out everything buffered.
  public func flush() throws(SynthError) {
    do {
      try destination.writeAll(buffer)
    } catch {
      throw .cannotWrite(path: destination.name, reason: error.reason)
    }
    bytesWritten += buffer.count
    buffer.removeAll(keepingCapacity: true)
  }

  /// Flushes, and for a file closes it and renames it into place.
  public func close() throws(SynthError) {
    try flush()
    guard !isClosed else { return }
    isClosed = true
    do {
      try destination.commit()
    } catch {
      throw .cannotWrite(path: destination.name, reason: error.reason)
    }
  }
}
