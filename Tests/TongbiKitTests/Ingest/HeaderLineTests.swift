import Foundation
import TestSupport
import Testing

@testable import TongbiKit

/// The header is never a row of data, and `--header-line` names it when detection should not choose.
@Suite("Ingest: the header row")
struct HeaderLineTests {
  // A township's own sheet: its header (村（社区）,指标名称,本月,1-本月,去年同期,增长%) names no period, and the
  // row below holds numbers that read as dotted months (2611.6 as June 2611, 2334.5 as May 2334). That
  // row was taken for a wide table's header and the file read as the periods 2611 and 2334; now the
  // header is read as a one-period report form of 2024年1-6月 (`ReportFormTests` checks its values).
  @Test("a row of numbers that read as dotted months is not a wide table's header")
  func numbersAreNoHeader() throws {
    let scratch = try ScratchDirectory()
    let path = try scratch.write(
      "office.csv",
      "清溪镇2024年1-6月主要经济指标\n单位：万元\n村（社区）,指标名称,本月,1-本月,去年同期,增长%,备注\n"
        + "清溪村,税收收入,412.3,2611.6,2334.5,11.9,\n东岭村,税收收入,380.2,2261.2,2179.9,3.7,\n")
    let result = try ingest(path)
    #expect(result.summary.files.map(\.layout) == ["report form"])
    #expect(result.summary.files.first?.headerLine == 3)
    #expect(result.panel.firstPeriod == month(2024, 6))
    #expect(result.panel.lastPeriod == month(2024, 6))
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

/// Blank region and indicator cells under filled ones (merged cells saved as CSV) read as the cell above.
@Suite("Ingest: blank key cells filled down")
struct KeyFillDownTests {
  // 甲村's block: its name on the first row only; 乙村's likewise; 3 blank region cells in all.
  static let table = """
    地区,指标,计量单位,期别,本月
    甲村,税收收入,万元,2023-06,100
    ,税收收入,万元,2024-06,110
    ,工业产值,万元,2024-06,50
    乙村,税收收入,万元,2023-06,200
    ,税收收入,万元,2024-06,230

    """

  @Test("the region above names the rows below it, with one notice; in parts as in one pass")
  func fillDown() throws {
    let scratch = try ScratchDirectory()
    let path = try scratch.write("blocks.csv", Self.table)
    let one = try ingest(path)
    #expect(one.panel.regionOrder == ["甲村", "乙村"])
    #expect(one.summary.rowsUsed == 5 && one.summary.rowsRejected == 0)
    #expect(
      one.summary.notices.map { "\($0.position): \($0.message)" } == [
        "\(path):3:1: 3 blank region or indicator cell(s) under a filled one read as the cell above "
          + "(merged cells saved as CSV), the first here"
      ])
    var options = IngestOptions()
    options.threads = 2
    options.minimumPartBytes = 1
    let parts = try ingest(path, options: options)
    #expect(parts.panel.regionOrder == one.panel.regionOrder)
    #expect(parts.panel.keys == one.panel.keys)
    #expect(parts.summary.notices.map(\.message) == one.summary.notices.map(\.message))
  }
}
