@_spi(ByteLevel) import ByteLevel

/// Why the store of vintages cannot be used: the file named, what was expected.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The store cannot be opened or read: missing directory, not a database, another program's database,
  /// a newer schema, damaged.
  case unusable(path: String, reason: String)
  /// Another process holds the store's write lock beyond the wait.
  case locked(path: String)
  /// A statement failed (the database's own message).
  case failed(path: String, reason: String)
  /// A vintage or date given with `--as-of` or `--since` names no import.
  case unknownVintage(path: String, given: String)
  /// The same bytes were imported as the same kind of file before (found under the write lock, when
  /// another import recorded them meanwhile): nothing is recorded again.
  case importedBefore(path: String, file: String, earlier: Vintage)

  /// One line for the user.
  public var description: String {
    switch self {
    case .unusable(let path, let reason), .failed(let path, let reason):
      SingleLine.escaping("\(path): \(reason)")
    case .locked(let path):
      SingleLine.escaping(
        "\(path): the store is locked by another import; try again when it has finished")
    case .importedBefore(_, let file, let earlier):
      SingleLine.escaping(
        "\(file): imported before as vintage \(earlier.id) (\(earlier.importedAt)); nothing changed")
    case .unknownVintage(let path, let given):
      SingleLine.escaping(
        "\(path): no vintage \(given): give a vintage number as `tongbi vintages` lists it, or a date "
          + "(2024-07-10) or time (2024-07-10T09:30:00Z)")
    }
  }
}
