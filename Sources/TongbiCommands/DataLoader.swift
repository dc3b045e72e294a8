import TongbiKit

/// Reads the input files of a command into one panel, with progress on a terminal.
enum DataLoader {
  /// Ingests `files` (standard input when empty is not allowed here: callers pass defaults), reading a
  /// big long-layout file in `threads` parts at once. The command's `--period` (`period`) is the
  /// period of report forms that state none when `--form-period` is not given; its `--total`
  /// (`total`) the region that total rows (合计, 全镇) stand for. Rejected rows and cells are noted on
  /// standard error (`reportRejections`) unless `listsRejections` (the command lists them itself).
  static func load(
    _ input: InputOptions, files: [String], threads: Int, period: String? = nil, total: String? = nil,
    listsRejections: Bool = false
  ) throws -> IngestResult {
    if files.isEmpty && input.readsStore {
      let store = try input.storage.open(create: false)
      return try CommandFailure.wrapStore { () throws(StoreError) in
        let asOf = try input.asOf.map { given throws(StoreError) in try store.vintage(named: given) }
        return IngestResult(panel: try store.panel(asOf: asOf), summary: IngestSummary())
      }
    }
    let result = try CommandFailure.wrap { () throws(IngestError) in
      try ingest(input, files: files, threads: threads, period: period, total: total)
    }
    if !listsRejections { reportRejections(result.summary.rejects, files: files) }
    return result
  }

  /// Ingests `files` as `load` does.
  private static func ingest(
    _ input: InputOptions, files: [String], threads: Int, period: String?, total: String?
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

  /// Says on standard error that rows or cells were rejected, with the first `shown` and the command
  /// that lists them all, so that no command drops input silently.
  static func reportRejections(_ rejects: [IngestReject], files: [String], shown: Int = 3) {
    guard !rejects.isEmpty else { return }
    StandardError.write(
      "note: \(rejects.count) \(rejects.count == 1 ? "row or cell was" : "rows or cells were") rejected and "
        + "left out:")
    for reject in rejects.prefix(shown) { StandardError.write("  \(reject.position): \(reject.reason)") }
    if rejects.count > shown {
      StandardError.write("  … \(rejects.count - shown) more: tongbi ingest " + files.joined(separator: " "))
    }
  }

  /// The panel of `files` (`load`), with `total`, the command's `--total`, made the parent of every
  /// other region (`Panel.withTotal`); errors as the command's failures.
  static func panel(_ input: InputOptions, files: [String], threads: Int, period: String?, total: String?)
    throws -> Panel
  {
    let result = try load(input, files: files, threads: threads, period: period, total: total)
    guard let total else { return result.panel }
    return try CommandFailure.wrapGrowth { () throws(GrowthError) in try result.panel.withTotal(total) }
  }

  /// The annual targets for `panel`: the file at `path` when given, else, when the data come from the
  /// store, its targets file as of `--as-of`, else none.
  static func targets(_ path: String?, input: InputOptions, panel: Panel) throws -> [AnnualTarget]? {
    if let path {
      return try CommandFailure.wrap { () throws(IngestError) in
        try TargetsReader.read(path: path, for: panel)
      }
    }
    guard input.readsStore else { return nil }
    let store = try input.storage.open(create: false)
    let stored = try CommandFailure.wrapStore { () throws(StoreError) in
      let asOf = try input.asOf.map { given throws(StoreError) in try store.vintage(named: given) }
      return try store.file(.targets, asOf: asOf)
    }
    guard let (vintage, bytes) = stored else { return nil }
    let read = bytes.withUnsafeBytes { raw in
      Result { () throws(IngestError) in
        try TargetsReader.read(bytes: raw, name: "\(vintage.fileName) (vintage \(vintage.id))", for: panel)
      }
    }
    return try CommandFailure.wrap { () throws(IngestError) in try read.get() }
  }

  /// The slice of the store a report on `region` (the default region when `nil`) for `period` needs:
  /// the region, its sub-regions, its parent and the parent's other sub-regions (for ranks), from
  /// January three years before the report's year (last year's months, the two-year average), or all
  /// years when it projects the full year (`projects`: the projection's backtest and models use the
  /// whole history); the report from it is the report from the whole store. Both reads are of the same
  /// vintage (the latest when `--as-of` is not given), whatever an import does meanwhile.
  static func reportSlice(_ input: InputOptions, region: String?, period: String?, projects: Bool) throws
    -> Panel
  {
    let store = try input.storage.open(create: false)
    let asOf = try CommandFailure.wrapStore { () throws(StoreError) -> Vintage? in
      if let given = input.asOf { return try store.vintage(named: given) }
      return try store.vintages().last
    }
    let outline = try CommandFailure.wrapStore { () throws(StoreError) in
      try store.panel(asOf: asOf, regions: [])
    }
    let name = try ReportSelection.region(region, in: outline)
    let year = try ReportSelection.period(period, in: outline).year
    let parent = outline.regions[name]?.parent
    let family = Set(
      outline.regionOrder.filter { other in
        let otherParent = outline.regions[other]?.parent
        if other == name || other == parent || otherParent == name { return true }
        return parent != nil && otherParent == parent
      })
    return try CommandFailure.wrapStore { () throws(StoreError) in
      try store.panel(asOf: asOf, regions: family, fromYear: projects ? nil : year - 3)
    }
  }
}
