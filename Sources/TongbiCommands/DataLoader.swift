import TongbiKit

/// Reads the input files of a command into one panel, with progress on a terminal.
enum DataLoader {
  /// Ingests `files` (standard input when empty is not allowed here: callers pass defaults).
  static func load(_ input: InputOptions, files: [String]) throws(IngestError) -> IngestResult {
    var ingestor = Ingestor(options: try input.ingestOptions())
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
