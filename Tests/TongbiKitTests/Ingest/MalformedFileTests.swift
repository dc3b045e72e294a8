import TestSupport
import Testing

@testable import TongbiKit

@Suite("Ingest: malformed files stop with one positioned message")
struct MalformedFileTests {
  @Test("an empty file")
  func emptyFile() throws {
    let dir = try ScratchDirectory()
    let path = try dir.write("empty.csv", "")
    let error = ingestError(path)
    #expect(error == .empty(path: path, reason: "empty file"))
    #expect(error?.description == "\(path): empty file")
  }

  @Test("a header without data rows")
  func headerOnly() throws {
    let dir = try ScratchDirectory()
    let path = try dir.write("header.csv", "地区,指标,时间,数值\n")
    let error = ingestError(path)
    #expect(error?.description == "\(path): no data rows below the header (line 1)")
  }

  @Test("an unterminated quote names the line and field where the quote opens")
  func unterminatedQuote() throws {
    let dir = try ScratchDirectory()
    let path = try dir.write("quote.csv", "地区,指标,时间,数值\n甲,\"税收,2024-01,5\n乙,税收,2024-02,6\n")
    let error = ingestError(path)
    #expect(error?.description == "\(path):2:2: unterminated quoted field (a \" opens here and never closes)")
  }

  @Test("bytes that are neither UTF-8 nor GB18030 name line, column and byte offset")
  func invalidBytes() throws {
    let dir = try ScratchDirectory()
    // Line 1 is 28 bytes (four two-character words of 6 bytes, three commas, LF); 甲 and the comma
    // are 4 more, so the first 0xFF is at byte 32, line 2, character column 3.
    let bytes = Array("地区,指标,时间,数值\n甲,".utf8) + [0xFF, 0xFF] + Array(",2024-01,5\n".utf8)
    let path = try dir.write("invalid.csv", bytes: bytes)
    let error = ingestError(path)
    #expect(
      error?.description
        == "\(path):2:3: bytes are neither UTF-8 nor GB18030 (byte offset 32)")
  }

  @Test("a file that does not exist")
  func missingFile() throws {
    let dir = try ScratchDirectory()
    let path = dir.missing("nothing-here.csv")
    let error = ingestError(path)
    #expect(error == .unreadable(path: path, reason: "No such file or directory"))
    #expect(error?.description == "\(path): cannot read: No such file or directory")
  }

  @Test("a directory instead of a file")
  func directory() throws {
    let dir = try ScratchDirectory()
    #expect(ingestError(dir.url.path)?.description == "\(dir.url.path): cannot read: Is a directory")
  }

  @Test("a table without a recognisable header")
  func noHeader() throws {
    let dir = try ScratchDirectory()
    let path = try dir.write("noheader.csv", "foo,bar\n1,2\n")
    #expect(
      ingestError(path)?.description
        == "\(path):1: no header row found in the first 50 lines: expected columns such as 地区, 指标, 时间, 数值 "
        + "(or region, indicator, period, value), or period columns such as 2024年6月")
  }

  @Test("a file of only blank lines is reported as having no header, at line 1")
  func blankLines() throws {
    let dir = try ScratchDirectory()
    let path = try dir.write("blank.csv", "\n\n")
    #expect(ingestError(path)?.description.hasPrefix("\(path):1: no header row found") == true)
  }
}
