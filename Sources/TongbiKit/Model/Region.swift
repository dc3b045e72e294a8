/// A region of a panel (town, village, county, ...), optionally inside a parent region.
public struct Region: Hashable, Sendable {
  /// Name as written in the data; the empty string for data without a region column.
  public var name: String
  /// Name of the enclosing region (上级地区), if declared.
  public var parent: String?

  /// Creates a region.
  public init(name: String, parent: String? = nil) {
    self.name = name
    self.parent = parent
  }
}
