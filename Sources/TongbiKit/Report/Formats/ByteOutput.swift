#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A buffered byte writer to a file descriptor: appends go to one 1 MiB buffer, written out with
/// `write(2)` when it fills, so a table of millions of rows costs a few hundred system calls.
///
/// Writing to a path is atomic: bytes go to a temporary file beside the target, which replaces the
/// target by `rename(2)` only on `commit()`; a writer dropped without `commit()` removes it.
public final class ByteOutput {
  static let capacity = 1 << 20
  let buffer: UnsafeMutablePointer<UInt8>
  var count = 0
  private let descriptor: Int32
  private let temporaryPath: String?
  private let finalPath: String?
  private var committed = false
  /// `write(2)`: the one place bytes leave the buffer; a test can make it fail after some bytes.
  var writeBytes: (Int32, UnsafeRawPointer, Int) -> Int = { descriptor, bytes, count in
    write(descriptor, bytes, count)
  }
  /// `rename(2)` of the temporary file onto the target; a test can make it fail.
  var renameFile: (String, String) -> Int32 = { from, to in rename(from, to) }

  /// A writer to standard output.
  public init() {
    buffer = .allocate(capacity: Self.capacity)
    descriptor = 1
    temporaryPath = nil
    finalPath = nil
  }

  /// A writer to a temporary file beside `path`, which `commit()` renames to `path`.
  public init(path: String) throws(OutputError) {
    let temporary = path + ".tmp-\(getpid())"
    let opened = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard opened >= 0 else { throw .cannotWrite(path: path, reason: Self.errorText()) }
    buffer = .allocate(capacity: Self.capacity)
    descriptor = opened
    temporaryPath = temporary
    finalPath = path
  }

  deinit {
    buffer.deallocate()
    if let temporaryPath, !committed {
      close(descriptor)
      unlink(temporaryPath)
    }
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

  /// Flushes, and for a file closes it and renames it onto the target path.
  public func commit() throws(OutputError) {
    try flush()
    guard let temporaryPath, let finalPath else { return }
    committed = true
    guard close(descriptor) == 0, renameFile(temporaryPath, finalPath) == 0 else {
      let reason = Self.errorText()
      unlink(temporaryPath)
      throw .cannotWrite(path: finalPath, reason: reason)
    }
  }

  private func writeAll(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
    var offset = 0
    while offset < bytes.count, let base = bytes.baseAddress {
      let written = writeBytes(descriptor, base + offset, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        throw .cannotWrite(path: finalPath ?? "standard output", reason: Self.errorText())
      }
      offset += written
    }
  }

  private static func errorText() -> String { String(cString: strerror(errno)) }
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
