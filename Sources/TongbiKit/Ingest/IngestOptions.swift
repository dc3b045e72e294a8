@_spi(ByteLevel) import ByteLevel

/// Choices that change how input is read.
public struct IngestOptions: Sendable {
  /// Roles for header texts the reader does not know (or should read differently), by exact header text.
  public var columnRoles: [String: ColumnRole] = [:]
  /// Region name for tables without a region column (empty: unnamed).
  public var defaultRegion = ""
  /// Indicators declared up front (from an indicator file), in report order.
  public var catalog = IndicatorCatalog()
  /// Longest span of months one table may cover, from its earliest to its latest period (default 500
  /// years; real monthly records reach back to the 1700s). A cell whose period would widen the table
  /// beyond it is rejected as an implausible period (a typo such as 2924 for 2024) instead of
  /// allocating centuries of empty rows for every series.
  public var maximumSpanMonths = 6000
  /// The line (the row, in a workbook's sheet) of the header, when detection should not choose it.
  public var headerLine: Int?
  /// The period of one-period report forms (本月, 1-本月, 上年同期, 增长(%)) whose header, title lines,
  /// sheet and file names do not state it; it overrides what they state.
  public var formPeriod: Period?
  /// The region a table's total rows (合计, 总计, 全镇, …) stand for; `nil`: the region a title line
  /// names above a table with a region column, else the row's own word.
  public var totalRegion: String?
  /// The one sheet of a workbook to read (its name, or its number from 1); every sheet when `nil`.
  public var sheet: String?
  /// Threads that may read one big long-layout file, in consecutive parts (1: one pass). The result
  /// (panel, order of series and regions, every rejection and its position) does not depend on it.
  public var threads = 1
  /// Smallest part worth a thread of its own (tests and the fuzzer lower it to split small files).
  package var minimumPartBytes = PartStarts.minimumBytes

  /// Creates default options.
  public init() {}
}
