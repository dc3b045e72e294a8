import CPostgreSQL

/// Writes rows of `observations` into PostgreSQL with `COPY … FROM STDIN` in binary: each row 16
/// fields (series, year, vintage and decimals as 4-byte integers, the twelve months as 8-byte doubles
/// or NULL), big-endian, sent in chunks of about 1 MB — no statement per row, no text to parse.
final class PostgreSQLCopyWriter: ObservationWriter {
  private static let chunk = 1 << 20
  private let connection: PostgreSQLConnection
  private let vintage: Int32
  private var buffer: [UInt8] = []
  private var started = false

  /// A writer of rows of `vintage` on `connection`.
  init(connection: PostgreSQLConnection, vintage: Int) throws(StoreError) {
    self.connection = connection
    self.vintage = Int32(vintage)
    buffer.reserveCapacity(Self.chunk + 256)
    // The binary COPY header: signature, flags, header-extension length.
    buffer.append(contentsOf: Array("PGCOPY\n".utf8) + [0xFF, 0x0D, 0x0A, 0x00])
    append(Int32(0))
    append(Int32(0))
  }

  private func append(_ value: Int32) {
    withUnsafeBytes(of: value.bigEndian) { buffer.append(contentsOf: $0) }
  }

  private func append(_ value: Int16) {
    withUnsafeBytes(of: value.bigEndian) { buffer.append(contentsOf: $0) }
  }

  private func appendField(_ value: Int32) {
    append(Int32(4))
    append(value)
  }

  func add(series: Int64, year: Int, decimals: Int, values: UnsafeBufferPointer<Double>) throws(StoreError) {
    assert(values.count == 12, "a row holds twelve months")
    append(Int16(16))
    appendField(Int32(truncatingIfNeeded: series))
    appendField(Int32(truncatingIfNeeded: year))
    appendField(vintage)
    appendField(Int32(truncatingIfNeeded: decimals))
    for value in values {
      if value.isNaN {
        append(Int32(-1))
      } else {
        append(Int32(8))
        // −0 stored as 0, as SQLite stores it (a value, not a sign, is what a file gives).
        withUnsafeBytes(of: (value + 0.0).bitPattern.bigEndian) { buffer.append(contentsOf: $0) }
      }
    }
    if buffer.count >= Self.chunk { try send() }
  }

  /// Starts the COPY on its first chunk, then sends the buffer.
  private func send() throws(StoreError) {
    if !started {
      let result = PQexec(
        connection.handle,
        "COPY observations (series, year, vintage, decimals, \(StoreSchema.monthColumns)) FROM STDIN (FORMAT binary)"
      )
      defer { PQclear(result) }
      try connection.check(result)
      started = true
    }
    let status = buffer.withUnsafeBytes { raw in
      PQputCopyData(connection.handle, raw.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(raw.count))
    }
    guard status == 1 else { throw connection.failure("sending values to the server failed") }
    buffer.removeAll(keepingCapacity: true)
  }

  func finish() throws(StoreError) {
    append(Int16(-1))
    try send()
    guard PQputCopyEnd(connection.handle, nil) == 1 else {
      throw connection.failure("ending the values sent to the server failed")
    }
    var failure: StoreError?
    while let result = PQgetResult(connection.handle) {
      do throws(StoreError) { try connection.check(result) } catch { failure = failure ?? error }
      PQclear(result)
    }
    if let failure { throw failure }
  }
}
