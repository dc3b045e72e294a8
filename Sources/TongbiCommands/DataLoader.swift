import TongbiKit

/// Reads the input files of a command into one panel, with progress on a terminal.
enum DataLoader {
  /// Ingests `files` (standard input when empty is not allowed here: callers pass defaults), reading a
  /// big long-layout file in `threads` parts at once.
  static func load(_ input: InputOptions, files: [String], threads: Int) throws(IngestError) -> IngestResult {
    var options = try input.ingestOptions()
    options.threads = threads
    var ingestor = Ingestor(options: options)
    let progress = ProgressReporter(label: "reading")
    if progress.isEnabled {
      ingestor.progress = { done, total in progress.update(done: done, total: total) }
    }
    for file in files {
      try ingestor.read(path: file)
    }
    progress.finish()
    return ingestor.finish()
  }
}
