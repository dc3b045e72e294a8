import TestSupport
import Testing

@testable import TongbiKit

@Suite("Ingest: wide layout")
struct WideLayoutTests {
  @Test(
    "newest first, title lines, a 数据来源 footer, a quarterly column and a row with a value beyond the header")
  func newestFirstWithEverything() throws {
    let dir = try ScratchDirectory()
    let path = try dir.write(
      "wide.csv",
      """
      某县主要经济指标（当月）,,,,,,
      更新时间：2024年4月15日
      地区,指标,计量单位,2024年3月,2024年2月,2024年1月,2024年第一季度
      甲镇,税收收入,万元,30.0,20.0,10.0,60.0
      乙镇,税收收入,万元,3.0,—,1.0,4.0
      丙镇,税收收入,万元,3.0,2.0,1.0,6.0,99
      数据来源：国家统计局

      """)
    let result = try ingest(path)
    let summary = result.summary
    // Rows: 甲镇, 乙镇, 丙镇 (8 fields under a header of 7: rejected whole, its cells not read), the
    // footer. Cells: 甲镇 3 months + the quarter; 乙镇 3 months (— missing) + the quarter.
    #expect(summary.counts == [4, 2, 2, 8, 5, 1, 2])
    let skipped =
      "'2024年第一季度' is not a monthly period: column skipped (quarterly or annual data are not mixed in)"
    #expect(
      summary.rejectLines == [
        "\(path):4:7: \(skipped)",
        "\(path):5:7: \(skipped)",
        "\(path):6: row has 8 fields, the header has 7",
        "\(path):7: note or footer line, not data: '数据来源：国家统计局'",
      ])
    #expect(
      summary.noticeLines == [
        "\(path):1: title line above the header skipped: '某县主要经济指标（当月）'",
        "\(path):2: title line above the header skipped: '更新时间：2024年4月15日'",
        "\(path):3:7: \(skipped)",
      ])
    #expect(summary.files.map(\.layout) == ["wide"])
    #expect(summary.files.map(\.headerLine) == [3])
    let panel = result.panel
    #expect(panel.keys == [key("甲镇", "税收收入", .monthly), key("乙镇", "税收收入", .monthly)])
    #expect(panel.firstPeriod == month(2024, 1))
    #expect(panel.periodCount == 3)
    #expect(panel.series(key("甲镇", "税收收入", .monthly)) == [10.0, 20.0, 30.0])
    #expect(panel.value(key("乙镇", "税收收入", .monthly), month(2024, 1)) == 1.0)
    #expect(panel.value(key("乙镇", "税收收入", .monthly), month(2024, 2))?.isNaN == true)
    #expect(panel.value(key("乙镇", "税收收入", .monthly), month(2024, 3)) == 3.0)
    #expect(panel.indicators["税收收入"]?.unit == .tenThousandYuan)
  }

  @Test("oldest first and newest first give the same panel")
  func columnOrderDoesNotMatter() throws {
    let dir = try ScratchDirectory()
    let newest = try dir.write(
      "newest.csv",
      """
      地区,指标,计量单位,2024年1-3月,2024年1-2月,2023年1-12月
      甲镇,固定资产投资,亿元,3.25,2.10,12.00
      乙镇,固定资产投资,亿元,0.75,*,4.50

      """)
    let oldest = try dir.write(
      "oldest.csv",
      """
      地区,指标,计量单位,2023年1-12月,2024年1-2月,2024年1-3月
      甲镇,固定资产投资,亿元,12.00,2.10,3.25
      乙镇,固定资产投资,亿元,4.50,*,0.75

      """)
    let first = try ingest(newest)
    let second = try ingest(oldest)
    #expect(first.summary.counts == [2, 2, 0, 6, 5, 1, 0])
    #expect(second.summary.counts == [2, 2, 0, 6, 5, 1, 0])
    expectSamePanel(first.panel, second.panel)
    let panel = second.panel
    #expect(panel.keys == [key("甲镇", "固定资产投资", .cumulative), key("乙镇", "固定资产投资", .cumulative)])
    #expect(panel.firstPeriod == month(2023, 12))
    #expect(panel.value(key("甲镇", "固定资产投资", .cumulative), month(2023, 12)) == 12.00)
    #expect(panel.value(key("甲镇", "固定资产投资", .cumulative), month(2024, 2)) == 2.10)
    #expect(panel.value(key("甲镇", "固定资产投资", .cumulative), month(2024, 3)) == 3.25)
    #expect(panel.value(key("乙镇", "固定资产投资", .cumulative), month(2024, 2))?.isNaN == true)
    #expect(panel.indicators["固定资产投资"]?.january == .withFebruary)
    #expect(panel.indicators["固定资产投资"]?.publication == .cumulative)
    #expect(panel.decimals == [2, 2])
  }

  @Test("a unit in parentheses after the indicator name, and no region column")
  func unitInName() throws {
    let dir = try ScratchDirectory()
    let path = try dir.write(
      "name-unit.csv",
      """
      指标,2024年2月,2024年3月
      出口额(万美元),5.5,6.5
      工业增加值累计增长(%),-13.5,-8.4

      """)
    let result = try ingest(path)
    #expect(result.summary.counts == [2, 2, 0, 4, 4, 0, 0])
    let panel = result.panel
    #expect(panel.keys == [key("", "出口额", .monthly), key("", "工业增加值累计增长", .cumulative)])
    #expect(panel.series(key("", "出口额", .monthly)) == [5.5, 6.5])
    #expect(panel.series(key("", "工业增加值累计增长", .cumulative)) == [-13.5, -8.4])
    #expect(panel.indicators["出口额"]?.unit == .tenThousandDollars)
    #expect(panel.indicators["工业增加值累计增长"]?.unit == .percent)
    #expect(panel.indicators["工业增加值累计增长"]?.kind == .rate)
  }
}
