#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The raw bytes of one input: a read-only memory map of a regular file, or the whole of a pipe read
/// into one buffer (grown by `realloc`, which moves big blocks with `mremap`: the input is held once).
///
/// Mapping avoids a copy; `release(_:)` returns already-scanned pages of a big mapped file to the
/// kernel so that the resident memory of a long ingest stays bounded.
/// Immutable after `init`, so any thread may read the bytes and release its part.
package final class InputBytes: @unchecked Sendable {
  /// Path as given (`-` for standard input).
  package let path: String
  private let base: UnsafeMutableRawPointer?
  /// Number of bytes.
  package let count: Int
  private let isMapped: Bool

  /// Reads `path` (`-` for standard input). A regular file is mapped, also when it is standard input
  /// redirected from a file (`tongbi ingest - < data.csv`); a pipe is read once into one buffer.
  /// A directory is refused with `EISDIR`.
  package init(path: String) throws(SystemCallError) {
    self.path = path
    let isStandardInput = path == "-"
    let descriptor = isStandardInput ? FileDescriptor.standardInput : try FileDescriptor.open(path, O_RDONLY)
    defer { if !isStandardInput { try? descriptor.close() } }
    let status = try descriptor.status()
    if (status.st_mode & S_IFMT) == S_IFDIR { throw SystemCallError(.read, path: path, code: EISDIR) }
    let isWholeRegularFile =
      (status.st_mode & S_IFMT) == S_IFREG && status.st_size > 0
      && (!isStandardInput || descriptor.offset() == 0)
    if isWholeRegularFile {
      count = Int(status.st_size)
      base = try descriptor.mapReadOnly(length: count)
      madvise(base, count, MADV_SEQUENTIAL)
      isMapped = true
    } else {
      (base, count) = try InputBytes.readAll(descriptor)
      isMapped = false
    }
  }

  deinit {
    guard let base else { return }
    if isMapped { munmap(base, count) } else { free(base) }
  }

  /// The bytes as a buffer; valid while this object lives.
  package var buffer: UnsafeBufferPointer<UInt8> {
    guard let base else { return UnsafeBufferPointer(start: nil, count: 0) }
    return UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: count)
  }

  /// Bytes scanned between two page releases: 4 MiB (256 system calls per GB). With the check every
  /// 16,384 records, the peak resident set of `tongbi ingest` on the 100 MB benchmark file is 125.5 MB
  /// on one thread and 127.7 MB on two (the floor, file + 2 × panel, is 132 MB; 8 MiB steps every
  /// 65,536 records gave 128 and 133 MB).
  package static let releaseStep = 4 << 20

  /// Tells the kernel that the bytes of `range` will not be read again (mapped files only), so the
  /// pages wholly inside it leave the resident set. Readers of disjoint parts of the file call it for
  /// their own parts, from any thread.
  package func release(_ range: Range<Int>) {
    assert(range.lowerBound >= 0 && range.upperBound <= count, "a range of the input's bytes")
    guard isMapped, let base else { return }
    let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
    let start = (range.lowerBound + pageSize - 1) / pageSize * pageSize
    let end = range.upperBound / pageSize * pageSize
    guard end > start else { return }
    madvise(base + start, end - start, MADV_DONTNEED)
  }

  /// Reads a descriptor to its end into one malloc'ed buffer, doubling the buffer as needed.
  private static func readAll(_ descriptor: FileDescriptor) throws(SystemCallError) -> (
    UnsafeMutableRawPointer?, Int
  ) {
    var capacity = 1 << 20
    var length = 0
    guard var buffer = malloc(capacity) else {
      throw SystemCallError(.allocate, path: descriptor.path, code: ENOMEM)
    }
    do throws(SystemCallError) {
      while true {
        if length == capacity {
          capacity *= 2
          guard let grown = realloc(buffer, capacity) else {
            throw SystemCallError(.allocate, path: descriptor.path, code: ENOMEM)
          }
          buffer = grown
        }
        let got = try descriptor.read(into: buffer + length, count: capacity - length)
        if got == 0 { break }
        length += got
      }
    } catch {
      free(buffer)
      throw error
    }
    return (buffer, length)
  }
}
