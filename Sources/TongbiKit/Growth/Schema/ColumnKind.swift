/// What a table column holds, which decides how every renderer shows it: tables round amounts to the
/// input's decimals, percentages and points to one decimal half away from zero, counts to whole
/// numbers; CSV and JSON write full precision whatever the kind.
public enum ColumnKind: Sendable, Hashable {
  /// Text: region, indicator, period, unit, note.
  case text
  /// An amount in the series' unit (or the unit asked for), at the input's decimals.
  case amount
  /// A percentage (growth, completion, share), at one decimal.
  case percent
  /// Percentage points (change of growth, 拉动, gap to schedule), at one decimal.
  case points
  /// A whole number: rank, change of rank, a yes (1) / no (0) flag.
  case count

  /// Whether tables align the column to the right.
  public var isNumeric: Bool { self != .text }
}
