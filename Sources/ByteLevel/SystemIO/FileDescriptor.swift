#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
#if os(Linux)
  import CFileSpace
#endif

/// An open file descriptor with the path it stands for: the one place Tongbi calls the system on a
/// descriptor. Each method wraps one call, retries it on `EINTR` where the call can be interrupted
/// (`retryingInterrupts`), and throws `SystemCallError` naming the call, the path and `errno`.
package struct FileDescriptor: Sendable {
  /// The descriptor.
  package let rawValue: Int32
  /// The path as the user named it, for messages.
  package let path: String

  /// A descriptor already open (the standard streams, or one a caller owns).
  package init(rawValue: Int32, path: String) {
    self.rawValue = rawValue
    self.path = path
  }

  /// Standard input, named `-` as on the command line.
  package static let standardInput = FileDescriptor(rawValue: STDIN_FILENO, path: "-")
  /// Standard output.
  package static let standardOutput = FileDescriptor(rawValue: STDOUT_FILENO, path: "standard output")
  /// Standard error.
  package static let standardError = FileDescriptor(rawValue: STDERR_FILENO, path: "standard error")

  /// `open(2)` of `path` with `flags` (and `mode` for a file it creates).
  package static func open(_ path: String, _ flags: Int32, mode: mode_t = 0o644) throws(SystemCallError)
    -> FileDescriptor
  {
    let descriptor = retryingInterrupts { systemOpen(path, flags | O_CLOEXEC, mode) }
    guard descriptor >= 0 else { throw SystemCallError(.open, path: path) }
    return FileDescriptor(rawValue: descriptor, path: path)
  }

  /// `close(2)`. Not retried: on Linux the descriptor is closed even when the call is interrupted.
  package func close() throws(SystemCallError) {
    guard systemClose(rawValue) == 0 else { throw SystemCallError(.close, path: path) }
  }

  /// `fstat(2)`.
  package func status() throws(SystemCallError) -> stat {
    var status = stat()
    guard fstat(rawValue, &status) == 0 else { throw SystemCallError(.stat, path: path) }
    return status
  }

  /// Gives the file the permissions a new file of `mode` gets under the process's umask
  /// (`fchmod(2)`): `0o644` is `rw-r--r--` under the usual umask 022, as `open` makes files.
  package func setCreationMode(_ mode: mode_t = 0o644) throws(SystemCallError) {
    let mask = umask(0)
    umask(mask)
    guard fchmod(rawValue, mode & ~mask) == 0 else { throw SystemCallError(.fchmod, path: path) }
  }

  /// The current offset (`lseek(2)` by 0 from `SEEK_CUR`); `nil` for a pipe or terminal, which has none.
  package func offset() -> Int? {
    let offset = lseek(rawValue, 0, SEEK_CUR)
    return offset >= 0 ? Int(offset) : nil
  }

  /// `read(2)` of up to `count` bytes into `buffer`; the number read, 0 at the end.
  package func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(SystemCallError) -> Int {
    let got = retryingInterrupts { systemRead(rawValue, buffer, count) }
    guard got >= 0 else { throw SystemCallError(.read, path: path) }
    return got
  }

  /// A `write(2)` call: (descriptor, bytes, count) → bytes written or −1 with `errno`. Tests pass a
  /// failing one to `writeAll`.
  package typealias WriteCall = (Int32, UnsafeRawPointer, Int) -> Int

  /// The system's `write(2)`: the call `writeAll` makes unless a test passes another.
  package static func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    writeSystemCall(descriptor, bytes, count)
  }

  /// Writes all of `bytes` by as many `write(2)` calls as it takes.
  package func writeAll(
    _ bytes: UnsafeRawBufferPointer, using write: WriteCall = FileDescriptor.systemWrite
  ) throws(SystemCallError) {
    guard let base = bytes.baseAddress else { return }
    var offset = 0
    while offset < bytes.count {
      let written = retryingInterrupts { write(rawValue, base + offset, bytes.count - offset) }
      guard written >= 0 else { throw SystemCallError(.write, path: path) }
      offset += written
    }
  }

  /// `fsync(2)`: the file's bytes and metadata reach the disk before it returns.
  package func sync() throws(SystemCallError) {
    guard retryingInterrupts({ fsync(rawValue) }) == 0 else { throw SystemCallError(.fsync, path: path) }
  }

  /// `ftruncate(2)` to `length` bytes.
  package func truncate(to length: Int) throws(SystemCallError) {
    guard retryingInterrupts({ ftruncate(rawValue, off_t(length)) }) == 0 else {
      throw SystemCallError(.ftruncate, path: path)
    }
  }

  /// Reserves disk blocks for `length` bytes from `offset` without changing the file's size
  /// (`fallocate(2)` with `FALLOC_FL_KEEP_SIZE`, Linux); `false` where the call fails or is missing.
  package func reserveBlocks(offset: Int, length: Int) -> Bool {
    #if os(Linux)
      retryingInterrupts { fallocate64(rawValue, tongbi_falloc_keep_size, Int64(offset), Int64(length)) } == 0
    #else
      false
    #endif
  }

  /// Starts writing the dirty pages of `length` bytes from `offset` to the disk without waiting
  /// (`sync_file_range(2)` with `SYNC_FILE_RANGE_WRITE`, Linux), so that a later `sync()` has less
  /// left to wait for. Best effort: does nothing where the call fails or is missing.
  package func startWriteback(offset: Int, length: Int) {
    #if os(Linux)
      _ = retryingInterrupts {
        sync_file_range(rawValue, Int64(offset), Int64(length), tongbi_sync_file_range_write)
      }
    #endif
  }

  /// `mmap(2)` of the first `length` bytes, read-only and private.
  package func mapReadOnly(length: Int) throws(SystemCallError) -> UnsafeMutableRawPointer {
    guard let mapped = mmap(nil, length, PROT_READ, MAP_PRIVATE, rawValue, 0), mapped != MAP_FAILED else {
      throw SystemCallError(.mmap, path: path)
    }
    return mapped
  }

  /// Whether the descriptor is a terminal (`isatty(3)`).
  package var isTerminal: Bool { isatty(rawValue) == 1 }
}

// The C calls whose names `FileDescriptor`'s methods take, reached from file scope.
private func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 { open(path, flags, mode) }
private func systemClose(_ descriptor: Int32) -> Int32 { close(descriptor) }
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
  read(descriptor, buffer, count)
}
private func writeSystemCall(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}
