/// Choices that change how input is read.
public struct IngestOptions: Sendable {
  /// Roles for header texts the reader does not know (or should read differently), by exact header text.
  public var columnRoles: [String: ColumnRole] = [:]
  /// Region name for tables without a region column (empty: unnamed).
  public var defaultRegion = ""
  /// Indicators declared up front (from an indicator file), in report order.
  public var catalog = IndicatorCatalog()

  /// Creates default options.
  public init() {}
}
