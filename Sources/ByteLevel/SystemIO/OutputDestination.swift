#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where an output's bytes go: standard output, a new file put in place atomically, or a device or
/// pipe written in place.
///
/// A path that names a regular file, or nothing yet, gets a temporary file beside it; `commit` syncs
/// it to the disk, renames it onto the path and syncs the directory, so that after a failure or a
/// power cut the path holds either its old content or the whole new file, never a partial or empty
/// one. `discard` removes the temporary file. A path that names an existing device, pipe or socket
/// (`/dev/null`, `/dev/stdout`, a FIFO) is opened and written directly: renaming a file onto it would
/// replace the device.
package struct OutputDestination {
  /// The descriptor bytes are written to; its path is the one the user named.
  package let descriptor: FileDescriptor
  /// The temporary file renamed onto the path at `commit`; `nil` when written in place.
  private let temporary: String?

  /// Whether the bytes go to a new file this destination created (its temporary file).
  package var isNewFile: Bool { temporary != nil }

  /// Standard output.
  package static let standardOutput = OutputDestination(descriptor: .standardOutput, temporary: nil)

  private init(descriptor: FileDescriptor, temporary: String?) {
    self.descriptor = descriptor
    self.temporary = temporary
  }

  /// Opens `path`: in place when it names an existing file that is not a regular file, else a new
  /// temporary file beside it.
  package init(path: String) throws(SystemCallError) {
    if FileSystem.isSpecialFile(path) {
      let opened = try FileDescriptor.open(path, O_WRONLY)
      self.init(descriptor: opened, temporary: nil)
      return
    }
    let temporary = path + ".tmp-\(getpid())"
    let opened: FileDescriptor
    do {
      opened = try FileDescriptor.open(temporary, O_WRONLY | O_CREAT | O_TRUNC)
    } catch {
      throw SystemCallError(error.call, path: path, code: error.code)
    }
    self.init(descriptor: FileDescriptor(rawValue: opened.rawValue, path: path), temporary: temporary)
  }

  /// Puts the bytes in place: for a new file, `fsync`, close, rename onto the path through `rename`
  /// and `fsync` of the directory; for a device or pipe, close. On failure the temporary file is
  /// removed. Standard output is left open.
  package func commit(using rename: FileSystem.RenameCall = FileSystem.systemRename) throws(SystemCallError) {
    guard descriptor.rawValue != STDOUT_FILENO else { return }
    guard let temporary else {
      try descriptor.close()
      return
    }
    do {
      try descriptor.sync()
    } catch {
      discard()
      throw error
    }
    do {
      try descriptor.close()
    } catch {
      FileSystem.removeIfPresent(temporary)
      throw error
    }
    do {
      try FileSystem.rename(temporary, onto: descriptor.path, using: rename)
    } catch {
      FileSystem.removeIfPresent(temporary)
      throw error
    }
    try FileSystem.syncDirectory(containing: descriptor.path)
  }

  /// Closes a file that will not be committed and removes its temporary file.
  package func discard() {
    guard descriptor.rawValue != STDOUT_FILENO else { return }
    try? descriptor.close()
    if let temporary { FileSystem.removeIfPresent(temporary) }
  }
}
