import TestSupport
import Testing

@testable import TongbiKit

@Suite("Ingest: indicator file")
struct IndicatorFileTests {
  @Test("an indicator file in memory reads as the file would, errors positioned under its name")
  func readBytes() throws {
    let text = "代码,指标名称,类型,计量单位\njobless,城镇调查失业率,rate,%\ndeposits,各项存款余额,存量,亿元\n"
    let declared = try Array(text.utf8).withUnsafeBytes {
      try IndicatorFileReader.read(bytes: $0, name: "i.csv")
    }
    #expect(declared.map(\.code) == ["jobless", "deposits"])
    #expect(declared.map(\.kind) == [.rate, .stock])
    #expect(declared.map(\.unit) == [.percent, .hundredMillionYuan])
    let bad = "code,name,kind\ntax,税收收入,flows\n"
    #expect(
      throws: IngestError.malformed(
        SourcePosition(file: "b.csv", line: 2, column: 3),
        reason: "kind 'flows': expected flow, stock, rate, index or average")
    ) {
      try Array(bad.utf8).withUnsafeBytes { try IndicatorFileReader.read(bytes: $0, name: "b.csv") }
    }
  }

  @Test("Datasets/township/indicators.csv sets codes, English names, kinds, parents and report order")
  func townshipIndicators() throws {
    let declared = try IndicatorFileReader.read(path: datasetPath("township/indicators.csv"))
    #expect(declared.map(\.code) == ["tax", "fai", "industrial_output", "tech_renovation"])
    var options = IngestOptions()
    options.catalog = IndicatorCatalog(declared: declared)
    let result = try ingest(datasetPath("township/township-monthly.csv"), options: options)
    #expect(result.summary.counts == [924, 924, 0, 924, 920, 4, 0])
    let panel = result.panel
    #expect(panel.indicatorOrder == ["tax", "fai", "industrial_output", "tech_renovation"])
    #expect(Set(panel.keys.map(\.indicator)) == ["tax", "fai", "industrial_output", "tech_renovation"])
    #expect(panel.keys.first == key("清溪镇", "tax", .cumulative))
    // Line 2 of township-monthly.csv: 清溪镇,,税收收入,万元,2022年1-2月,5477.4
    #expect(panel.value(key("清溪镇", "tax", .cumulative), month(2022, 2)) == 5477.4)
    let expected: [(String, String, String, Unit, String?)] = [
      ("tax", "税收收入", "tax revenue", .tenThousandYuan, nil),
      ("fai", "固定资产投资", "fixed-asset investment", .hundredMillionYuan, nil),
      ("industrial_output", "规上工业总产值", "above-designated-size industrial output", .tenThousandYuan, nil),
      ("tech_renovation", "工业技改投资", "industrial technical-renovation investment", .hundredMillionYuan, "fai"),
    ]
    for (code, zh, en, unit, parent) in expected {
      let indicator = try #require(panel.indicators[code], "\(code)")
      #expect(indicator.nameZh == zh)
      #expect(indicator.nameEn == en)
      #expect(indicator.unit == unit)
      #expect(indicator.kind == .flow)
      #expect(indicator.publication == .cumulative)
      #expect(indicator.january == .withFebruary)
      #expect(indicator.parent == parent)
      #expect(indicator.direction == .higherIsBetter)
      #expect(indicator.allowsNegative == false)
    }
  }

  @Test(
    "the indicator file's order wins over the data's, its kind over inference, and it can allow negatives")
  func orderKindAndNegatives() throws {
    let dir = try ScratchDirectory()
    let indicators = try dir.write(
      "indicators.csv",
      """
      code,name,name_en,unit,kind,negative,direction
      loans,贷款余额,loan balance,亿元,stock,no,higher
      tax,税收收入,tax revenue,万元,flow,yes,lower

      """)
    let data = try dir.write(
      "data.csv",
      """
      地区,指标,计量单位,时间,数值
      甲镇,税收收入,万元,2024-01,-5
      甲镇,贷款余额,亿元,2024-01,80.5
      甲镇,新指标,万元,2024-01,1

      """)
    var options = IngestOptions()
    options.catalog = IndicatorCatalog(declared: try IndicatorFileReader.read(path: indicators))
    let result = try ingest(data, options: options)
    #expect(result.summary.counts == [3, 3, 0, 3, 3, 0, 0])
    let panel = result.panel
    #expect(panel.indicatorOrder == ["loans", "tax", "新指标"])
    #expect(panel.value(key("甲镇", "tax", .monthly), month(2024, 1)) == -5)
    #expect(panel.indicators["loans"]?.kind == .stock)
    #expect(panel.indicators["loans"]?.nameEn == "loan balance")
    #expect(panel.indicators["tax"]?.direction == .lowerIsBetter)
    #expect(panel.indicators["tax"]?.allowsNegative == true)
  }

  @Test("an indicator file without a unit takes the unit of the data instead of rejecting every value")
  func indicatorWithoutUnit() throws {
    let dir = try ScratchDirectory()
    let indicators = try dir.write(
      "indicators.csv",
      """
      代码,指标名称
      tax,税收收入

      """)
    let data = try dir.write(
      "data.csv",
      """
      地区,指标,计量单位,时间,数值
      甲镇,税收收入,万元,2024-01,10.5
      甲镇,税收收入,亿元,2024-02,0.5

      """)
    var options = IngestOptions()
    options.catalog = IndicatorCatalog(declared: try IndicatorFileReader.read(path: indicators))
    let result = try ingest(data, options: options)
    #expect(result.summary.counts == [2, 2, 0, 2, 2, 0, 0])
    #expect(result.summary.rejects.isEmpty)
    #expect(result.panel.indicators["tax"]?.unit == .tenThousandYuan)
    #expect(result.panel.series(key("甲镇", "tax", .monthly)) == [10.5, 5000])
  }

  @Test("an indicator file with an unknown kind stops with file:line:column")
  func badKind() throws {
    let dir = try ScratchDirectory()
    let path = try dir.write(
      "bad.csv",
      """
      代码,指标名称,类型
      tax,税收收入,flux

      """)
    #expect(
      throws: IngestError.malformed(
        SourcePosition(file: path, line: 2, column: 3),
        reason: "kind 'flux': expected flow, stock, rate, index or average")
    ) {
      try IndicatorFileReader.read(path: path)
    }
  }

  @Test("a code or a name given twice stops at the second, naming the line of the first")
  func repeated() throws {
    let dir = try ScratchDirectory()
    let codes = try dir.write("codes.csv", "代码,指标名称\ntax,税收收入\nfai,固定资产投资\ntax,税收\n")
    #expect(
      throws: IngestError.malformed(
        SourcePosition(file: codes, line: 4, column: 1), reason: "repeats the indicator 'tax' given on line 2"
      )
    ) {
      try IndicatorFileReader.read(path: codes)
    }
    let names = try dir.write("names.csv", "代码,指标名称\ntax,税收收入\ntax2,税收收入\n")
    #expect(
      throws: IngestError.malformed(
        SourcePosition(file: names, line: 3, column: 2),
        reason: "repeats the indicator '税收收入' given on line 2")
    ) {
      try IndicatorFileReader.read(path: names)
    }
  }
}
