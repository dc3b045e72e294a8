/// Reusable storage for the fields of one CSV record, so reading a record allocates nothing once the
/// buffer has grown to the widest record. Its properties skip dynamic exclusivity checks: a buffer
/// is used by one reader at a time, and the checks cost more than the field reads themselves.
package final class CSVFieldBuffer {
  @exclusivity(unchecked) private var storage: UnsafeMutablePointer<CSVField>
  @exclusivity(unchecked) private var capacity: Int
  /// Number of fields held.
  @exclusivity(unchecked) package private(set) var count = 0

  /// Creates an empty buffer.
  package init(capacity: Int = 32) {
    self.capacity = max(1, capacity)
    storage = UnsafeMutablePointer<CSVField>.allocate(capacity: self.capacity)
  }

  /// Creates a buffer holding `fields`.
  package convenience init(_ fields: [CSVField]) {
    self.init(capacity: fields.count)
    for field in fields { append(field) }
  }

  deinit {
    storage.deallocate()
  }

  /// Field `index` (must be below `count`).
  package subscript(index: Int) -> CSVField {
    storage[index]
  }

  /// Removes all fields, keeping the storage.
  @inline(__always)
  package func removeAll() { count = 0 }

  /// Appends a field, growing the storage when full.
  @inline(__always)
  package func append(_ field: CSVField) {
    if count == capacity { grow() }
    (storage + count).initialize(to: field)
    count &+= 1
  }

  /// A copy of the fields as an array.
  package var array: [CSVField] { (0..<count).map { storage[$0] } }

  private func grow() {
    let larger = UnsafeMutablePointer<CSVField>.allocate(capacity: capacity * 2)
    larger.moveInitialize(from: storage, count: count)
    storage.deallocate()
    storage = larger
    capacity *= 2
  }
}
