import Foundation
import Testing

@_spi(ByteLevel) @testable import ByteLevel
@testable import TongbiKit

@Suite("Report output: CSV escaping and BOM")
struct ReportOutputTests {
  @Test("CSV: text cells starting with = + - @ are escaped, numbers never; BOM only with --excel")
  func csv() {
    #expect(CSVText.cell("=SUM(A1)") == "'=SUM(A1)")
    #expect(CSVText.cell("+1") == "'+1")
    #expect(CSVText.cell("-x") == "'-x")
    #expect(CSVText.cell("@cmd") == "'@cmd")
    #expect(CSVText.cell("a,\"b\"") == "\"a,\"\"b\"\"\"")
    let period = ReportPeriod(period: Period.month(6, of: 2024))
    let document = ReportDocument(
      region: "x", period: period,
      figures: [
        IndicatorFigures(
          code: "a", nameZh: "=危险", unit: .tenThousandYuan, period: period,
          value: ReportAmount(value: decimal("-3.2"), decimals: 1),
          growth: .value(-3.2)),
        IndicatorFigures(
          code: "b", nameZh: "乙", unit: .tenThousandYuan, period: period, value: nil,
          growth: .undefined(.zeroBase)),
      ])
    let plain = ReportCSV.growthTable(document, language: .zh, byteOrderMark: false)
    let lines = plain.components(separatedBy: "\r\n")
    #expect(lines[1] == "'=危险,万元,-3.2,-3.2,,,,")
    #expect(lines[2] == "乙,万元,,,新增,,,")
    #expect(!plain.hasPrefix("\u{FEFF}"))
    #expect(ReportCSV.growthTable(document, language: .zh, byteOrderMark: true).hasPrefix("\u{FEFF}指标"))
  }

}
