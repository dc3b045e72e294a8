extension IngestSession {
  /// A session for one part of a file read in parallel: the same options, catalog, files and units
  /// as this one, with an empty panel and an empty account.
  func partSession() -> IngestSession {
    var part = self
    part.builder = PanelBuilder(maximumSpanMonths: options.maximumSpanMonths)
    part.summary = IngestSummary()
    part.keysFilledDown = 0
    part.blankKeyBeforeFilled = false
    part.totalRows = []
    part.pendingDottedMonths = []
    return part
  }

  /// Adds `part`, a session from `partSession()` that read the part of a file after what this one
  /// holds of it, and returns whether the result is exactly that of reading on in one pass.
  ///
  /// That holds unless they disagree: both stored the same cell, which one pass reports as a
  /// duplicate of the first; a period was refused as too far from the others, or the months of both
  /// together span too long, where which cells one pass refuses depends on their order; or the part
  /// described an indicator differently (it would have read its cells with this one's description).
  /// Then nothing is changed and `false` returned, and the file must be read in one pass.
  ///
  /// `start` is the catalog the part began with, when this session has absorbed earlier parts of the
  /// same file since (`PartJoiner`); by default this session's catalog.
  mutating func absorb(part: IngestSession, since start: IndicatorCatalog? = nil) -> Bool {
    // A later part cannot see the cell above its first rows (`KeyFillDown`).
    guard part.keysFilledDown == 0, !part.blankKeyBeforeFilled else { return false }
    guard let merged = catalog.merged(with: part.catalog, since: start ?? catalog),
      builder.absorb(part.builder)
    else { return false }
    catalog = merged
    summary.absorb(part.summary)
    // One total row per region and file (`noteTotal`), at the line it was first met on.
    for total in part.totalRows
    where !totalRows.contains(where: { $0.name == total.name && $0.file == total.file }) {
      totalRows.append(total)
    }
    pendingDottedMonths += part.pendingDottedMonths
    return true
  }
}

extension IngestSummary {
  /// Adds the counts and findings of the part read after this one.
  mutating func absorb(_ later: IngestSummary) {
    files += later.files
    rowsRead += later.rowsRead
    rowsUsed += later.rowsUsed
    rowsRejected += later.rowsRejected
    cellsRead += later.cellsRead
    cellsUsed += later.cellsUsed
    cellsMissing += later.cellsMissing
    cellsRejected += later.cellsRejected
    rejects += later.rejects
    notices += later.notices
  }
}
