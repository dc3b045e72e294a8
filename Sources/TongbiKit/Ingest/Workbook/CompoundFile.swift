/// The streams of an OLE2 compound file (Microsoft's Compound File Binary format, MS-CFB), the container
/// of `.xls` workbooks and of password-protected `.xlsx` ones: a header, a sector allocation table
/// (FAT) whose chains hold the directory and the streams, and a mini stream of 64-byte sectors for
/// streams under the cutoff (4,096 bytes).
///
/// Every chain is followed at most as many steps as the table has sectors, and every offset is checked
/// against the file, so a damaged or crafted file gives an error, never a crash or an endless loop.
struct CompoundFile {
  /// The streams at the top of the file (the root storage's children; not those of storages inside it,
  /// such as an embedded object's) with their first sector and size.
  private(set) var entries: [(name: String, start: UInt32, size: Int)] = []
  private let bytes: [UInt8]
  private let sectorSize: Int
  private var allocation: [UInt32] = []
  private var miniAllocation: [UInt32] = []
  private var miniStream: [UInt8] = []
  private var miniCutoff = 4096

  /// A reason the file cannot be read as a compound file.
  struct Damage: Error { var reason: String }

  private static let endOfChain: UInt32 = 0xFFFF_FFFE

  /// Reads the header, the allocation tables and the directory of `bytes`.
  init(_ bytes: [UInt8]) throws(Damage) {
    self.bytes = bytes
    guard bytes.count >= 512, bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) else {
      throw Damage(reason: "no compound-file header")
    }
    let shift = Int(Self.u16(bytes, 0x1E))
    guard shift == 9 || shift == 12 else {
      throw Damage(reason: "its header is damaged (sectors of 2^\(shift) bytes)")
    }
    sectorSize = 1 << shift
    miniCutoff = Int(Self.u32(bytes, 0x38))
    try readAllocation()
    let directory = try chain(from: Self.u32(bytes, 0x30), in: allocation, read: sector, limit: sectorCount)
    // Every entry: name, type (1 storage, 2 stream, 5 root), left and right siblings, child, first
    // sector and size. The root's streams are its child's tree of siblings.
    var all:
      [(name: String, type: UInt8, left: UInt32, right: UInt32, child: UInt32, start: UInt32, size: Int)] = []
    var index = 0
    while index + 128 <= directory.count {
      let entry = Array(directory[index..<index + 128])
      let nameBytes = min(64, Int(Self.u16(entry, 64)))
      let units = stride(from: 0, to: max(0, nameBytes - 2), by: 2).map { Self.u16(entry, $0) }
      all.append(
        (
          String(decoding: units, as: UTF16.self), entry[66], Self.u32(entry, 68), Self.u32(entry, 72),
          Self.u32(entry, 76), Self.u32(entry, 116), Int(Self.u32(entry, 120))
        ))
      index += 128
    }
    guard let root = all.first else { throw Damage(reason: "no directory") }
    miniStream = try chain(from: root.start, in: allocation, read: sector, limit: sectorCount)
    miniStream = Array(miniStream.prefix(root.size))
    var pending = [root.child]
    var seen: Set<UInt32> = []
    while let next = pending.popLast() {
      guard Int(next) < all.count, seen.insert(next).inserted else { continue }
      let entry = all[Int(next)]
      if entry.type == 2 { entries.append((entry.name, entry.start, entry.size)) }
      pending += [entry.left, entry.right]
    }
    miniAllocation = Self.words(
      try chain(from: Self.u32(bytes, 0x3C), in: allocation, read: sector, limit: sectorCount))
  }

  /// The stream called `name` (case-insensitive, as the format compares names), or `nil`.
  func stream(named name: String) throws(Damage) -> [UInt8]? {
    guard let entry = entries.first(where: { $0.name.lowercased() == name.lowercased() }) else { return nil }
    let data =
      entry.size < miniCutoff
      ? try chain(from: entry.start, in: miniAllocation, read: miniSector, limit: miniStream.count / 64)
      : try chain(from: entry.start, in: allocation, read: sector, limit: sectorCount)
    guard data.count >= entry.size else { throw Damage(reason: "stream \(name) is cut short") }
    return Array(data.prefix(entry.size))
  }

  /// The FAT: the sectors the header's 109 DIFAT slots and the DIFAT chain list, read in order.
  private mutating func readAllocation() throws(Damage) {
    var fatSectors = (0..<109).map { Self.u32(bytes, 0x4C + 4 * $0) }
    var next = Self.u32(bytes, 0x44)
    var steps = 0
    let perSector = sectorSize / 4 - 1
    while next < 0xFFFF_FFFA {
      steps += 1
      guard steps <= sectorCount, let slice = sector(next) else {
        throw Damage(reason: "the sector table's index is damaged")
      }
      fatSectors += (0..<perSector).map { Self.u32(slice, 4 * $0) }
      next = Self.u32(slice, 4 * perSector)
    }
    // The table needs one entry per sector of the file: more (a crafted index listing one sector
    // over and over) would only cost memory.
    for index in fatSectors where index < 0xFFFF_FFFA && allocation.count < sectorCount {
      guard let slice = sector(index) else { throw Damage(reason: "the sector table lies beyond the file") }
      allocation += Self.words(slice)
    }
  }

  /// The sectors the file holds: no chain is longer.
  private var sectorCount: Int { bytes.count / sectorSize }

  /// The bytes of the chain starting at `start` in `table`, each link read by `read`, at most `limit`
  /// links (a longer chain loops).
  private func chain(from start: UInt32, in table: [UInt32], read: (UInt32) -> [UInt8]?, limit: Int)
    throws(Damage) -> [UInt8]
  {
    var result: [UInt8] = []
    var current = start
    var steps = 0
    while current != Self.endOfChain && current < 0xFFFF_FFFA {
      steps += 1
      guard steps <= limit, Int(current) < table.count, let slice = read(current) else {
        throw Damage(reason: "a sector chain is broken or loops")
      }
      result += slice
      current = table[Int(current)]
    }
    return result
  }

  /// Sector `index` of the file; a last sector cut short by its writer is read as far as it goes.
  private func sector(_ index: UInt32) -> [UInt8]? {
    let start = (Int(index) + 1) * sectorSize
    guard start < bytes.count else { return nil }
    return Array(bytes[start..<min(bytes.count, start + sectorSize)])
  }

  /// Sector `index` (64 bytes) of the mini stream.
  private func miniSector(_ index: UInt32) -> [UInt8]? {
    let start = Int(index) * 64
    guard start + 64 <= miniStream.count else { return nil }
    return Array(miniStream[start..<start + 64])
  }

  /// Little-endian integers at `offset` (0 beyond the end).
  static func u16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
    guard offset + 2 <= bytes.count else { return 0 }
    return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
  }

  static func u32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
    guard offset + 4 <= bytes.count else { return 0 }
    return UInt32(u16(bytes, offset)) | UInt32(u16(bytes, offset + 2)) << 16
  }

  private static func words(_ bytes: [UInt8]) -> [UInt32] {
    (0..<bytes.count / 4).map { u32(bytes, 4 * $0) }
  }
}
