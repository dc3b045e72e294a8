@_spi(ByteLevel) import ByteLevel

/// Writes a command's output, to standard output or to an `--output` file put in place atomically,
/// through the one writer (`ByteOutput`); a failure becomes the command's error message.
enum CommandOutput {
  /// Writes `text` as UTF-8 to the file at `path` (atomically), or to standard output when `path` is
  /// `nil`.
  static func write(_ text: String, to path: String? = nil) throws {
    try write(Array(text.utf8), to: path)
  }

  /// Writes `bytes` as they are to the file at `path` (atomically), or to standard output when `path`
  /// is `nil`.
  static func write(_ bytes: [UInt8], to path: String? = nil) throws {
    try CommandFailure.wrapOutput { () throws(SystemCallError) in
      let output = try path.map { path throws(SystemCallError) in try ByteOutput(path: path) } ?? ByteOutput()
      try output.append(bytes)
      try output.commit()
    }
  }
}

/// Notes on standard error.
enum StandardError {
  /// Writes one line; a standard error that cannot be written is ignored (there is nowhere left to
  /// say so).
  static func write(_ line: String) {
    write(bytes: Array((line + "\n").utf8))
  }

  /// Writes `bytes` as they are (progress bars), ignoring failures as `write(_:)` does.
  static func write(bytes: [UInt8]) {
    bytes.withUnsafeBytes { raw in _ = try? FileDescriptor.standardError.writeAll(raw) }
  }
}
