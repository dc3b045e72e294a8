import TestSupport
import Testing

@testable import TongbiKit

/// The check a statistician makes by eye: a year-to-date total of a flow that cannot be negative
/// never falls within a year.
@Suite("Ingest: a falling year-to-date total is rejected")
struct FallingCumulativeTests {
  // 1-8月 typed 1234.5 for 3234.5: below 1-7月's 2900.0, rejected with both values; 1-9月 3600.0 is
  // above 1-8月's 1234.5 and stays. 利润总额 may be negative (losses), so its fall stays. January starts
  // a new year: 2024年1月 100.0 below 2023年1-12月 is no fall.
  @Test("the cell below the month before is rejected with both values; its row too when it was its only cell")
  func falls() throws {
    let scratch = try ScratchDirectory()
    let path = try scratch.write(
      "fall.csv",
      """
      地区,指标,计量单位,期别,本月止累计
      甲,税收收入,万元,2023年1-7月,2900.0
      甲,税收收入,万元,2023年1-8月,1234.5
      甲,税收收入,万元,2023年1-9月,3600.0
      甲,税收收入,万元,2023年1-12月,4800.0
      甲,税收收入,万元,2024年1月,100.0
      甲,利润总额,万元,2023年1-7月,50.0
      甲,利润总额,万元,2023年1-8月,-20.0

      """)
    let result = try ingest(path)
    #expect(result.summary.counts == [7, 6, 1, 7, 6, 0, 1])
    #expect(
      result.summary.rejectLines == [
        "\(path):3:5: cumulative 1234.5 is below 2900 of 2023-07: a year-to-date total of 税收收入, "
          + "which cannot be negative, never falls (a mistyped figure?)"
      ])
    let tax = result.panel.series(key("甲", "税收收入", .cumulative))
    let august = try #require(result.panel.row(of: month(2023, 8)))
    #expect(tax[august].isNaN)
    #expect(tax[august + 1] == 3600)
  }

  // A wide row holds 1-7月 2900.0, 1-8月 1234.5 and 1-9月 3600.0: one cell rejected, the row still used.
  @Test("in a wide row the cell is rejected and the row stays used")
  func wideRow() throws {
    let scratch = try ScratchDirectory()
    let path = try scratch.write(
      "wide.csv", "地区,指标,计量单位,2023年1-7月,2023年1-8月,2023年1-9月\n甲,税收收入,万元,2900.0,1234.5,3600.0\n")
    let result = try ingest(path)
    #expect(result.summary.counts == [1, 1, 0, 3, 2, 0, 1])
    #expect(
      result.summary.rejectLines.map { $0.hasPrefix("\(path):2:5: cumulative 1234.5 is below 2900") } == [
        true
      ])
  }
}
