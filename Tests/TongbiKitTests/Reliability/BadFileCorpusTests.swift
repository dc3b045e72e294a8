import Foundation
import TestSupport
import Testing

@testable import TongbiKit

@Suite("Reliability: every file of the bad-file corpus has its exact expected outcome")
struct BadFileCorpusTests {
  @Test("the corpus has at least 40 files and the manifest lists exactly the files present")
  func manifestCoversCorpus() throws {
    try CorpusManifest.badFiles.checkCoverage(minimum: 40) { $0.hasSuffix(".csv") }
  }

  @Test(
    "each corpus file: error message, or counts, rejects, notices, regions and values",
    arguments: CorpusManifest.badFiles.names)
  func corpusFile(_ name: String) throws {
    try CorpusManifest.badFiles.check(name)
  }

  @Test("a 10 MB single line of digits under a header is one cell rejected as out of range")
  func tenMegabyteNumber() throws {
    let dir = try ScratchDirectory()
    let digits = [UInt8](repeating: UInt8(ascii: "1"), count: 10 << 20)
    let path = try dir.write(
      "ten-mb-number.csv",
      bytes: Array("地区,指标,时间,数值\n甲,税收收入,2024-01,".utf8) + digits + Array("\n乙,税收收入,2024-01,6\n".utf8))
    let result = try ingest(path)
    #expect(result.summary.counts == [2, 1, 1, 2, 1, 0, 1])
    #expect(
      result.summary.rejectLines == [
        "\(path):2:4: value: out of range: '\(String(repeating: "1", count: 40))…'"
      ])
  }

  @Test("a 10 MB single line without delimiters or line end has no header, reported at line 1")
  func tenMegabyteLine() throws {
    let dir = try ScratchDirectory()
    let path = try dir.write("ten-mb-line.csv", bytes: [UInt8](repeating: UInt8(ascii: "x"), count: 10 << 20))
    #expect(
      ingestError(path)?.description
        == "\(path):1: no header row found in the first 50 lines: expected columns such as 地区, 指标, 时间, 数值 "
        + "(or region, indicator, period, value), or period columns such as 2024年6月")
  }

  @Test("a 10 MB single header line of 2024年M月 labels has no data rows")
  func tenMegabyteHeader() throws {
    let dir = try ScratchDirectory()
    var line = "地区,指标"
    var index = 0
    while line.utf8.count < 10 << 20 {
      line += ",\(2024 + index / 12)年\(index % 12 + 1)月"
      index += 1
    }
    let path = try dir.write("ten-mb-header.csv", line)
    #expect(ingestError(path)?.description == "\(path): no data rows below the header (line 1)")
  }

  @Test("read(bytes:name:) gives the same result as read(path:) on every corpus file")
  func bytesEntryPoint() throws {
    for name in CorpusManifest.badFiles.names {
      let path = CorpusManifest.badFiles.folder + "/" + name
      let data = try Data(contentsOf: URL(fileURLWithPath: path))
      var fromBytes = Ingestor(options: IngestOptions())
      let bytesError = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> String? in
        do throws(IngestError) {
          try fromBytes.read(bytes: raw, name: path)
          return nil
        } catch {
          return error.description
        }
      }
      #expect(bytesError == ingestError(path)?.description, "\(name)")
      if bytesError == nil {
        let viaBytes = fromBytes.finish()
        let viaPath = try ingest(path)
        #expect(viaBytes.summary.counts == viaPath.summary.counts, "\(name)")
        #expect(viaBytes.summary.rejectLines == viaPath.summary.rejectLines, "\(name)")
        expectSamePanel(viaBytes.panel, viaPath.panel)
      }
    }
  }
}
