/// Reusable storage for the fields of one CSV record, so reading a record allocates nothing once the
/// buffer has grown to the widest record. Its properties skip dynamic exclusivity checks: a buffer
/// is used by one reader at a time, and the checks cost more than the field reads themselves.
@_spi(ByteLevel) public final class CSVFieldBuffer {
  @exclusivity(unchecked) @usableFromInline var storage: UnsafeMutablePointer<CSVField>
  @exclusivity(unchecked) @usableFromInline var capacity: Int
  /// Number of fields held.
  @exclusivity(unchecked) public var count = 0
  #if DEBUG
    /// Debug builds: how many times the fields were cleared, so that a `CSVRecord` can assert that
    /// the fields it borrows are still the ones it was made over.
    @exclusivity(unchecked) public var generation = 0
  #endif

  /// Creates an empty buffer.
  public init(capacity: Int = 32) {
    self.capacity = max(1, capacity)
    storage = UnsafeMutablePointer<CSVField>.allocate(capacity: self.capacity)
  }

  /// Creates a buffer holding `fields`.
  public convenience init(_ fields: [CSVField]) {
    self.init(capacity: fields.count)
    for field in fields { append(field) }
  }

  deinit {
    storage.deallocate()
  }

  /// Field `index` (must be below `count`).
  @inlinable
  public subscript(index: Int) -> CSVField {
    assert(index >= 0 && index < count, "a field index below the count (the storage is unchecked)")
    return storage[index]
  }

  /// Removes all fields, keeping the storage.
  @inlinable @inline(__always)
  public func removeAll() {
    count = 0
    #if DEBUG
      generation &+= 1
    #endif
  }

  /// Appends a field, growing the storage when full.
  @inlinable @inline(__always)
  public func append(_ field: CSVField) {
    if count == capacity { grow() }
    (storage + count).initialize(to: field)
    count &+= 1
  }

  /// A copy of the fields as an array.
  @inlinable
  public var array: [CSVField] { (0..<count).map { storage[$0] } }

  @usableFromInline func grow() {
    let larger = UnsafeMutablePointer<CSVField>.allocate(capacity: capacity * 2)
    larger.moveInitialize(from: storage, count: count)
    storage.deallocate()
    storage = larger
    capacity *= 2
  }
}
