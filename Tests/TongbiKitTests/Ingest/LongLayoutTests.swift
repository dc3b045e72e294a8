import TestSupport
import Testing

@testable import TongbiKit

@Suite("Ingest: long layout")
struct LongLayoutTests {
  @Test("separate 本月 and 累计 columns give a monthly and a cumulative series of one indicator")
  func monthlyAndCumulativeColumns() throws {
    let dir = try ScratchDirectory()
    let path = try dir.write(
      "both.csv",
      """
      地区,指标,计量单位,时间,本月,累计
      甲镇,税收收入,万元,2024年1月,10.0,10.0
      甲镇,税收收入,万元,2024年2月,12.5,22.5
      甲镇,税收收入,万元,2024年3月,8.0,30.5

      """)
    let result = try ingest(path)
    #expect(result.summary.counts == [3, 3, 0, 6, 6, 0, 0])
    #expect(result.summary.rejects.isEmpty)
    #expect(result.summary.notices.isEmpty)
    let panel = result.panel
    #expect(panel.keys == [key("甲镇", "税收收入", .monthly), key("甲镇", "税收收入", .cumulative)])
    #expect(panel.firstPeriod == month(2024, 1))
    #expect(panel.periodCount == 3)
    #expect(panel.series(key("甲镇", "税收收入", .monthly)) == [10.0, 12.5, 8.0])
    #expect(panel.series(key("甲镇", "税收收入", .cumulative)) == [10.0, 22.5, 30.5])
    let indicator = try #require(panel.indicators["税收收入"])
    #expect(indicator.unit == .tenThousandYuan)
    #expect(indicator.kind == .flow)
    #expect(indicator.publication == .both)
    #expect(indicator.january == .alone)
    #expect(indicator.allowsNegative == false)
    #expect(panel.decimals == [1, 1])
  }

  @Test("a kind column 当月/累计 decides the form of the value column")
  func kindColumn() throws {
    let dir = try ScratchDirectory()
    let path = try dir.write(
      "kind.csv",
      """
      地区,指标,单位,期别,类型,数值
      甲镇,工业产值,亿元,2024-01,当月,1.5
      甲镇,工业产值,亿元,2024-01,累计,1.5
      甲镇,工业产值,亿元,2024-02,当月,2.0
      甲镇,工业产值,亿元,2024-02,累计,3.5
      甲镇,工业产值,亿元,2024-03,季度,9.9

      """)
    let result = try ingest(path)
    #expect(result.summary.counts == [5, 4, 1, 4, 4, 0, 0])
    #expect(result.summary.rejectLines == ["\(path):6:5: kind '季度' is neither 当月/monthly nor 累计/cumulative"])
    let panel = result.panel
    #expect(panel.keys == [key("甲镇", "工业产值", .monthly), key("甲镇", "工业产值", .cumulative)])
    #expect(panel.series(key("甲镇", "工业产值", .monthly)) == [1.5, 2.0])
    #expect(panel.series(key("甲镇", "工业产值", .cumulative)) == [1.5, 3.5])
    #expect(panel.indicators["工业产值"]?.publication == .both)
    #expect(panel.indicators["工业产值"]?.unit == .hundredMillionYuan)
  }

  @Test("a published 同比增长(%) column becomes an indicator of its own, a rate in percent")
  func growthRateColumn() throws {
    let dir = try ScratchDirectory()
    let path = try dir.write(
      "rate.csv",
      """
      地区,指标,计量单位,时间,本月止累计,同比增长(%)
      甲镇,税收收入,万元,2024年1-2月,100.0,5.2
      甲镇,税收收入,万元,2024年1-3月,160.0,-1.5

      """)
    let result = try ingest(path)
    #expect(result.summary.counts == [2, 2, 0, 4, 4, 0, 0])
    #expect(result.summary.rejects.isEmpty)
    let panel = result.panel
    #expect(panel.indicatorOrder == ["税收收入", "税收收入同比增长"])
    // The rates stand beside 1-N月 values, so they are cumulative growth rates (累计增长).
    #expect(panel.keys == [key("甲镇", "税收收入", .cumulative), key("甲镇", "税收收入同比增长", .cumulative)])
    #expect(panel.firstPeriod == month(2024, 2))
    #expect(panel.series(key("甲镇", "税收收入", .cumulative)) == [100.0, 160.0])
    #expect(panel.series(key("甲镇", "税收收入同比增长", .cumulative)) == [5.2, -1.5])
    let level = try #require(panel.indicators["税收收入"])
    #expect(level.kind == .flow)
    #expect(level.publication == .cumulative)
    #expect(level.january == .withFebruary)
    let rate = try #require(panel.indicators["税收收入同比增长"])
    #expect(rate.unit == .percent)
    #expect(rate.kind == .rate)
    #expect(rate.allowsNegative)
    #expect(rate.january == .withFebruary)
  }

