import TestSupport
import Testing

@testable import TongbiKit

@Suite("Ingest: time-series layout")
struct TimeSeriesLayoutTests {
  @Test("metadata rows 地区/频度/单位 under 指标; a 季 column is reported and its cells rejected")
  func metadataRows() throws {
    let dir = try ScratchDirectory()
    let path = try dir.write(
      "cei.csv",
      """
      指标,原油产量_当期,利润总额_累计,第二产业增加值_累计,工业增加值_当期同比实际增速
      地区,全国,全国,全国,全国
      频度,月,月,季,月
      单位,万吨,亿元,亿元,%
      2024-02,1500.0,1200.5,,
      2024-03,1700.2,2000.0,7000.0,3.9
      2024-04,1650.0,-50.0,,-1.1

      """)
    let result = try ingest(path)
    let summary = result.summary
    // Cells: 2024-02 has 3 (the 季 cell is empty and not counted; the rate is missing), 2024-03 has 4
    // (the 季 value is rejected), 2024-04 has 3.
    #expect(summary.counts == [3, 3, 0, 10, 8, 1, 1])
    let skipped = "column '第二产业增加值_累计' has frequency 季, not monthly: skipped"
    #expect(summary.rejectLines == ["\(path):6:4: \(skipped)"])
    #expect(
      summary.noticeLines == [
        "\(path):2: metadata row '地区' read",
        "\(path):3: metadata row '频度' read",
        "\(path):4: metadata row '单位' read",
        "\(path):1:4: \(skipped)",
      ])
    #expect(summary.files.map(\.layout) == ["time-series"])
    let panel = result.panel
    #expect(
      panel.keys == [
        key("全国", "原油产量", .monthly), key("全国", "利润总额", .cumulative), key("全国", "工业增加值同比实际增速", .monthly),
      ])
    #expect(panel.firstPeriod == month(2024, 2))
    #expect(panel.series(key("全国", "原油产量", .monthly)) == [1500.0, 1700.2, 1650.0])
    #expect(panel.series(key("全国", "利润总额", .cumulative)) == [1200.5, 2000.0, -50.0])
    #expect(panel.value(key("全国", "工业增加值同比实际增速", .monthly), month(2024, 2))?.isNaN == true)
    #expect(panel.value(key("全国", "工业增加值同比实际增速", .monthly), month(2024, 4)) == -1.1)
    #expect(panel.indicators["原油产量"]?.unit == Unit(base: "吨", exponent: 4, symbol: "万吨"))
    #expect(panel.indicators["利润总额"]?.unit == .hundredMillionYuan)
    #expect(panel.indicators["利润总额"]?.allowsNegative == true)
    #expect(panel.indicators["利润总额"]?.publication == .cumulative)
    #expect(panel.indicators["工业增加值同比实际增速"]?.unit == .percent)
    #expect(panel.indicators["工业增加值同比实际增速"]?.kind == .rate)
    #expect(panel.regionOrder == ["全国"])
  }

  // The title's 单位：亿元 is the unit of a column whose header and metadata name none.
  @Test("a title's unit line is the unit of columns without one")
  func titleUnit() throws {
    let dir = try ScratchDirectory()
    let path = try dir.write(
      "titled.csv", "单位：亿元\n指标,固定资产投资_累计,工业投资_累计\n地区,全国,全国\n2024-02,10.5,3.1\n2024-03,15.25,4.7\n")
    let result = try ingest(path)
    #expect(result.panel.indicators["固定资产投资"]?.unit.symbol == "亿元")
    #expect(result.summary.noticeLines.first == "\(path):1: title line above the header read: '单位：亿元'")
  }

  @Test("retail form: 1-2月 first periods, and each subject-less 同比增长(%) belongs to the level before it")
  func retailForm() throws {
    let dir = try ScratchDirectory()
    let path = try dir.write(
      "retail.csv",
      """
      时间,社会消费品零售总额(亿元),同比增长(%),限额以上单位消费品零售额(亿元),同比增长(%)\r
      2012年1-2月,33668.6,14.7,15238.3,14.9\r
      2012年3月,15650.2,15.2,7686.0,16.9\r
      2013年1-2月,37800.0,12.3,16500.0,8.3\r

      """)
    let result = try ingest(path)
    #expect(result.summary.counts == [3, 3, 0, 12, 12, 0, 0])
    #expect(result.summary.rejects.isEmpty)
    #expect(result.summary.files.map(\.layout) == ["time-series"])
    let panel = result.panel
    let total = key("", "社会消费品零售总额", .monthly)
    let totalGrowth = key("", "社会消费品零售总额同比增长", .monthly)
    let above = key("", "限额以上单位消费品零售额", .monthly)
    let aboveGrowth = key("", "限额以上单位消费品零售额同比增长", .monthly)
    #expect(panel.keys == [total, totalGrowth, above, aboveGrowth])
    #expect(panel.firstPeriod == month(2012, 2))
    #expect(panel.lastPeriod == month(2013, 2))
    #expect(panel.value(total, month(2012, 2)) == 33668.6)
    #expect(panel.value(total, month(2012, 3)) == 15650.2)
    #expect(panel.value(total, month(2013, 2)) == 37800.0)
    #expect(panel.value(totalGrowth, month(2012, 2)) == 14.7)
    #expect(panel.value(above, month(2012, 3)) == 7686.0)
    #expect(panel.value(aboveGrowth, month(2012, 3)) == 16.9)
    #expect(panel.value(aboveGrowth, month(2013, 2)) == 8.3)
    for code in ["社会消费品零售总额", "社会消费品零售总额同比增长", "限额以上单位消费品零售额", "限额以上单位消费品零售额同比增长"] {
      #expect(panel.indicators[code]?.january == .withFebruary, "\(code)")
    }
    #expect(panel.indicators["社会消费品零售总额"]?.unit == .hundredMillionYuan)
    #expect(panel.indicators["社会消费品零售总额"]?.kind == .flow)
    #expect(panel.indicators["社会消费品零售总额"]?.publication == .monthly)
    #expect(panel.indicators["社会消费品零售总额同比增长"]?.unit == .percent)
    #expect(panel.indicators["社会消费品零售总额同比增长"]?.kind == .rate)
  }
}
