#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes bytes to standard output or to a file through a fixed-size buffer, so that output of any
/// size streams out without being held in memory.
///
/// A file is written atomically: into a temporary file beside it, renamed over `path` by `close()`;
/// a writer dropped without `close()` removes its temporary file.
public final class BufferedWriter {
  /// Bytes not yet written; callers append to it and call `flushIfFull()`.
  var buffer: [UInt8] = []
  /// Size at which `flushIfFull()` writes the buffer out.
  let capacity: Int
  /// Bytes handed to the system so far.
  public private(set) var bytesWritten = 0
  private let descriptor: Int32
  /// Final and temporary paths of a file output; `nil` for standard output.
  private let file: (path: String, temporary: String)?
  private var isClosed = false

  /// A writer to standard output.
  public init(standardOutputCapacity capacity: Int = 1 << 20) {
    self.capacity = capacity
    descriptor = STDOUT_FILENO
    file = nil
    buffer.reserveCapacity(capacity + 4096)
  }

  /// A writer to a new temporary file beside `path`, which `close()` renames to `path`.
  public init(path: String, capacity: Int = 1 << 20) throws(SynthError) {
    self.capacity = capacity
    let temporary = path + ".tmp-\(getpid())"
    let opened = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard opened >= 0 else { throw .cannotWrite(path: path, reason: Self.errorText()) }
    descriptor = opened
    file = (path, temporary)
    buffer.reserveCapacity(capacity + 4096)
  }

  deinit {
    guard let file, !isClosed else { return }
    _ = closeDescriptor(descriptor)
    unlink(file.temporary)
  }

  /// Writes the buffer out when it holds at least `capacity` bytes.
  @inline(__always)
  func flushIfFull() throws(SynthError) {
    if buffer.count >= capacity { try flush() }
  }

  /// Writes out everything buffered.
  public func flush() throws(SynthError) {
    let failure: String? = buffer.withUnsafeBytes { bytes in
      var offset = 0
      while offset < bytes.count {
        guard let base = bytes.baseAddress else { return nil }
        let written = write(descriptor, base + offset, bytes.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return Self.errorText()
        }
        offset += written
      }
      return nil
    }
    if let failure { throw .cannotWrite(path: file?.path ?? "standard output", reason: failure) }
    bytesWritten += buffer.count
    buffer.removeAll(keepingCapacity: true)
  }

  /// Flushes, and for a file closes it and renames it into place.
  public func close() throws(SynthError) {
    try flush()
    guard let file, !isClosed else { return }
    isClosed = true
    if closeDescriptor(descriptor) != 0 || rename(file.temporary, file.path) != 0 {
      let reason = Self.errorText()
      unlink(file.temporary)
      throw .cannotWrite(path: file.path, reason: reason)
    }
  }

  private static func errorText() -> String { String(cString: strerror(errno)) }
}

/// The C library's `close(2)`, named apart from `BufferedWriter.close()`.
private func closeDescriptor(_ descriptor: Int32) -> Int32 { close(descriptor) }
