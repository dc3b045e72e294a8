import Foundation
import TestSupport
import Testing

@_spi(ByteLevel) @testable import ByteLevel
@testable import TongbiKit

#if canImport(Glibc)
  import Glibc
#endif

@Suite("Safe outputs: a failure injected while writing leaves no partial and no temporary file")
struct OutputFailureInjectionTests {
  /// 1,000 cumulative series over 60 months: a growth CSV of several MiB, written in several flushes.
  private static let table: GrowthTable? = {
    let columns = (0..<1000).map { index in
      (region: "R\(index)", indicator: "税收", values: (1...60).map { Double($0 * (100 + index)) })
    }
    return try? GrowthTable(panel: cumulativePanel(columns), indicators: [], period: nil)
  }()

  /// The growth CSV of `table` written without failure.
  private static func completeSize(of table: GrowthTable, in scratch: ScratchDirectory) throws -> Int {
    let path = scratch.missing("complete.csv")
    let output = try ByteOutput(path: path)
    try GrowthCSVRenderer().write(table, to: output)
    try output.commit()
    let size = try Data(contentsOf: URL(fileURLWithPath: path)).count
    try FileManager.default.removeItem(atPath: path)
    return size
  }

  @Test("growth CSV: write(2) fails after 1.5 MiB (disk full); the old file stays, the partial one goes")
  func growthWriteFailsMidway() throws {
    let table = try #require(Self.table)
    let scratch = try ScratchDirectory()
    let limit = 3 << 19
    #expect(try Self.completeSize(of: table, in: scratch) > 2 * limit)
    let path = try scratch.write("growth.csv", "old table\n")
    var written = 0
    do {
      let output = try ByteOutput(path: path)
      output.writeCall = { descriptor, bytes, count in
        let allowed = min(count, limit - written)
        guard allowed > 0 else {
          errno = ENOSPC
          return -1
        }
        let done = write(descriptor, bytes, allowed)
        written += max(0, done)
        return done
      }
      let expected = SystemCallError(.write, path: path, code: ENOSPC)
      #expect(throws: expected) {
        try GrowthCSVRenderer().write(table, to: output)
        try output.commit()
      }
      let partial = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).filter {
        $0 != "growth.csv"
      }
      #expect(partial.count == 1)
      let partialSize = try partial.map { try Data(contentsOf: scratch.url.appendingPathComponent($0)).count }
      #expect(partialSize == [limit])
    }
    #expect(written == limit)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "old table\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["growth.csv"])
  }

  @Test("growth CSV: the final rename fails; the old file stays and the complete temporary file goes")
  func growthRenameFails() throws {
    let table = try #require(Self.table)
    let scratch = try ScratchDirectory()
    let path = try scratch.write("growth.csv", "old table\n")
    let output = try ByteOutput(path: path)
    output.renameCall = { _, _ in
      errno = EXDEV
      return -1
    }
    try GrowthCSVRenderer().write(table, to: output)
    #expect(throws: SystemCallError(.rename, path: path, code: EXDEV)) {
      try output.commit()
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "old table\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["growth.csv"])
  }

  @Test("growth CSV: region and indicator names starting with = + - @ are escaped, negative numbers are not")
  func growthTextCellsEscaped() throws {
    let names = ["=cmd|calc", "+1", "-x", "@a", "普通"]
    let columns = names.map { (region: $0, indicator: "=SUM(A1)", values: twoYears(100, 90)) }
    let table = try GrowthTable(panel: cumulativePanel(columns), indicators: [], period: nil)
    let scratch = try ScratchDirectory()
    let path = scratch.missing("growth.csv")
    let output = try ByteOutput(path: path)
    try GrowthCSVRenderer().write(table, to: output)
    try output.commit()
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").dropFirst()
    for name in names {
      let region = "=+-@".contains(name.first ?? " ") ? "'" + name : name
      let rows = lines.filter { $0.hasPrefix(region + ",'=SUM(A1),") }
      #expect(rows.count == 13, "\(name)")
      // January of the second year: 90 against 100, an increment of -10 written as a plain number.
      let january = try #require(rows.first { $0.contains(",2024-01,") })
      #expect(january.split(separator: ",", omittingEmptySubsequences: false).contains("-10"))
    }
  }
}
