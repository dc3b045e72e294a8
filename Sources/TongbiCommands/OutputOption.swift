import ArgumentParser
@_spi(ByteLevel) import ByteLevel

/// `--output FILE`, shared by every command that writes a result: the file is written atomically
/// (fsync, rename, fsync of the directory) and may not be one of the command's inputs.
struct OutputOption: ParsableArguments {
  @Option(help: "Write to this file (atomically) instead of standard output.")
  var output: String?

  /// Refuses an output that is one of `inputs`, before any work is done.
  func refuseOverwriting(_ inputs: [String?]) throws {
    try InputOverwriteGuard.check(output: output, inputs: inputs)
  }

  /// Refuses a binary workbook (`isWorkbook`) bound for a terminal: it needs `--output` or a pipe.
  func refuseWorkbookOnTerminal(_ isWorkbook: Bool) throws {
    if isWorkbook && output == nil && FileDescriptor.standardOutput.isTerminal {
      throw ValidationError(
        "--format xlsx writes a binary workbook: give --output FILE.xlsx or redirect standard output")
    }
  }

  /// Writes `text` to the output file, or to standard output.
  func write(_ text: String) throws {
    try CommandOutput.write(text, to: output)
  }

  /// Writes `bytes` as they are to the output file, or to standard output.
  func write(_ bytes: [UInt8]) throws {
    try CommandOutput.write(bytes, to: output)
  }
}
