#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A system call that failed: which call, the path it concerned, and the `errno` it set.
///
/// Every system call Tongbi makes goes through `FileDescriptor` or `FileSystem`, which throw this
/// error and nothing else; the domain errors (`IngestError`, …) and the commands' messages take the
/// path and `reason` from it.
package struct SystemCallError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The call that failed, by its C name.
  package enum Call: String, Sendable {
    /// `open(2)`.
    case open
    /// `close(2)`.
    case close
    /// `read(2)`.
    case read
    /// `write(2)`.
    case write
    /// `stat(2)` and `fstat(2)`.
    case stat
    /// `lseek(2)`.
    case lseek
    /// `mmap(2)`.
    case mmap
    /// `fsync(2)`.
    case fsync
    /// `ftruncate(2)`.
    case ftruncate
    /// `rename(2)`.
    case rename
    /// `fchmod(2)`.
    case fchmod
    /// `malloc(3)` or `realloc(3)` of an input buffer.
    case allocate
  }

  /// The failing call.
  package let call: Call
  /// The path the call concerned, as the user named it (`-` or "standard output" for the streams).
  package let path: String
  /// The `errno` value the call set.
  package let code: Int32

  /// The error of `call` on `path` with `errno` `code` (by default the current `errno`).
  package init(_ call: Call, path: String, code: Int32 = errno) {
    self.call = call
    self.path = path
    self.code = code
  }

  /// The system's text for `code` (`strerror`), e.g. "No space left on device".
  package var reason: String { String(cString: strerror(code)) }

  /// `path: call failed: reason`, one line.
  package var description: String { "\(path): \(call.rawValue) failed: \(reason)" }
}

/// The result of a system call that returns −1 and sets `errno` on failure, retried while it fails
/// with `EINTR` (a signal arrived before it did anything): the one place interrupted calls are retried.
@inline(__always)
package func retryingInterrupts<Result: BinaryInteger>(_ call: () -> Result) -> Result {
  while true {
    let result = call()
    if result != -1 || errno != EINTR { return result }
  }
}
