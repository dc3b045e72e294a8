/// Counts and findings of one ingest. Every data row is either used or rejected:
/// `rowsRead == rowsUsed + rowsRejected`, and likewise for cells
/// (`cellsRead == cellsUsed + cellsMissing + cellsRejected`).
public struct IngestSummary: Sendable {
  /// What was read from each input.
  public var files: [FileSummary] = []
  /// Data rows read (lines after the header, including footers and blank rows).
  public var rowsRead = 0
  /// Rows from which at least one value (or missing marker) was taken.
  public var rowsUsed = 0
  /// Rows rejected as a whole.
  public var rowsRejected = 0
  /// Value cells read (one per row in the long layout, many in the wide and time-series layouts).
  public var cellsRead = 0
  /// Cells holding a number that was stored.
  public var cellsUsed = 0
  /// Cells holding a missing-value marker (empty, `*`, `-`, `—`, `NA`, `..`).
  public var cellsMissing = 0
  /// Cells rejected (unparseable, duplicate, out of range, in a skipped column, ...).
  public var cellsRejected = 0
  /// Every rejection, in input order.
  public var rejects: [IngestReject] = []
  /// Every notice, in input order.
  public var notices: [IngestNotice] = []

  /// Creates an empty summary.
  public init() {}
}

/// What was detected in one input file.
public struct FileSummary: Sendable {
  /// Path as given (`-` for standard input).
  public var path: String
  /// Detected text encoding (`utf-8`, `utf-8 (BOM)`, `gb18030`).
  public var encoding: String
  /// Detected layout (`long`, `wide`, `time-series`).
  public var layout: String
  /// Line of the header row.
  public var headerLine: Int
  /// Size in bytes.
  public var byteCount: Int

  /// Creates a file summary.
  public init(path: String, encoding: String, layout: String, headerLine: Int, byteCount: Int) {
    self.path = path
    self.encoding = encoding
    self.layout = layout
    self.headerLine = headerLine
    self.byteCount = byteCount
  }
}
