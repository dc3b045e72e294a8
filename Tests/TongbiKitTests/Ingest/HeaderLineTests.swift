import Foundation
import TestSupport
import Testing

@testable import TongbiKit

/// The header is never a row of data, and `--header-line` names it when detection should not choose.
@Suite("Ingest: the header row")
struct HeaderLineTests {
  // A township's own sheet: its header (村（社区）,指标名称,本月,1-本月,去年同期,增长%) names no period, and the
  // row below holds numbers that read as dotted months (2611.6 as June 2611, 2334.5 as May 2334). That
  // row was taken for a wide table's header and the file read as the periods 2611 and 2334; now no
  // header is found, and the message says what one looks like.
  @Test("a row of numbers that read as dotted months is not a wide table's header")
  func numbersAreNoHeader() throws {
    let scratch = try ScratchDirectory()
    let path = try scratch.write(
      "office.csv",
      "清溪镇2024年1-6月主要经济指标\n单位：万元\n村（社区）,指标名称,本月,1-本月,去年同期,增长%,备注\n"
        + "清溪村,税收收入,412.3,2611.6,2334.5,11.9,\n东岭村,税收收入,380.2,2261.2,2179.9,3.7,\n")
    let error = try #require(ingestError(path))
    #expect("\(error)".hasPrefix("\(path):1: no header row found in the first 50 lines"))
  }

  @Test("--header-line reads the header at that line, and refuses a line that is none")
  func headerLine() throws {
    let scratch = try ScratchDirectory()
    let path = try scratch.write("table.csv", "地区,说明\n地区,指标,计量单位,2024年5月,2024年6月\n甲,税收,万元,1,2\n")
    var options = IngestOptions()
    options.headerLine = 2
    let result = try ingest(path, options: options)
    #expect(result.summary.files.first?.headerLine == 2)
    #expect(result.summary.cellsUsed == 2)
    options.headerLine = 3
    #expect(
      ingestError(path, options: options)
        == .malformed(
          SourcePosition(file: path, line: 3, column: 0),
          reason: "--header-line 3: not a header: expected columns such as 地区, 指标, 时间, 数值, or period "
            + "columns such as 2024年6月 (--column 'HEADER=ROLE' names a column's role)"))
    options.headerLine = 9
    #expect(
      ingestError(path, options: options)
        == .malformed(
          SourcePosition(file: path, line: 9, column: 0), reason: "--header-line 9: no such line with text"))
  }
}
