import Foundation
import TestSupport
import Testing

@_spi(ByteLevel) @testable import ByteLevel

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

  /// Records a failure unless `write(path, text)` to a FIFO delivers exactly the bytes of `text` and
  /// leaves the FIFO in place, with nothing created beside it.
  private func expectWrittenInPlace(
    _ text: String, sourceLocation: SourceLocation = #_sourceLocation,
    _ write: (String, String) throws -> Void
  ) throws {
    let scratch = try ScratchDirectory()
    let reader = try FIFOReader(in: scratch)
    try write(reader.path, text)
    #expect(reader.bytes() == Array(text.utf8), sourceLocation: sourceLocation)
    #expect(try reader.isIntact(in: scratch), sourceLocation: sourceLocation)
  }

  @Test("ByteOutput, the writer of every output, writes through a FIFO and leaves it a FIFO")
  func byteOutput() throws {
    try expectWrittenInPlace("region,value\nA,1\n1-6月份完成税收收入\n") { path, text in
      let output = try ByteOutput(path: path)
      try output.append(text)
      try output.commit()
    }
  }

  @Test("regular files and missing paths still go through a temporary file")
  func regularFiles() throws {
    let scratch = try ScratchDirectory()
    let existing = try scratch.write("old.csv", "old\n")
    #expect(!FileSystem.isSpecialFile(existing))
    #expect(!FileSystem.isSpecialFile(scratch.missing("new.csv")))
    #expect(!FileSystem.isSpecialFile(scratch.url.path))
    #expect(FileSystem.isSpecialFile("/dev/null"))
  }
}
