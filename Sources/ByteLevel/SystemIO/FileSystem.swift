#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The system calls Tongbi makes on paths (the calls on an open file are `FileDescriptor`'s): one
/// wrapper per call, throwing `SystemCallError`.
package enum FileSystem {
  /// A `rename(2)` call: (from, to) → 0, or −1 with `errno`. Tests pass a failing one to `rename`.
  package typealias RenameCall = (String, String) -> Int32

  /// `stat(2)` of `path`, following symbolic links; `nil` when it fails (no such file, …).
  package static func status(_ path: String) -> stat? {
    var status = stat()
    return stat(path, &status) == 0 ? status : nil
  }

  /// Whether `path` names an existing device, pipe or socket (following symbolic links): a file that
  /// is written in place, as renaming a new file onto it would replace it.
  package static func isSpecialFile(_ path: String) -> Bool {
    guard let status = status(path) else { return false }
    let type = status.st_mode & S_IFMT
    return type != S_IFREG && type != S_IFDIR
  }

  /// Whether `first` and `second` exist and are one file (the same device and inode).
  package static func isSameFile(_ first: String, _ second: String) -> Bool {
    guard let one = status(first), let other = status(second) else { return false }
    return one.st_dev == other.st_dev && one.st_ino == other.st_ino
  }

  /// The system's `rename(2)`: the call `rename(_:onto:using:)` makes unless a test passes another.
  package static func systemRename(_ from: String, _ to: String) -> Int32 { renameSystemCall(from, to) }

  /// `rename(2)` of `from` onto `to`, replacing it; errors name `to`, the path the user gave.
  package static func rename(
    _ from: String, onto to: String, using call: RenameCall = FileSystem.systemRename
  ) throws(SystemCallError) {
    guard call(from, to) == 0 else { throw SystemCallError(.rename, path: to) }
  }

  /// `unlink(2)` of `path`, best effort: for removing a temporary file after a failure, where a
  /// second failure has nothing to add.
  package static func removeIfPresent(_ path: String) {
    _ = unlink(path)
  }

  /// `fsync(2)` of the directory holding `path`, so that a file just renamed into it keeps its new
  /// name after a power cut; errors name `path`. A file system that cannot sync a directory
  /// (`EINVAL`, `ENOTSUP`) has nothing to make durable this way, and is not an error.
  package static func syncDirectory(containing path: String) throws(SystemCallError) {
    do {
      let descriptor = try FileDescriptor.open(directory(of: path), O_RDONLY | O_DIRECTORY)
      defer { try? descriptor.close() }
      try descriptor.sync()
    } catch  where error.code == EINVAL || error.code == ENOTSUP {
      return
    } catch {
      throw SystemCallError(error.call, path: path, code: error.code)
    }
  }

  /// The directory part of `path`: everything before its last `/` (`/` for a file at the root), `.`
  /// when it has none.
  package static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }
}

/// `rename(2)` itself, reached from file scope (`FileSystem.rename` takes its name).
private func renameSystemCall(_ from: String, _ to: String) -> Int32 { rename(from, to) }
