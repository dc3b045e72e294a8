import TestSupport
import Testing

@testable import TongbiKit

@Suite("Ingest: missing markers, duplicates, 当月/累计 identity, units, negatives")
struct ValueRulesTests {
  @Test("each missing marker (empty, *, -, —, NA, ..) is counted as missing, not rejected")
  func missingMarkers() throws {
    let dir = try ScratchDirectory()
    let path = try dir.write(
      "missing.csv",
      """
      地区,指标,计量单位,时间,数值
      甲,产值,万元,2024-01,
      甲,产值,万元,2024-02,*
      甲,产值,万元,2024-03,-
      甲,产值,万元,2024-04,—
      甲,产值,万元,2024-05,NA
      甲,产值,万元,2024-06,..
      甲,产值,万元,2024-07,1.5

      """)
    let result = try ingest(path)
    #expect(result.summary.counts == [7, 7, 0, 7, 1, 6, 0])
    #expect(result.summary.rejects.isEmpty)
    let values = result.panel.series(key("甲", "产值", .monthly))
    #expect(result.panel.firstPeriod == month(2024, 1))
    #expect(values.count == 7)
    #expect(values.prefix(6).allSatisfy { $0.isNaN })
    #expect(values.last == 1.5)
  }

  @Test("a duplicate (same region, indicator, period, kind) is rejected naming both lines; the first stays")
  func duplicate() throws {
    let dir = try ScratchDirectory()
    let path = try dir.write(
      "duplicate.csv",
      """
      地区,指标,计量单位,时间,数值
      甲,产值,万元,2024-01,1.0
      甲,产值,万元,2024-02,2.0
      甲,产值,万元,2024-01,3.0
      乙,产值,万元,2024-01,4.0

      """)
    let result = try ingest(path)
    #expect(result.summary.counts == [4, 3, 1, 4, 3, 0, 1])
    #expect(
      result.summary.rejectLines == [
        "\(path):4:5: duplicate of \(path):2:5 (same region, indicator, period and kind)"
      ])
    #expect(result.panel.series(key("甲", "产值", .monthly)) == [1.0, 2.0])
    #expect(result.panel.value(key("乙", "产值", .monthly), month(2024, 1)) == 4.0)
  }

  @Test("a duplicate across two files names the file of the first value")
  func duplicateAcrossFiles() throws {
    let dir = try ScratchDirectory()
    let text = """
      地区,指标,计量单位,时间,数值
      甲,产值,万元,2024-01,1.0

      """
    let first = try dir.write("first.csv", text)
    let second = try dir.write("second.csv", text)
    let result = try ingest(first, second)
    #expect(result.summary.counts == [2, 1, 1, 2, 1, 0, 1])
    #expect(
      result.summary.rejectLines == [
        "\(second):2:5: duplicate of \(first):2:5 (same region, indicator, period and kind)"
      ])
  }

  /// The tolerance (PanelAssembler.checkCumulativeIdentity) is 1.5 × 10^−d for d decimals: three rounded
  /// terms each off by at most half a unit in the last place. One decimal: 0.15; two decimals: 0.015.
  @Test("上月止累计 + 本月 ≠ 本月止累计 beyond rounding is a notice naming the line; within rounding it is not")
  func cumulativeIdentity() throws {
    let dir = try ScratchDirectory()
    let path = try dir.write(
      "identity.csv",
      """
      地区,指标,计量单位,时间,本月,累计
      甲镇,税收收入,万元,2024年1-2月,10.1,10.1
      甲镇,税收收入,万元,2024年3月,5.1,15.3
      乙镇,税收收入,万元,2024年1-2月,10.1,10.1
      乙镇,税收收入,万元,2024年3月,5.1,15.4
      丙镇,税收收入,万元,2024年1-2月,10.10,10.10
      丙镇,税收收入,万元,2024年3月,5.11,15.22
      丁镇,税收收入,万元,2024年1-2月,10.10,10.10
      丁镇,税收收入,万元,2024年3月,5.11,15.23
      戊镇,营业收入,万元,2024年1月,3.0,3.5

      """)
    let result = try ingest(path)
    // 甲镇 10.1 + 5.1 = 15.2 vs 15.3: off by 0.1 ≤ 0.15, not reported; 乙镇 off by 0.2 > 0.15.
    // 丙镇 10.10 + 5.11 = 15.21 vs 15.22: 0.01 ≤ 0.015; 丁镇 0.02 > 0.015.
    // 戊镇 publishes January alone: 0 + 3.0 vs 3.5. 税收收入 skips January and February (1-2月 combined).
    #expect(result.summary.counts == [9, 9, 0, 18, 18, 0, 0])
    #expect(result.summary.rejects.isEmpty)
    #expect(
      result.summary.noticeLines == [
        "\(path):5:6: 上月止累计 + 本月 ≠ 本月止累计 for 乙镇 税收收入 2024-03: 10.1 + 5.1 = 15.2 but the cumulative value is 15.4",
        "\(path):9:6: 上月止累计 + 本月 ≠ 本月止累计 for 丁镇 税收收入 2024-03: 10.1 + 5.11 = 15.21 but the cumulative value is 15.23",
        "\(path):10:6: 上月止累计 + 本月 ≠ 本月止累计 for 戊镇 营业收入 2024-01: 0 + 3 = 3 but the cumulative value is 3.5",
      ])
    #expect(result.panel.indicators["税收收入"]?.january == .withFebruary)
    #expect(result.panel.indicators["税收收入"]?.publication == .both)
    #expect(result.panel.indicators["营业收入"]?.january == .alone)
  }

  @Test("万元 and 亿元 of one indicator convert exactly; 万吨 against 万元 is rejected with the reason")
  func unitConversion() throws {
    let dir = try ScratchDirectory()
    let path = try dir.write(
      "units.csv",
      """
      地区,指标,计量单位,时间,数值
      甲镇,固定资产投资,亿元,2024-01,1.25
      甲镇,固定资产投资,万元,2024-02,3500
      甲镇,固定资产投资,万吨,2024-03,7
      甲镇,税收收入,万元,2024-01,10000.5
      甲镇,税收收入,亿元,2024-02,1.2

      """)
    let result = try ingest(path)
    #expect(result.summary.counts == [5, 4, 1, 5, 4, 0, 1])
    #expect(
      result.summary.rejectLines == [
        "\(path):4:3: unit 万吨 cannot be converted to 亿元, the unit of 固定资产投资 elsewhere"
      ])
    let panel = result.panel
    #expect(panel.indicators["固定资产投资"]?.unit == .hundredMillionYuan)
    #expect(panel.indicators["税收收入"]?.unit == .tenThousandYuan)
    // 3500 万元 = 0.35 亿元; 1.2 亿元 = 12000 万元.
    #expect(panel.series(key("甲镇", "固定资产投资", .monthly)) == [1.25, 0.35])
    #expect(panel.series(key("甲镇", "税收收入", .monthly)) == [10000.5, 12000])
    // 0.3500 亿元 carries the four decimals of the conversion; 12000 万元 keeps the one of 10000.5.
    #expect(panel.decimals == [4, 1])
  }

  /// Each region repeats the indicator names and units of the one before, so the resolution of a name
  /// in a unit is reused: 3500 万元 and 4200 万元 of 固定资产投资 (in 亿元 since line 2) become 0.35 and
  /// 0.42 亿元, and 万吨 is refused for 乙镇 and again for 丙镇, with the same reason.
  @Test("a name and unit resolved once: the same conversion and the same refusal for every region")
  func repeatedResolutions() throws {
    let dir = try ScratchDirectory()
    let path = try dir.write(
      "regions.csv",
      """
      地区,指标,计量单位,时间,数值
      甲镇,固定资产投资,亿元,2024-01,1.25
      甲镇,税收收入,万元,2024-01,10
      乙镇,固定资产投资,万元,2024-01,3500
      乙镇,固定资产投资,万吨,2024-02,7
      丙镇,税收收入,万元,2024-01,20
      丙镇,固定资产投资,万元,2024-01,4200
      丙镇,固定资产投资,万吨,2024-02,8

      """)
    let result = try ingest(path)
    #expect(result.summary.counts == [7, 5, 2, 7, 5, 0, 2])
    let reason = "unit 万吨 cannot be converted to 亿元, the unit of 固定资产投资 elsewhere"
    #expect(result.summary.rejectLines == ["\(path):5:3: \(reason)", "\(path):8:3: \(reason)"])
    let panel = result.panel
    #expect(panel.series(key("乙镇", "固定资产投资", .monthly)).first == 0.35)
    #expect(panel.series(key("丙镇", "固定资产投资", .monthly)).first == 0.42)
    #expect(panel.series(key("丙镇", "税收收入", .monthly)).first == 20)
  }

  /// 0.07 亿元 is 700 万元 and 0.3 万元 is 0.00003 亿元 exactly; multiplying the double nearest 0.07 by
  /// 10⁴ gives 700.0000000000001, dividing the double nearest 0.3 by 10⁴ gives 2.9999999999999997e-05.
  @Test("亿元 to 万元 conversion gives the double nearest the decimal value, not a product of rounded doubles")
  func unitConversionIsDecimalExact() throws {
    let dir = try ScratchDirectory()
    let path = try dir.write(
      "exact.csv",
      """
      地区,指标,计量单位,时间,数值
      甲镇,税收收入,万元,2024-01,10
      甲镇,税收收入,亿元,2024-02,0.07
      甲镇,税收收入,亿元,2024-03,0.14
      甲镇,固定资产投资,亿元,2024-01,1
      甲镇,固定资产投资,万元,2024-02,0.3
      甲镇,固定资产投资,万元,2024-03,1.2e3

      """)
    let result = try ingest(path)
    #expect(result.summary.counts == [6, 6, 0, 6, 6, 0, 0])
    #expect(result.panel.series(key("甲镇", "税收收入", .monthly)) == [10, 700, 1400])
    #expect(result.panel.series(key("甲镇", "固定资产投资", .monthly)) == [1, 0.00003, 0.12])
  }

  @Test("a negative 税收收入 is rejected; a negative 利润总额 is accepted")
  func negativeValues() throws {
    let dir = try ScratchDirectory()
    let path = try dir.write(
      "negative.csv",
      """
      地区,指标,计量单位,时间,数值
      甲镇,税收收入,万元,2024-01,-5
      甲镇,利润总额,万元,2024-01,-3.2
      甲镇,税收收入,万元,2024-02,6

      """)
    let result = try ingest(path)
    #expect(result.summary.counts == [3, 2, 1, 3, 2, 0, 1])
    #expect(
      result.summary.rejectLines == [
        "\(path):2:5: negative value -5.0 for 税收收入, which cannot be negative (an indicator file can allow it)"
      ])
    let panel = result.panel
    #expect(panel.value(key("甲镇", "利润总额", .monthly), month(2024, 1)) == -3.2)
    #expect(panel.value(key("甲镇", "税收收入", .monthly), month(2024, 1))?.isNaN == true)
    #expect(panel.value(key("甲镇", "税收收入", .monthly), month(2024, 2)) == 6)
    #expect(panel.indicators["税收收入"]?.allowsNegative == false)
    #expect(panel.indicators["利润总额"]?.allowsNegative == true)
  }

  @Test("a period that would widen the table beyond the span limit is rejected; up to the limit it is kept")
  func periodOutsideSpan() throws {
    let dir = try ScratchDirectory()
    let path = try dir.write(
      "span.csv",
      """
      地区,指标,计量单位,时间,数值
      甲,产值,万元,2020-01,1
      甲,产值,万元,2021-12,2
      甲,产值,万元,2022-01,3
      乙,产值,万元,2019-12,4
      乙,产值,万元,2020-06,5

      """)
    var options = IngestOptions()
    options.maximumSpanMonths = 24
    let result = try ingest(path, options: options)
    // 2020-01…2021-12 is 24 months: kept. 2022-01 would make 25 (2022-01 − 2020-01 = 24 ≥ 24) and
    // 2019-12 likewise on the other side: both rejected; 2020-06 lies inside: kept.
    #expect(result.summary.counts == [5, 3, 2, 5, 3, 0, 2])
    #expect(
      result.summary.rejectLines == [
        "\(path):4:5: period 2022-01 is implausibly far from the other periods (2020-01 to 2021-12): "
          + "one table spans at most 2 years",
        "\(path):5:5: period 2019-12 is implausibly far from the other periods (2020-01 to 2021-12): "
          + "one table spans at most 2 years",
      ])
    #expect(result.panel.firstPeriod == month(2020, 1))
    #expect(result.panel.periodCount == 24)
    #expect(result.panel.value(key("乙", "产值", .monthly), month(2020, 6)) == 5)
  }

  @Test("a cell that is not a number is rejected with its text")
  func invalidNumber() throws {
    let dir = try ScratchDirectory()
    let path = try dir.write(
      "invalid.csv",
      """
      地区,指标,计量单位,时间,数值
      甲镇,税收收入,万元,2024-01,12a
      甲镇,税收收入,万元,2024-02,"1,234.5"

      """)
    let result = try ingest(path)
    #expect(result.summary.counts == [2, 1, 1, 2, 1, 0, 1])
    #expect(result.summary.rejectLines == ["\(path):2:5: value: not a number: '12a'"])
    #expect(result.panel.value(key("甲镇", "税收收入", .monthly), month(2024, 2)) == 1234.5)
  }
}
