/// The first fields of the last record scanned, kept so that a record starting with the same bytes
/// takes them over without scanning them: the key cells of a long table sorted by series repeat row
/// after row.
///
/// Only unquoted fields are kept. How an unquoted field scans depends on its bytes alone, up to the
/// delimiter that ends it, and it holds no line break; so when the next record starts with the same
/// bytes up to and including the delimiter after the last kept field, scanning them would give the
/// same fields, shifted, on the same line.
package struct RepeatedLeadingFields {
  /// How many leading fields to keep; 0 keeps none.
  package let count: Int
  /// Offset where the record whose fields are kept started; −1 when nothing is kept.
  private var start = -1
  /// Bytes from `start` to just past the delimiter after the last kept field.
  private var length = 0
  /// The kept fields, with offsets relative to `start`.
  private let fields: CSVFieldBuffer

  /// Keeps the first `count` fields of each record (none when `count` is 0).
  package init(count: Int) {
    self.count = max(0, count)
    fields = CSVFieldBuffer(capacity: max(1, count))
  }

  /// When the record starting at `offset` begins with the kept bytes, appends the kept fields moved to
  /// it to `output` and returns the offset where its next field starts; `nil` otherwise.
  @inline(__always)
  package mutating func reuse(
    base: UnsafePointer<UInt8>, byteCount: Int, at offset: Int, into output: CSVFieldBuffer
  ) -> Int? {
    guard start >= 0, offset &+ length <= byteCount,
      CSVRecord.equalBytes(UnsafeRawPointer(base + offset), UnsafeRawPointer(base + start), length)
    else { return nil }
    for index in 0..<fields.count {
      let field = fields[index]
      output.append(
        CSVField(
          start: field.start &+ offset, end: field.end &+ offset, quoted: false, hasDoubledQuotes: false))
    }
    start = offset
    return offset &+ length
  }

  /// Keeps the leading fields of `record`, which started at `offset`; keeps nothing when the record has
  /// no field after them or one of them is quoted.
  package mutating func keep(_ record: CSVFieldBuffer, startingAt offset: Int) {
    guard count > 0 else { return }
    start = -1
    guard record.count > count else { return }
    fields.removeAll()
    for index in 0..<count {
      let field = record[index]
      guard !field.quoted else { return }
      fields.append(
        CSVField(start: field.start - offset, end: field.end - offset, quoted: false, hasDoubledQuotes: false)
      )
    }
    // The last kept field is unquoted and followed by another field: the delimiter is right after it.
    length = record[count - 1].end + 1 - offset
    start = offset
  }
}
