import ArgumentParser
import TongbiKit

/// `tongbi ingest`: reads files and prints what was understood and what was rejected.
struct IngestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ingest",
    abstract: "Read data files and report series, indicators, units, periods, and every rejected row.",
    discussion: """
      Exit status: 0 when data was ingested (rejections are reported), 1 when nothing usable was read or \
      a file is unreadable or malformed, 64 for usage errors.
      """
  )

  @OptionGroup var input: InputOptions
  @OptionGroup var threading: ThreadsOption
  @OptionGroup var destination: OutputOption

  @Option(help: "Output format: table or json.")
  var format: IngestFormat = .table

  func validate() throws {
    if input.files.isEmpty && !input.readsStore {
      throw ValidationError("give at least one file to read ('-' for standard input), or --store PATH")
    }
  }

  func run() throws {
    try destination.refuseOverwriting(input.files + [input.indicatorFile, input.storage.path])
    let result = try DataLoader.load(
      input, files: input.files, threads: threading.threads, listsRejections: true)
    let text = format == .json ? IngestReport.json(result) : IngestReport.text(result)
    try destination.write(text)
    if input.readsStore
      ? result.panel.seriesCount == 0 : result.summary.cellsUsed + result.summary.cellsMissing == 0
    {
      throw CommandFailure.message("no usable values were read")
    }
  }
}

/// Output formats of `tongbi ingest`.
enum IngestFormat: String, ExpressibleByArgument, CaseIterable {
  case table
  case json
}
