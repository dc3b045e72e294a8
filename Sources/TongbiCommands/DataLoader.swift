import TongbiKit

/// Reads the input files of a command into one panel, with progress on a terminal.
enum DataLoader {
  /// Ingests `files` (standard input when empty is not allowed here: callers pass defaults), reading a
  /// big long-layout file in `threads` parts at once. The command's `--period` (`period`) is the
  /// period of report forms that state none when `--form-period` is not given; its `--total`
  /// (`total`) the region that total rows (合计, 全镇) stand for.
  static func load(
    _ input: InputOptions, files: [String], threads: Int, period: String? = nil, total: String? = nil
  ) throws(IngestError) -> IngestResult {
    var options = try input.ingestOptions()
    options.threads = threads
    options.totalRegion = total
    if options.formPeriod == nil { options.formPeriod = period.flatMap { PeriodLabel(parsing: $0).endMonth } }
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

  /// The panel of `files` (`load`), with `total`, the command's `--total`, made the parent of every
  /// other region (`Panel.withTotal`); errors as the command's failures.
  static func panel(_ input: InputOptions, files: [String], threads: Int, period: String?, total: String?)
    throws -> Panel
  {
    let result = try CommandFailure.wrap { () throws(IngestError) in
      try load(input, files: files, threads: threads, period: period, total: total)
    }
    guard let total else { return result.panel }
    return try CommandFailure.wrapGrowth { () throws(GrowthError) in try result.panel.withTotal(total) }
  }
}
