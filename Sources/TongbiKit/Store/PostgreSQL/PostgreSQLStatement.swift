import CPostgreSQL

/// A statement prepared on the server: parameters bound as text (bytes as binary), run on the first
/// step, its rows (in binary: big-endian integers and IEEE doubles, so values come back bit for bit)
/// then stepped through from the result libpq holds. A statement read through a cursor (a read of the
/// whole store, inside a transaction) fetches its rows `fetch` at a time instead of all at once.
final class PostgreSQLStatement: StoreStatement {
  /// Rows a cursor fetches at a time.
  static let fetch = 8192

  private let name: String
  private let connection: PostgreSQLConnection
  /// The cursor's name and its query (parameters numbered), when read through one.
  private let cursor: (name: String, sql: String)?
  private var cursorOpen = false
  /// Each parameter's bytes (`nil` for NULL) and whether they are binary.
  private var parameters: [(bytes: [UInt8]?, binary: Bool)] = []
  private var result: OpaquePointer?
  private var row: Int32 = -1

  init(name: String, connection: PostgreSQLConnection, cursor: (name: String, sql: String)? = nil) {
    self.name = name
    self.connection = connection
    self.cursor = cursor
  }

  deinit { reset() }

  private func set(_ index: Int32, _ bytes: [UInt8]?, binary: Bool = false) {
    let at = Int(index) - 1
    while parameters.count <= at { parameters.append((bytes: nil, binary: false)) }
    parameters[at] = (bytes, binary)
  }

  func bind(_ index: Int32, _ value: Int64) { set(index, Array(String(value).utf8)) }
  /// Binds a double as its shortest text that reads back as the same double.
  func bind(_ index: Int32, _ value: Double) { set(index, Array(value.description.utf8)) }
  func bindNull(_ index: Int32) { set(index, nil) }
  func bind(_ index: Int32, _ value: String?) { set(index, value.map { Array($0.utf8) }) }
  func bind(_ index: Int32, blob: [UInt8]) { set(index, blob, binary: true) }

  @discardableResult
  func step() throws(StoreError) -> Bool {
    if result == nil {
      result = execute()
      try connection.check(result)
      if let cursor {
        cursorOpen = true
        try fetch(cursor.name)
      }
      row = -1
    }
    row += 1
    if row == PQntuples(result), row > 0, let cursor {
      try fetch(cursor.name)
      row = 0
    }
    return row < PQntuples(result)
  }

  /// The cursor's next rows, in binary, in place of the rows read.
  private func fetch(_ cursor: String) throws(StoreError) {
    PQclear(result)
    result = PQexecParams(connection.handle, "FETCH \(Self.fetch) FROM \(cursor)", 0, nil, nil, nil, nil, 1)
    try connection.check(result)
  }

  /// Runs the statement with its parameters, results asked in binary; a cursor's is declared.
  private func execute() -> OpaquePointer? {
    let count = Int32(parameters.count)
    let lengths = parameters.map { Int32($0.bytes?.count ?? 0) }
    let formats = parameters.map { Int32($0.binary ? 1 : 0) }
    // Text parameters are C strings: each gets a terminating zero.
    let buffers: [UnsafeMutablePointer<CChar>?] = parameters.map { parameter in
      guard let bytes = parameter.bytes else { return nil }
      let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
      bytes.withUnsafeBytes { raw in
        UnsafeMutableRawPointer(buffer).copyMemory(
          from: raw.baseAddress ?? UnsafeRawPointer(buffer), byteCount: raw.count)
      }
      buffer[bytes.count] = 0
      return buffer
    }
    defer { for buffer in buffers { buffer?.deallocate() } }
    let values = buffers.map { UnsafePointer($0) }
    if let cursor {
      return PQexecParams(
        connection.handle, "DECLARE \(cursor.name) NO SCROLL CURSOR FOR \(cursor.sql)", count, nil, values,
        lengths,
        formats, 1)
    }
    return PQexecPrepared(connection.handle, name, count, values, lengths, formats, 1)
  }

  func reset() {
    PQclear(result)
    result = nil
    parameters.removeAll(keepingCapacity: true)
    if cursorOpen, let cursor {
      PQclear(PQexec(connection.handle, "CLOSE \(cursor.name)"))
      cursorOpen = false
    }
  }

  /// The bytes of column `index` in the current row.
  private func bytes(_ index: Int32) -> UnsafeRawBufferPointer {
    guard let result, let value = PQgetvalue(result, row, index) else {
      return UnsafeRawBufferPointer(start: nil, count: 0)
    }
    return UnsafeRawBufferPointer(start: value, count: Int(PQgetlength(result, row, index)))
  }

  /// A big-endian integer of 2, 4 or 8 bytes (a boolean's one byte too).
  func integer(_ index: Int32) -> Int64 {
    let raw = bytes(index)
    var value: Int64 = 0
    for byte in raw { value = value << 8 | Int64(byte) }
    let width = raw.count * 8
    guard width > 0, width < 64 else { return value }
    // Sign-extend a narrower integer.
    return (value << (64 - width)) >> (64 - width)
  }

  /// A big-endian IEEE double (or float).
  func double(_ index: Int32) -> Double {
    let raw = bytes(index)
    var bits: UInt64 = 0
    for byte in raw { bits = bits << 8 | UInt64(byte) }
    switch raw.count {
    case 8: return Double(bitPattern: bits)
    case 4: return Double(Float(bitPattern: UInt32(truncatingIfNeeded: bits)))
    default: return .nan
    }
  }

  func isNull(_ index: Int32) -> Bool { result.map { PQgetisnull($0, row, index) != 0 } ?? true }

  func text(_ index: Int32) -> String? {
    isNull(index) ? nil : String(decoding: bytes(index), as: UTF8.self)
  }

  func blob(_ index: Int32) -> [UInt8] { Array(bytes(index)) }
}
