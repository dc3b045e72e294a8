extension IngestSession {
  /// A session for one part of a file read in parallel: the same options, catalog, files and units
  /// as this one, with an empty panel and an empty account.
  func partSession() -> IngestSession {
    var part = self
    part.builder = PanelBuilder(maximumSpanMonths: options.maximumSpanMonths)
    part.summary = IngestSummary()
    return part
  }

  /// Adds the parts of a file read in parallel (sessions from `partSession()`, in file order), and
  /// returns whether the result is exactly that of reading the file in one pass into this session.
  ///
  /// That holds unless the parts disagree: two of them (or one and the data read before) stored the
  /// same cell, which one pass reports as a duplicate of the first; a period was refused as too far
  /// from the others, or the months of all parts together span too long, where which cells one pass
  /// refuses depends on their order; or two parts described an indicator differently (a later part
  /// would have read its cells with the earlier part's description). Then nothing is changed and
  /// `false` returned, and the file must be read in one pass.
  ///
  /// `start` is the catalog the parts began with, when this session has absorbed earlier parts of the
  /// same file since (`PartJoiner`); by default this session's catalog.
  mutating func absorb(parts: [IngestSession], since start: IndicatorCatalog? = nil) -> Bool {
    let start = start ?? self.catalog
    var catalog = self.catalog
    for part in parts {
      guard let merged = catalog.merged(with: part.catalog, since: start) else { return false }
      catalog = merged
    }
    guard !parts.contains(where: \.builder.refusedOutsideSpan) else { return false }
    let builders = [builder] + parts.map(\.builder)
    let spans = builders.compactMap(\.storedSpan)
    if let earliest = spans.map(\.lowerBound).min(), let latest = spans.map(\.upperBound).max(),
      latest - earliest >= options.maximumSpanMonths
    {
      return false
    }
    guard builder.absorb(parts.map(\.builder)) else { return false }
    self.catalog = catalog
    for part in parts { summary.absorb(part.summary) }
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