  @Test("a year column supplies the year of labels such as 1-6月 and 上半年")
  func yearColumn() throws {
    let dir = try ScratchDirectory()
    let path = try dir.write(
      "year.csv",
      """
      地区,指标,计量单位,年份,时间,数值
      甲镇,固定资产投资,亿元,2024年,1-5月,10.25
      乙镇,固定资产投资,亿元,2024,上半年,3.50
      甲镇,固定资产投资,亿元,2024年,1-6月,12.50
      甲镇,固定资产投资,亿元,,1-7月,14.00

      """)
    let result = try ingest(path)
    #expect(result.summary.counts == [4, 3, 1, 3, 3, 0, 0])
    #expect(
      result.summary.rejectLines == [
        "\(path):5:4: period: empty year cell"
      ])
    let panel = result.panel
    #expect(panel.keys == [key("甲镇", "固定资产投资", .cumulative), key("乙镇", "固定资产投资", .cumulative)])
    #expect(panel.value(key("甲镇", "固定资产投资", .cumulative), month(2024, 5)) == 10.25)
    #expect(panel.value(key("甲镇", "固定资产投资", .cumulative), month(2024, 6)) == 12.50)
    #expect(panel.value(key("乙镇", "固定资产投资", .cumulative), month(2024, 6)) == 3.50)
    #expect(panel.firstPeriod == month(2024, 5))
    #expect(panel.lastPeriod == month(2024, 6))
    #expect(panel.indicators["固定资产投资"]?.publication == .cumulative)
  }

  @Test("the plain series_id,date,value form: dates on the first of the month, no region, no unit")
  func seriesIdDateValue() throws {
    let dir = try ScratchDirectory()
    let path = try dir.write(
      "plain.csv",
      """
      "series_id","date","value"
      "MRF1","1975-12-01",697458
      "MRF1","1976-01-01",1187650
      "MRF2","1976-01-01",5.25
      "MRF2","1976-02-01",NA

      """)
    let result = try ingest(path)
    #expect(result.summary.counts == [4, 4, 0, 4, 3, 1, 0])
    #expect(result.summary.files.map(\.layout) == ["long"])
    let panel = result.panel
    #expect(panel.keys == [key("", "MRF1", .monthly), key("", "MRF2", .monthly)])
    #expect(panel.firstPeriod == month(1975, 12))
    #expect(panel.periodCount == 3)
    #expect(panel.series(key("", "MRF1", .monthly))[0...1] == [697458, 1187650])
    #expect(panel.value(key("", "MRF1", .monthly), month(1976, 2))?.isNaN == true)
    #expect(panel.value(key("", "MRF2", .monthly), month(1976, 1)) == 5.25)
    #expect(panel.value(key("", "MRF2", .monthly), month(1976, 2))?.isNaN == true)
    #expect(panel.regionOrder == [""])
    #expect(panel.indicators["MRF1"]?.unit == .count)
    #expect(panel.indicators["MRF1"]?.kind == .flow)
    #expect(panel.indicators["MRF1"]?.january == .alone)
  }

  @Test("a region column with a 上级地区 column declares parents; the total has none")
  func parents() throws {
    let dir = try ScratchDirectory()
    let path = try dir.write(
      "parent.csv",
      """
      地区,上级地区,指标,计量单位,期别,本月止累计
      清溪镇,,税收收入,万元,2022年1-2月,4966.3
      东岭村,清溪镇,税收收入,万元,2022年1-2月,800.0

      """)
    let panel = try ingest(path).panel
    #expect(panel.regionOrder == ["清溪镇", "东岭村"])
    #expect(panel.regions["清溪镇"] == Region(name: "清溪镇", parent: nil))
    #expect(panel.regions["东岭村"] == Region(name: "东岭村", parent: "清溪镇"))
  }

  @Test("a row with values beyond the header is rejected whole; an unnamed indicator is rejected")
  func rowShapes() throws {
    let dir = try ScratchDirectory()
    let path = try dir.write(
      "shapes.csv",
      """
      地区,指标,计量单位,时间,数值
      甲镇,税收收入,万元,2024-01,1.0,7
      甲镇,,万元,2024-02,2.0
      ,,,,
      甲镇,税收收入,万元,2024-03,3.0,

      """)
    let result = try ingest(path)
    #expect(result.summary.counts == [4, 1, 3, 1, 1, 0, 0])
    #expect(
      result.summary.rejectLines == [
        "\(path):2: row has 6 fields, the header has 5",
        "\(path):3:2: missing indicator name",
        "\(path):4: empty row",
      ])
    #expect(result.panel.series(key("甲镇", "税收收入", .monthly)) == [3.0])
  }
}
