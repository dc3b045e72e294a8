/// What an ingest produced: the panel and the account of every row.
public struct IngestResult: Sendable {
  /// All series read, as one matrix.
  public var panel: Panel
  /// Counts, rejections and notices.
  public var summary: IngestSummary

  /// The result holding `panel` and `summary`.
  public init(panel: Panel, summary: IngestSummary) {
    self.panel = panel
    self.summary = summary
  }
}
