import Foundation
import Testing

@testable import TongbiKit

#if canImport(Glibc)
  import Glibc
#endif

@Suite("Outputs to a device or pipe are written in place, never replaced by a renamed file")
struct SpecialFileOutputTests {
  /// A FIFO in a scratch directory whose bytes a background thread collects until the writer closes.
  private final class FIFOReader: @unchecked Sendable {
    let path: String
    private var received: [UInt8] = []
    private let done = DispatchSemaphore(value: 0)

    init(in scratch: ScratchDirectory) throws {
      path = scratch.missing("pipe")
      try #require(mkfifo(path, 0o600) == 0)
      Thread.detachNewThread { [self] in
        let descriptor = open(path, O_RDONLY)
        var chunk = [UInt8](repeating: 0, count: 4096)
        while descriptor >= 0 {
          let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 4096) }
          if count <= 0 { break }
          received += chunk[0..<count]
        }
        close(descriptor)
        done.signal()
      }
    }

    /// The bytes read once the writer closed the pipe; `nil` when no writer opened and closed it
    /// within 30 seconds (a writer that replaced the FIFO leaves the reader waiting).
    func bytes() -> [UInt8]? {
      guard done.wait(timeout: .now() + 30) == .success else { return nil }
      return received
    }

    /// Whether the path is still a FIFO and nothing else was created beside it.
    func isIntact(in scratch: ScratchDirectory) throws -> Bool {
      var status = stat()
      let entries = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path)
      return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO && entries == ["pipe"]
    }
  }

  @Test("ByteOutput (growth CSV) writes through a FIFO and leaves it a FIFO")
  func byteOutput() throws {
    let scratch = try ScratchDirectory()
    let reader = try FIFOReader(in: scratch)
    let output = try ByteOutput(path: reader.path)
    try output.append("region,value\nA,1\n")
    try output.commit()
    #expect(reader.bytes() == Array("region,value\nA,1\n".utf8))
    #expect(try reader.isIntact(in: scratch))
  }

  @Test("BufferedWriter (synth) writes through a FIFO and leaves it a FIFO")
  func bufferedWriter() throws {
    let scratch = try ScratchDirectory()
    let reader = try FIFOReader(in: scratch)
    let writer = try BufferedWriter(path: reader.path)
    writer.buffer += Array("a,b\n".utf8)
    try writer.close()
    #expect(reader.bytes() == Array("a,b\n".utf8))
    #expect(try reader.isIntact(in: scratch))
  }

  @Test("AtomicFileWriter (report) writes through a FIFO and leaves it a FIFO")
  func atomicFileWriter() throws {
    let scratch = try ScratchDirectory()
    let reader = try FIFOReader(in: scratch)
    try AtomicFileWriter().write("1-6月份完成税收收入\n", to: reader.path)
    #expect(reader.bytes() == Array("1-6月份完成税收收入\n".utf8))
    #expect(try reader.isIntact(in: scratch))
  }

  @Test("regular files and missing paths still go through a temporary file")
  func regularFiles() throws {
    let scratch = try ScratchDirectory()
    let existing = try scratch.write("old.csv", "old\n")
    #expect(!OutputDestination.isSpecialFile(existing))
    #expect(!OutputDestination.isSpecialFile(scratch.missing("new.csv")))
    #expect(!OutputDestination.isSpecialFile(scratch.url.path))
    #expect(OutputDestination.isSpecialFile("/dev/null"))
  }
}
