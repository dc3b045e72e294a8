/// The one writer of every output: appends go to one 1 MiB buffer, written out with `write(2)` when it
/// fills, so a table of millions of rows costs a few hundred system calls.
///
/// Writing to a path is atomic (`OutputDestination`): bytes go to a temporary file beside the target,
/// which `commit()` syncs and renames onto the target; a writer dropped without `commit()` removes it.
/// A device or pipe (`/dev/null`) is written in place. A big new file has its disk blocks reserved
/// ahead of the bytes (`FileSpaceReservation`) and its pages sent to the disk as it grows, so that the
/// sync at `commit()` has little left to wait for. Every failure is a `SystemCallError` naming the
/// target path.
package final class ByteOutput {
  /// Bytes of the buffer.
  package static let capacity = 1 << 20
  /// Bytes sent to the disk at a time while a new file grows (`FileDescriptor.startWriteback`).
  package static let writebackStep = 32 << 20
  private let buffer: UnsafeMutablePointer<UInt8>
  private var count = 0
  private let destination: OutputDestination
  private var committed = false
  /// Bytes written out so far, and the disk blocks reserved ahead of them in a new file.
  private var written = 0
  private var reservation: FileSpaceReservation
  /// Offset up to which pages were sent to the disk.
  private var writtenBack = 0
  /// `write(2)`: the one call bytes leave the buffer by; a test can make it fail after some bytes.
  package var writeCall: FileDescriptor.WriteCall = FileDescriptor.systemWrite
  /// `rename(2)` of the temporary file onto the target; a test can make it fail.
  package var renameCall: FileSystem.RenameCall = FileSystem.systemRename

  /// A writer to standard output.
  package init() {
    buffer = .allocate(capacity: Self.capacity)
    destination = .standardOutput
    reservation = FileSpaceReservation(enabled: false)
  }

  /// A writer to `path` (see `OutputDestination`), which `commit()` puts in place.
  package init(path: String) throws(SystemCallError) {
    destination = try OutputDestination(path: path)
    buffer = .allocate(capacity: Self.capacity)
    reservation = FileSpaceReservation(enabled: destination.isNewFile)
  }

  deinit {
    buffer.deallocate()
    if !committed { destination.discard() }
  }

  /// The path written to, as the user named it ("standard output" for standard output).
  package var path: String { destination.descriptor.path }

  /// Appends bytes of any length; a block of a quarter of the buffer or more is written straight
  /// from `bytes` (after the buffered bytes), without a copy.
  package func append(_ bytes: UnsafeBufferPointer<UInt8>) throws(SystemCallError) {
    if bytes.count >= Self.capacity / 4 {
      try flush()
      try writeOut(UnsafeRawBufferPointer(bytes))
      return
    }
    if count + bytes.count > Self.capacity { try flush() }
    assert(count + bytes.count <= Self.capacity, "a short append fits the flushed buffer")
    if let base = bytes.baseAddress { (buffer + count).update(from: base, count: bytes.count) }
    count += bytes.count
  }

  /// Appends bytes of any length.
  package func append(_ bytes: [UInt8]) throws(SystemCallError) {
    try bytes.withUnsafeBufferPointer { pointer throws(SystemCallError) in try append(pointer) }
  }

  /// Appends the UTF-8 bytes of `text`.
  package func append(_ text: String) throws(SystemCallError) {
    try append(Array(text.utf8))
  }

  /// Writes out the buffered bytes.
  package func flush() throws(SystemCallError) {
    guard count > 0 else { return }
    try writeOut(UnsafeRawBufferPointer(start: buffer, count: count))
    count = 0
  }

  /// Flushes, and for a file frees the blocks reserved past its end (best effort), then puts it in
  /// place (`OutputDestination.commit`: sync, rename, sync of the directory). Committing twice, or
  /// standard output, only flushes.
  package func commit() throws(SystemCallError) {
    try flush()
    guard !committed else { return }
    committed = true
    // Freeing the blocks reserved past the end is best effort: every byte is written, and a failure
    // leaves only unused space allocated.
    _ = reservation.release(descriptor: destination.descriptor, length: written)
    try destination.commit(using: renameCall)
  }

  private func writeOut(_ bytes: UnsafeRawBufferPointer) throws(SystemCallError) {
    // A file that outgrows one buffer is a big one: only then are blocks reserved ahead, and pages
    // sent to the disk a step behind the end.
    if written >= Self.capacity {
      reservation.reserve(through: written + bytes.count, descriptor: destination.descriptor)
    }
    try destination.descriptor.writeAll(bytes, using: writeCall)
    written += bytes.count
    if destination.isNewFile && written - writtenBack >= Self.writebackStep {
      destination.descriptor.startWriteback(offset: writtenBack, length: written - writtenBack)
      writtenBack = written
    }
  }
}
