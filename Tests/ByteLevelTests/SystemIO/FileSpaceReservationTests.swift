import Foundation
import TestSupport
import Testing

@_spi(ByteLevel) @testable import ByteLevel

#if canImport(Glibc)
  import Glibc
#endif

#if os(Linux)
  @Suite("File space reserved ahead of an output: taken in steps, freed past the end at commit")
  struct FileSpaceReservationTests {
    /// Bytes the file system holds for the file at `path` (st_blocks counts 512-byte units).
    private static func allocatedBytes(_ path: String) -> Int {
      var status = stat()
      guard stat(path, &status) == 0 else { return -1 }
      return Int(status.st_blocks) * 512
    }

    /// Calls `body` with the path and descriptor of a new empty file, closed afterwards.
    private static func withNewFile(_ body: (String, FileDescriptor) throws -> Void) throws {
      let scratch = try ScratchDirectory()
      let path = scratch.missing("reserved.bin")
      let descriptor = try FileDescriptor.open(path, O_WRONLY | O_CREAT | O_TRUNC)
      defer { try? descriptor.close() }
      try body(path, descriptor)
    }

    /// Reserving through byte 1 takes a whole step of 64 MiB without changing the size; releasing at
    /// length 1 gives back all but the block holding that byte.
    @Test("reserve takes a step of blocks without growing the file; release frees them")
    func reserveAndRelease() throws {
      try Self.withNewFile { path, descriptor throws in
        var reservation = FileSpaceReservation(enabled: true)
        reservation.reserve(through: 1, descriptor: descriptor)
        #expect(Self.allocatedBytes(path) >= FileSpaceReservation.step)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int == 0)
        try [UInt8(ascii: "x")].withUnsafeBytes { try descriptor.writeAll($0) }
        let released = reservation.release(descriptor: descriptor, length: 1)
        #expect(released)
        #expect(Self.allocatedBytes(path) <= 64 << 10)
      }
    }

    /// A disabled reservation (standard output, a device) allocates nothing ahead.
    @Test("a disabled reservation allocates nothing")
    func disabled() throws {
      try Self.withNewFile { path, descriptor throws in
        var reservation = FileSpaceReservation(enabled: false)
        reservation.reserve(through: 1 << 20, descriptor: descriptor)
        #expect(Self.allocatedBytes(path) == 0)
      }
    }

    /// 3 MiB through `ByteOutput`, in a first write of 2 MiB (nothing reserved yet: the file has not
    /// outgrown one buffer) and a second of 1 MiB (a step of 64 MiB reserved ahead of it): the committed
    /// file holds exactly the bytes written, and no more than their blocks.
    @Test("a committed output keeps its bytes and none of the blocks reserved past them")
    func committedOutput() throws {
      let scratch = try ScratchDirectory()
      let path = scratch.missing("out.csv")
      let temporary = path + ".tmp-\(getpid())"
      let output = try ByteOutput(path: path)
      let line = Array("R00001,税收收入,2024-06,万元,1234.5\n".utf8)
      var first: [UInt8] = []
      while first.count < 2 << 20 { first += line }
      let second = Array(first[..<(1 << 20)])
      try output.append(first)
      #expect(Self.allocatedBytes(temporary) < FileSpaceReservation.step)
      try output.append(second)
      try output.flush()
      #expect(Self.allocatedBytes(temporary) >= FileSpaceReservation.step)
      try output.commit()
      let written = try Data(contentsOf: URL(fileURLWithPath: path))
      #expect(Array(written) == first + second)
      #expect(Self.allocatedBytes(path) <= written.count + (64 << 10))
    }

    /// An output of 100 KiB never outgrows its buffer: no blocks are reserved for it.
    @Test("a small output reserves nothing")
    func smallOutput() throws {
      let scratch = try ScratchDirectory()
      let path = scratch.missing("small.csv")
      let output = try ByteOutput(path: path)
      try output.append([UInt8](repeating: UInt8(ascii: "7"), count: 100 << 10))
      try output.flush()
      #expect(Self.allocatedBytes(path + ".tmp-\(getpid())") < 1 << 20)
      try output.commit()
      #expect(Self.allocatedBytes(path) < 1 << 20)
    }
  }
#endif
