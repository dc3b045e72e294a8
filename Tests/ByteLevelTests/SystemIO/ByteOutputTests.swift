import Foundation
import TestSupport
import Testing

@_spi(ByteLevel) @testable import ByteLevel

#if canImport(Glibc)
  import Glibc
#endif

@Suite("ByteOutput: a file appears whole or not at all, failures name the call and the path")
struct ByteOutputTests {
  /// The entries of the scratch directory, sorted.
  private static func entries(_ scratch: ScratchDirectory) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).sorted()
  }

  @Test("a committed file holds every byte appended, and no temporary file is left")
  func committed() throws {
    let scratch = try ScratchDirectory()
    let path = scratch.missing("report.html")
    let output = try ByteOutput(path: path)
    let text = String(repeating: "<p>1-6月份完成税收收入</p>\n", count: 100_000)
    try output.append(text)
    #expect(!FileManager.default.fileExists(atPath: path))
    try output.commit()
    #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    #expect(try Self.entries(scratch) == ["report.html"])
  }

  @Test("write(2) fails halfway (disk full): the old file stays, the partial one goes")
  func writeFailsMidway() throws {
    let scratch = try ScratchDirectory()
    let path = try scratch.write("report.html", "<p>old</p>\n")
    let text = String(repeating: "<p>新的报告</p>\n", count: 200_000)
    do {
      let output = try ByteOutput(path: path)
      var written = 0
      output.writeCall = { descriptor, bytes, count in
        guard written < text.utf8.count / 2 else {
          errno = ENOSPC
          return -1
        }
        let done = write(descriptor, bytes, min(count, 4096))
        written += max(0, done)
        return done
      }
      #expect(throws: SystemCallError(.write, path: path, code: ENOSPC)) {
        try output.append(text)
        try output.commit()
      }
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "<p>old</p>\n")
    #expect(try Self.entries(scratch) == ["report.html"])
  }

  @Test("the rename fails: the old file stays and the complete temporary file goes")
  func renameFails() throws {
    let scratch = try ScratchDirectory()
    let path = try scratch.write("growth.csv", "old table\n")
    let output = try ByteOutput(path: path)
    output.renameCall = { _, _ in
      errno = EXDEV
      return -1
    }
    try output.append("new table\n")
    #expect(throws: SystemCallError(.rename, path: path, code: EXDEV)) { try output.commit() }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "old table\n")
    #expect(try Self.entries(scratch) == ["growth.csv"])
  }

  @Test("a writer dropped without commit removes its temporary file")
  func dropped() throws {
    let scratch = try ScratchDirectory()
    let path = scratch.missing("growth.csv")
    do {
      let output = try ByteOutput(path: path)
      try output.append("unfinished\n")
      try output.flush()
      #expect(try Self.entries(scratch).count == 1)
    }
    #expect(try Self.entries(scratch).isEmpty)
  }

  @Test("an interrupted write(2) is retried, and a short one continued, until every byte is out")
  func interruptedWrites() throws {
    let scratch = try ScratchDirectory()
    let path = scratch.missing("out.csv")
    let output = try ByteOutput(path: path)
    var calls = 0
    output.writeCall = { descriptor, bytes, count in
      calls += 1
      if calls % 2 == 1 {
        errno = EINTR
        return -1
      }
      return write(descriptor, bytes, min(count, 7))
    }
    let text = String(repeating: "0123456789", count: 10)
    try output.append(text)
    try output.commit()
    #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    // 100 bytes in writes of at most 7: 15 writes, each after one interrupted call.
    #expect(calls == 30)
  }

  @Test("a file that cannot be created names the path and the call")
  func cannotCreate() throws {
    let scratch = try ScratchDirectory()
    let path = scratch.missing("no-such-directory/out.csv")
    #expect(throws: SystemCallError(.open, path: path, code: ENOENT)) { try ByteOutput(path: path) }
    let error = SystemCallError(.open, path: path, code: ENOENT)
    #expect(error.description == "\(path): open failed: No such file or directory")
  }

  @Test("the directory of a path, as the sync after a rename opens it")
  func directories() {
    #expect(FileSystem.directory(of: "out.csv") == ".")
    #expect(FileSystem.directory(of: "reports/out.csv") == "reports")
    #expect(FileSystem.directory(of: "/out.csv") == "/")
    #expect(FileSystem.directory(of: "/tmp/a/out.csv") == "/tmp/a")
  }

  @Test("syncing a directory: done for a real one, an error naming the path for a missing one")
  func syncDirectory() throws {
    let scratch = try ScratchDirectory()
    let path = try scratch.write("out.csv", "x\n")
    try FileSystem.syncDirectory(containing: path)
    let missing = scratch.missing("gone/out.csv")
    #expect(throws: SystemCallError(.open, path: missing, code: ENOENT)) {
      try FileSystem.syncDirectory(containing: missing)
    }
  }
}
