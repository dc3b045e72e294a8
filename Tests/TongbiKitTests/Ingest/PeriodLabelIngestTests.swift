import TestSupport
import Testing

@testable import TongbiKit

@Suite("Ingest: period labels in real ingests")
struct PeriodLabelIngestTests {
  @Test("every label form lands on its month; 1-N月 forms are cumulative; 2024-13 and 2024年0月 are rejected")
  func labelForms() throws {
    let dir = try ScratchDirectory()
    let path = try dir.write(
      "labels.csv",
      """
      地区,指标,计量单位,时间,数值
      A,产值,万元,2024-06,1
      B,产值,万元,2024M06,2
      C,产值,万元,202406,3
      D,产值,万元,2024年6月,4
      E,产值,万元,2024年1-6月,5
      F,产值,万元,2024年1—6月份,6
      G,产值,万元,2024年1-2月,7
      H,产值,万元,2024-13,8
      I,产值,万元,2024年0月,9

      """)
    let result = try ingest(path)
    #expect(result.summary.counts == [9, 7, 2, 7, 7, 0, 0])
    #expect(
      result.summary.rejectLines == [
        "\(path):9:4: period: month 13 is out of range 1-12",
        "\(path):10:4: period: month 0 is out of range 1-12",
      ])
    let panel = result.panel
    let june = month(2024, 6)
    #expect(panel.value(key("A", "产值", .monthly), june) == 1)
    #expect(panel.value(key("B", "产值", .monthly), june) == 2)
    #expect(panel.value(key("C", "产值", .monthly), june) == 3)
    #expect(panel.value(key("D", "产值", .monthly), june) == 4)
    #expect(panel.value(key("E", "产值", .cumulative), june) == 5)
    #expect(panel.value(key("F", "产值", .cumulative), june) == 6)
    #expect(panel.value(key("G", "产值", .cumulative), month(2024, 2)) == 7)
    #expect(panel.keys.count == 7)
    #expect(panel.column(of: key("E", "产值", .monthly)) == nil)
    #expect(panel.firstPeriod == month(2024, 2))
    #expect(panel.lastPeriod == june)
    // 2024年1-2月 says January is published only together with February.
    #expect(panel.indicators["产值"]?.january == .withFebruary)
    #expect(panel.indicators["产值"]?.publication == .both)
  }

  @Test("labels without a year take it from the year column: 1-6月, 上半年, 6月, 1-2月")
  func labelsWithYearColumn() throws {
    let dir = try ScratchDirectory()
    let path = try dir.write(
      "year-column.csv",
      """
      地区,指标,计量单位,年度,时间,数值
      A,产值,万元,2024,1-6月,5
      B,产值,万元,2024,上半年,6
      C,产值,万元,2024,6月,7
      D,产值,万元,2023年,1-2月,8

      """)
    let result = try ingest(path)
    #expect(result.summary.counts == [4, 4, 0, 4, 4, 0, 0])
    let panel = result.panel
    #expect(panel.value(key("A", "产值", .cumulative), month(2024, 6)) == 5)
    #expect(panel.value(key("B", "产值", .cumulative), month(2024, 6)) == 6)
    #expect(panel.value(key("C", "产值", .monthly), month(2024, 6)) == 7)
    #expect(panel.value(key("D", "产值", .cumulative), month(2023, 2)) == 8)
    #expect(panel.indicators["产值"]?.january == .withFebruary)
  }

  @Test("a series with single months from January on keeps January published alone")
  func januaryAlone() throws {
    let dir = try ScratchDirectory()
    let path = try dir.write(
      "january.csv",
      """
      地区,指标,计量单位,时间,数值
      A,产值,万元,2024年1月,1.5
      A,产值,万元,2024年2月,2.5

      """)
    let panel = try ingest(path).panel
    #expect(panel.series(key("A", "产值", .monthly)) == [1.5, 2.5])
    #expect(panel.indicators["产值"]?.january == .alone)
  }
}
