import Foundation
import Testing

/// Every command reads workbooks as it reads CSV.
@Suite("Commands read .xlsx and .xls workbooks")
struct WorkbookCommandTests {
  static let long = "Tests/TongbiKitTests/Fixtures/Workbooks/long.xlsx"
  /// long.xlsx saved as .xls by LibreOffice.
  static let longXLS = "Tests/TongbiKitTests/Fixtures/Workbooks/long.xls"

  // long.xlsx (Fixtures/Workbooks/make_workbooks.py): 税收收入 1-6月 清溪镇 18927.2 on 17404.4 and 东岭村
  // 1892.7 on 1740.4: growth 1522.8 / 17404.4 = 8.74951161775183…% and 152.3 / 1740.4 = 8.75086187083429…%.
  @Test("growth reads a workbook's sheet and states the same growth as from CSV")
  func growth() throws {
    let run = try BuiltTongbi.run([
      "growth", Self.long, "--period", "2024-06", "--format", "csv", "--columns",
      "region,cumulative,cumulative_yoy_pct",
    ])
    #expect(run.status == 0, "\(run.errorText)")
    #expect(
      run.outputText
        == "region,cumulative,cumulative_yoy_pct\n清溪镇,18927.2,8.74951161775183\n东岭村,1892.7,8.75086187083429\n"
    )
  }

  @Test("report and forecast take the workbook; --sheet naming no sheet exits 1 with the sheets named")
  func otherCommands() throws {
    let report = try BuiltTongbi.run(["report", Self.long, "--region", "清溪镇", "--period", "2024-06"])
    #expect(report.status == 0, "\(report.errorText)")
    #expect(report.outputText.contains("1-6月份完成税收收入18927.2万元，同比增长8.7%"))
    let forecast = try BuiltTongbi.run(["forecast", Self.long, "--horizon", "1", "--method", "snaive"])
    #expect(forecast.status == 0, "\(forecast.errorText)")
    let missing = try BuiltTongbi.run(["ingest", Self.long, "--sheet", "Sheet9"])
    #expect(missing.status == 1)
    #expect(missing.errorText.contains("no sheet 'Sheet9'; the workbook has: 数据"))
  }

  @Test(
    "every command writes the same from the .xls as from the .xlsx, the ingest's accounting included",
    arguments: [
      ["ingest"], ["growth", "--period", "2024-06"], ["report", "--region", "清溪镇", "--period", "2024-06"],
      ["forecast", "--horizon", "3", "--method", "snaive"], ["project", "--period", "2024-06"],
      ["backtest", "--horizon", "3", "--method", "snaive"],
    ])
  func xlsLikeXLSX(_ command: [String]) throws {
    let fromXLSX = try BuiltTongbi.run(command + [Self.long])
    let fromXLS = try BuiltTongbi.run(command + [Self.longXLS])
    #expect(fromXLSX.status == 0 && fromXLS.status == 0, "\(fromXLS.errorText)")
    #expect(!fromXLS.outputText.isEmpty)
    // The ingest's summary names the file and its format; nothing else may differ.
    let named = { (text: String) in
      text.replacingOccurrences(of: "long.xlsx", with: "BOOK").replacingOccurrences(
        of: "long.xls", with: "BOOK"
      )
      .replacingOccurrences(of: ", xlsx,", with: ",").replacingOccurrences(of: ", xls,", with: ",")
    }
    #expect(named(fromXLS.outputText) == named(fromXLSX.outputText))
    #expect(named(fromXLS.errorText) == named(fromXLSX.errorText))
  }
}
