#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a buffered writer's bytes go: standard output, a file written atomically, or a device or
/// pipe written in place.
///
/// A path that names a regular file, or nothing yet, gets a temporary file beside it, renamed onto the
/// path by `commit` and removed by `discard`, so a failed run never leaves a partial file. A path that
/// names an existing device, pipe or socket (`/dev/null`, `/dev/stdout`, a FIFO) is opened and written
/// directly: renaming a temporary file onto it would replace the device with a regular file.
struct OutputDestination {
  /// The descriptor bytes are written to.
  let descriptor: Int32
  /// The path named by the user, for messages; "standard output" for descriptor 1.
  let name: String
  /// The temporary file renamed onto `name` at `commit`; `nil` when written in place.
  private let temporary: String?

  /// Whether the bytes go to a new file this destination created (its temporary file).
  var isNewFile: Bool { temporary != nil }

  /// Standard output.
  static let standardOutput = OutputDestination(descriptor: 1, name: "standard output", temporary: nil)

  private init(descriptor: Int32, name: String, temporary: String?) {
    self.descriptor = descriptor
    self.name = name
    self.temporary = temporary
  }

  /// Opens `path`: in place when it names an existing file that is not a regular file, else a new
  /// temporary file beside it. Throws the system's reason when it cannot be opened.
  init(path: String) throws(OutputDestinationError) {
    if Self.isSpecialFile(path) {
      try self.init(inPlace: path)
      return
    }
    let temporary = path + ".tmp-\(getpid())"
    let opened = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard opened >= 0 else { throw OutputDestinationError(reason: Self.errorText()) }
    self.init(descriptor: opened, name: path, temporary: temporary)
  }

  /// Opens the existing file at `path` for writing in place (a device or pipe).
  init(inPlace path: String) throws(OutputDestinationError) {
    let opened = open(path, O_WRONLY)
    guard opened >= 0 else { throw OutputDestinationError(reason: Self.errorText()) }
    self.init(descriptor: opened, name: path, temporary: nil)
  }

  /// Whether `path` names an existing device, pipe or socket (following symbolic links).
  static func isSpecialFile(_ path: String) -> Bool {
    var status = stat()
    guard stat(path, &status) == 0 else { return false }
    return status.st_mode & S_IFMT != S_IFREG && status.st_mode & S_IFMT != S_IFDIR
  }

  /// Writes all of `bytes` through `write` (retrying interrupted calls); the system's reason on failure.
  func writeAll(
    _ bytes: UnsafeRawBufferPointer,
    using write: (Int32, UnsafeRawPointer, Int) -> Int = { write($0, $1, $2) }
  ) throws(OutputDestinationError) {
    var offset = 0
    while offset < bytes.count, let base = bytes.baseAddress {
      let written = write(descriptor, base + offset, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        throw OutputDestinationError(reason: Self.errorText())
      }
      offset += written
    }
  }

  /// Writes all of `bytes` through `write`; the system's reason on failure.
  func writeAll(
    _ bytes: [UInt8], using write: (Int32, UnsafeRawPointer, Int) -> Int = { write($0, $1, $2) }
  ) throws(OutputDestinationError) {
    let failure: OutputDestinationError? = bytes.withUnsafeBytes { raw in
      do throws(OutputDestinationError) {
        try writeAll(raw, using: write)
        return nil
      } catch {
        return error
      }
    }
    if let failure { throw failure }
  }

  /// Closes a file and renames its temporary file onto the path through `rename`; on failure the
  /// temporary file is removed. Standard output is left open.
  func commit(using rename: (String, String) -> Int32 = { rename($0, $1) }) throws(OutputDestinationError) {
    guard descriptor != 1 else { return }
    guard close(descriptor) == 0 else {
      let reason = Self.errorText()
      if let temporary { unlink(temporary) }
      throw OutputDestinationError(reason: reason)
    }
    guard let temporary else { return }
    guard rename(temporary, name) == 0 else {
      let reason = Self.errorText()
      unlink(temporary)
      throw OutputDestinationError(reason: reason)
    }
  }

  /// Closes a file that will not be committed and removes its temporary file.
  func discard() {
    guard descriptor != 1 else { return }
    close(descriptor)
    if let temporary { unlink(temporary) }
  }

  private static func errorText() -> String { String(cString: strerror(errno)) }
}

/// The system's reason an output could not be opened, written or renamed into place.
struct OutputDestinationError: Error {
  /// `strerror` of the failing call.
  let reason: String
}
