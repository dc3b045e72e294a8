@_spi(ByteLevel) import ByteLevel

extension InputBytes {
  /// The bytes of `path` (`-` for standard input) for an ingest: a file that cannot be opened or read
  /// is `IngestError.unreadable` with the system's reason.
  package static func reading(_ path: String) throws(IngestError) -> InputBytes {
    do {
      return try InputBytes(path: path)
    } catch {
      throw .unreadable(path: path, reason: error.reason)
    }
  }
}
