import Foundation

/// One import into the store: a data, indicator or targets file, with what it held and what it changed.
public struct Vintage: Sendable, Equatable {
  /// The id above every vintage's, to read "as of the latest" (the largest a 32-bit vintage column holds).
  static let afterAll = Int(Int32.max)

  /// What a vintage holds.
  public enum Kind: String, Sendable {
    /// A data table: values by region, indicator, form and period.
    case data
    /// An indicator file (`--indicators`), kept whole.
    case indicators
    /// A targets file (`--targets`), kept whole.
    case targets
  }

  /// 1, 2, … in import order.
  public var id: Int
  /// What it holds.
  public var kind: Kind
  /// The file's name as given to `import`.
  public var fileName: String
  /// SHA-256 of the file's bytes (lower-case hex).
  public var sha256: String
  /// When it was imported, UTC, ISO 8601 to the second (`2024-07-10T09:30:00Z`).
  public var importedAt: String
  /// The first and last months of its data (`nil` for indicator and targets files).
  public var periods: ClosedRange<Period>?
  /// Rows of the file read (data).
  public var rowsRead = 0
  /// Rows whose values were used.
  public var rowsUsed = 0
  /// Rows rejected, each with its reason (`rejections` table).
  public var rowsRejected = 0
  /// Cells whose values were used.
  public var cellsUsed = 0
  /// Cells left empty or redacted.
  public var cellsMissing = 0
  /// Cells rejected.
  public var cellsRejected = 0
  /// Values it added: no earlier vintage had one for their series and month.
  public var valuesAdded = 0
  /// Values it revised: an earlier vintage had another value (or another number of decimals).
  public var valuesRevised = 0

  /// The time `date` as the store writes it: UTC, ISO 8601 to the second.
  public static func timestamp(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.string(from: date)
  }
}

/// A value an import changed: the series and month, the value before and the vintage that gave it, the
/// value after and the vintage that revised it.
public struct Revision: Sendable, Equatable {
  /// The series' region.
  public var region: String
  /// The series' indicator code.
  public var indicator: String
  /// Monthly or cumulative.
  public var form: ValueForm
  /// The month revised.
  public var period: Period
  /// The value before, its decimals, and the vintage that gave it.
  public var previous: (value: Double, decimals: Int, vintage: Int)
  /// The value after, its decimals, and the vintage that revised it.
  public var revised: (value: Double, decimals: Int, vintage: Int)

  /// Equal when every field is.
  public static func == (lhs: Revision, rhs: Revision) -> Bool {
    lhs.region == rhs.region && lhs.indicator == rhs.indicator && lhs.form == rhs.form
      && lhs.period == rhs.period
      && lhs.previous == rhs.previous && lhs.revised == rhs.revised
  }
}
