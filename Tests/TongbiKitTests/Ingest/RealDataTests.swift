import Testing

@testable import TongbiKit

/// Ingests of the committed and shared real files. Every count below was made on the file itself, with
/// the command given beside it, not taken from the program's output.
@Suite("Ingest: real files")
struct RealDataTests {
  static let townshipRegions = ["清溪镇", "清溪村", "东岭村", "南湾村", "西山村", "北塘社区", "清溪工业园区"]
  static let townshipIndicators = ["税收收入", "固定资产投资", "规上工业总产值", "工业技改投资"]

  /// `wc -l` gives 925 lines: the header and 924 = 7 regions × 4 indicators × 33 periods;
  /// `grep -c ',\*$'` gives the 4 redacted cells (lines 273, 659, 741, 742).
  @Test("township-monthly.csv: 28 cumulative series, 2022年1-2月 to 2024年1-12月, 4 redactions")
  func townshipLong() throws {
    let path = datasetPath("township/township-monthly.csv")
    let result = try ingest(path)
    #expect(result.summary.counts == [924, 924, 0, 924, 920, 4, 0])
    #expect(result.summary.rejects.isEmpty)
    // The town is the total of its villages (上级地区): where a village's cell is redacted (lines 273,
    // 659, 741) the town's value of that period (lines 9, 131, 81) cannot be checked against the sum.
    #expect(result.summary.noticeLines == Self.unchecked(path, lines: [9, 81, 131]))
    let panel = result.panel
    #expect(panel.seriesCount == 28)
    #expect(panel.regionOrder == Self.townshipRegions)
    #expect(panel.indicatorOrder == Self.townshipIndicators)
    #expect(panel.keys.allSatisfy { $0.form == .cumulative })
    #expect(panel.firstPeriod == month(2022, 2))
    #expect(panel.lastPeriod == month(2024, 12))
    #expect(panel.regions["清溪镇"]?.parent == nil)
    for region in Self.townshipRegions.dropFirst() {
      #expect(panel.regions[region]?.parent == "清溪镇", "\(region)")
    }
    #expect(panel.indicators["税收收入"]?.unit == .tenThousandYuan)
    #expect(panel.indicators["固定资产投资"]?.unit == .hundredMillionYuan)
    #expect(panel.indicators["规上工业总产值"]?.unit == .tenThousandYuan)
    #expect(panel.indicators["工业技改投资"]?.unit == .hundredMillionYuan)
    for code in Self.townshipIndicators {
      #expect(panel.indicators[code]?.january == .withFebruary, "\(code)")
      #expect(panel.indicators[code]?.publication == .cumulative, "\(code)")
    }
    // grep -n: line 2 清溪镇 税收收入 2022年1-2月 5477.4; line 34 2024年1-12月 36409.4;
    // line 512 南湾村 工业技改投资 2023年1-6月 0.00; line 886 清溪工业园区 规上工业总产值 2024年1-6月 250280.2.
    #expect(panel.value(key("清溪镇", "税收收入", .cumulative), month(2022, 2)) == 5477.4)
    #expect(panel.value(key("清溪镇", "税收收入", .cumulative), month(2024, 12)) == 36409.4)
    #expect(panel.value(key("南湾村", "工业技改投资", .cumulative), month(2023, 6)) == 0)
    #expect(panel.value(key("清溪工业园区", "规上工业总产值", .cumulative), month(2024, 6)) == 250280.2)
    #expect(panel.value(key("东岭村", "税收收入", .cumulative), month(2022, 9))?.isNaN == true)
    #expect(panel.value(key("西山村", "工业技改投资", .cumulative), month(2024, 10))?.isNaN == true)
    #expect(panel.value(key("北塘社区", "规上工业总产值", .cumulative), month(2023, 4))?.isNaN == true)
    #expect(panel.value(key("北塘社区", "规上工业总产值", .cumulative), month(2023, 5))?.isNaN == true)
    // No January rows: every January is empty.
    for year in 2022...2024 {
      for column in 0..<panel.seriesCount {
        #expect(panel.value(column: column, at: month(year, 1)).isNaN)
      }
    }
  }

  /// `wc -l` gives 31 lines: a title, the header, 28 rows of 3 keys + 33 periods, the footer 注：….
  @Test("township-wide.csv holds the same cells as the long file; its title and footer are reported")
  func townshipWide() throws {
    let path = datasetPath("township/township-wide.csv")
    let wide = try ingest(path)
    let long = try ingest(datasetPath("township/township-monthly.csv"))
    #expect(wide.summary.counts == [29, 28, 1, 924, 920, 4, 0])
    #expect(wide.summary.rejectLines == ["\(path):31: note or footer line, not data: '注：*为保密数据'"])
    // Without a 上级地区 column, the town (镇) ranks above its villages (村, 社区) and each of its 128
    // values published with all six villages' (4 indicators × 33 periods, less the 4 periods with a
    // redacted village) is their sum: the hierarchy is inferred. The same three totals as in the long
    // file stand unchecked, at the town's cells (row 3, columns 29, 6; row 5, column 23).
    #expect(
      wide.summary.noticeLines == [
        "\(path):1: title line above the header skipped: '清溪镇主要经济指标（本月止累计）'",
        "\(path):3:4: region hierarchy inferred: 清溪镇 is the total of the 6 other regions (清溪村, 东岭村, 南湾村, "
          + "西山村, 北塘社区 and 1 more): its values equal the sum of theirs in all 128 values published by all",
        "\(path):3:29: 清溪镇 税收收入 has a value where its parts 东岭村 have none: not checked",
        "\(path):5:23: 清溪镇 规上工业总产值 has a value where its parts 北塘社区 have none: not checked",
        "\(path):6:6: 清溪镇 工业技改投资 has a value where its parts 西山村 have none: not checked",
      ])
    #expect(wide.summary.files.map(\.headerLine) == [2])
    expectSamePanel(long.panel, wide.panel, comparingRegions: true)
    #expect(wide.panel.regions["东岭村"]?.parent == "清溪镇")
  }

  /// The notices of the town's totals that a redacted village leaves unchecked, at `lines` of `path`
  /// (the town's cells: column 6 of the long file).
  static func unchecked(_ path: String, lines: [Int]) -> [String] {
    let texts = [
      "税收收入 has a value where its parts 东岭村", "规上工业总产值 has a value where its parts 北塘社区",
      "工业技改投资 has a value where its parts 西山村",
    ]
    return zip(lines, texts).map { "\(path):\($0):6: 清溪镇 \($1) have none: not checked" }
  }

  /// `wc -l` gives 71 lines: the header and 70 periods, 4 values each, none empty
  /// (`awk -F, 'NR>1{for(i=2;i<=5;i++) if($i=="") n++} END{print n+0}'` prints 0).
  @Test("china-retail-sales (shared data): 4 series, 2012年1-2月 to 2018年5月, 1-2月 combined")
  func retail() throws {
    let path = try sharedDataPath("china-retail-sales-2012-2018.csv")
    let result = try ingest(path)
    #expect(result.summary.counts == [70, 70, 0, 280, 280, 0, 0])
    #expect(result.summary.rejects.isEmpty)
    #expect(result.summary.files.map(\.layout) == ["time-series"])
    let panel = result.panel
    #expect(
      panel.indicatorOrder == [
        "社会消费品零售总额", "社会消费品零售总额同比增长", "限额以上单位消费品零售额", "限额以上单位消费品零售额同比增长",
      ])
    #expect(panel.firstPeriod == month(2012, 2))
    #expect(panel.lastPeriod == month(2018, 5))
    #expect(panel.indicators["社会消费品零售总额"]?.unit == .hundredMillionYuan)
    #expect(panel.indicators["社会消费品零售总额同比增长"]?.unit == .percent)
    #expect(panel.indicators["社会消费品零售总额"]?.january == .withFebruary)
    // Lines 2 and 3: 2012年1-2月,33668.6,14.7,15238.3,14.9 and 2012年3月,15650.2,15.2,7686.0,16.9.
    #expect(panel.value(key("", "社会消费品零售总额", .monthly), month(2012, 2)) == 33668.6)
    #expect(panel.value(key("", "限额以上单位消费品零售额同比增长", .monthly), month(2012, 2)) == 14.9)
    #expect(panel.value(key("", "社会消费品零售总额", .monthly), month(2012, 3)) == 15650.2)
    #expect(panel.value(key("", "限额以上单位消费品零售额", .monthly), month(2012, 3)) == 7686.0)
  }

  /// The file has CRLF line ends; the awk commands read it through `tr -d '\r'`.
  /// Lines (`wc -l` 88): 2 titles, the header (34 cells: 指标, 21 periods, 12 empty), 84 indicator rows,
  /// the footer on line 88. Cells: 84 × 21 = 1764 under periods, plus those beyond 2018年6月:
  /// `awk -F, 'NR>=4 && NR<=87 {for(i=23;i<=34;i++) if($i!="") {n++; print NR}}'` gives 11 on line 4
  /// (column 26 is empty) and 12 on line 5: 23, all rejected. Empty cells under periods:
  /// `awk -F, 'NR>=4 && NR<=87 {for(i=2;i<=22;i++) if($i=="") n++} END{print n}'` gives 84 (the two 2月
  /// columns of the 42 同比 rows).
  @Test("NBS export (shared data): 84 series; the footer and 23 cells beyond the last period are rejected")
  func nbsExport() throws {
    let path = try sharedDataPath("nbs-export-industrial-value-added-growth.csv")
    let result = try ingest(path)
    let summary = result.summary
    #expect(summary.counts == [85, 84, 1, 1787, 1680, 84, 23])
    var expected: [String] = []
    for column in 23...34 where column != 26 {
      expected.append("\(path):4:\(column): value under a column without a period header")
    }
    for column in 23...34 {
      expected.append("\(path):5:\(column): value under a column without a period header")
    }
    expected.append("\(path):88: note or footer line, not data: '数据来源：国家统计局'")
    #expect(summary.rejectLines == expected)
    #expect(
      summary.noticeLines == [
        "\(path):1: title line above the header skipped: '数据库：月度数据'",
        "\(path):2: title line above the header skipped: '时间：最近13个月'",
      ])
    #expect(summary.files.map(\.headerLine) == [3])
    let panel = result.panel
    #expect(panel.seriesCount == 84)
    #expect(panel.firstPeriod == month(2018, 6))
    #expect(panel.lastPeriod == month(2020, 4))
    #expect(panel.indicators.values.allSatisfy { $0.unit == .percent && $0.kind == .rate })
    #expect(panel.indicators.values.filter { $0.publication == .cumulative }.count == 42)
    // Line 4: 工业增加值同比增长(%),3.9,-1.1,,6.9,…; line 5: 工业增加值累计增长(%),-4.9,-8.4,-13.5,….
    #expect(panel.value(key("", "工业增加值同比增长", .monthly), month(2020, 4)) == 3.9)
    #expect(panel.value(key("", "工业增加值同比增长", .monthly), month(2020, 2))?.isNaN == true)
    #expect(panel.value(key("", "工业增加值累计增长", .cumulative), month(2020, 2)) == -13.5)
    #expect(panel.value(key("", "工业增加值累计增长", .cumulative), month(2018, 6)) == 6.7)
  }

  /// The file has CRLF line ends; the awk commands read it through `tr -d '\r'`.
  /// Lines (`wc -l` 124): the header 指标, metadata 地区/频度/单位 (lines 2-4), 120 months 2010-05 to
  /// 2020-04. Column 14 (第二产业增加值_累计) has 频度 季:
  /// `awk -F, 'NR>4 && $14!=""' | wc -l` gives its 40 values, all rejected. The other 13 columns:
  /// `awk -F, 'NR>4 {for(i=2;i<=15;i++) if(i!=14 && $i=="") n++} END{print n}'` gives 258 empty cells;
  /// 120 × 13 − 258 = 1302 values.
  @Test("CEI export (shared data): 13 monthly series; the quarterly column is reported and skipped")
  func ceiExport() throws {
    let path = try sharedDataPath("cei-export-industrial-output-monthly.csv")
    let result = try ingest(path)
    let summary = result.summary
    #expect(summary.counts == [120, 120, 0, 1600, 1302, 258, 40])
    let skipped = "column '第二产业增加值_累计' has frequency 季, not monthly: skipped"
    #expect(summary.rejects.count == 40)
    #expect(summary.rejects.allSatisfy { $0.reason == skipped && $0.position.column == 14 })
    #expect(summary.rejectLines.first == "\(path):6:14: \(skipped)")
    #expect(summary.noticeLines.last == "\(path):1:14: \(skipped)")
    let panel = result.panel
    #expect(panel.seriesCount == 13)
    #expect(panel.regionOrder == ["全国"])
    #expect(panel.firstPeriod == month(2010, 5))
    #expect(panel.lastPeriod == month(2020, 4))
    #expect(panel.column(of: key("全国", "第二产业增加值", .cumulative)) == nil)
    let units: [(String, String)] = [
      ("规模以上工业企业出口交货值", "亿元"), ("原油产量", "万吨"), ("天然气产量", "亿立方米"), ("客运量", "万人"),
      ("居民人均可支配收入", "元/人"), ("规模以上工业企业利润总额", "亿元"), ("规模以上工业增加值同比实际增速", "%"),
    ]
    for (code, symbol) in units {
      #expect(panel.indicators[code]?.unit.symbol == symbol, "\(code)")
    }
    #expect(panel.indicators["规模以上工业企业利润总额"]?.publication == .cumulative)
    #expect(panel.indicators["规模以上工业增加值同比实际增速"]?.kind == .rate)
    // Line 5: 2010-05,7628.42,1715.3,…; line 124: 2020-04,9790.3,1587.47,…,3.9.
    #expect(panel.value(key("全国", "规模以上工业企业出口交货值", .monthly), month(2010, 5)) == 7628.42)
    #expect(panel.value(key("全国", "原油产量", .monthly), month(2020, 4)) == 1587.47)
    #expect(panel.value(key("全国", "规模以上工业增加值同比实际增速", .monthly), month(2020, 4)) == 3.9)
  }

  /// 42,224 data rows (`wc -l` 42225 with the header), 88 series
  /// (`awk -F, 'NR>1{print $1}' | sort -u | wc -l`), dates from 1749-01-01 to 2013-09-01.
  /// `awk -F, 'NR>1{v=$3; gsub(/"/,"",v); if (v=="NA") na++; else if (v+0<0) neg++} END{print na, neg}'`
  /// prints 156 6868: 156 NA cells are missing; 6868 negative values (returns, differences such as
  /// AER::USStocksSW.returns and lmtest::fyff.dy) are rejected, since a series without an indicator
  /// file is inferred to be a flow, which cannot be negative.
  @Test("r-datasets-monthly (shared data): 88 series, 1749-01 to 2013-09, NA missing, negatives kept")
  func rDatasets() throws {
    let path = try sharedDataPath("monthly-series/r-datasets-monthly.csv")
    let result = try ingest(path)
    let summary = result.summary
    // Series names the inference does not know may be negative (returns, differences): 6,868 rows
    // hold negative values (`awk -F, 'NR>1 && $3+0<0' | wc -l`), all kept.
    #expect(summary.counts == [42224, 42224, 0, 42224, 42068, 156, 0])
    #expect(summary.rejects.isEmpty)
    let panel = result.panel
    #expect(panel.seriesCount == 88)
    #expect(panel.firstPeriod == month(1749, 1))
    #expect(panel.lastPeriod == month(2013, 9))
    #expect(panel.value(key("", "datasets::AirPassengers", .monthly), month(1949, 1)) == 112)
    #expect(panel.value(key("", "datasets::AirPassengers", .monthly), month(1949, 2)) == 118)
    // Line 14952: "AER::USStocksSW.returns","1931-03-01",-6.8408
    #expect(panel.value(key("", "AER::USStocksSW.returns", .monthly), month(1931, 3)) == -6.8408)
  }

  /// 44,892 data rows of 617 series (`awk -F, 'NR>1{print $1}' | sort -u | wc -l`). 849 rows of 15
  /// series have a year below 1000 (unknown start):
  /// `awk -F, 'NR>1{gsub(/"/,""); split($2,a,"-"); if (a[1]<1000) n++} END{print n}'` prints 849; the
  /// other dates span 1957-06 to 1989-07.
  @Test("m1-monthly-train (shared data): 602 series; 849 rows with years below 1000 rejected")
  func m1Train() throws {
    let path = try sharedDataPath("monthly-series/m1-monthly-train.csv")
    let result = try ingest(path)
    let summary = result.summary
    #expect(summary.counts == [44892, 44043, 849, 44043, 44043, 0, 0])
    #expect(summary.rejects.count == 849)
    #expect(summary.rejects.allSatisfy { $0.reason.hasPrefix("period: year ") && $0.position.column == 2 })
    #expect(
      summary.rejectLines.first == "\(path):4304:2: period: year 1 is not a calendar year (unknown start?)")
    let panel = result.panel
    #expect(panel.seriesCount == 602)
    #expect(panel.firstPeriod == month(1957, 6))
    #expect(panel.lastPeriod == month(1989, 7))
    // Line 2: "MRF1","1975-12-01",697458.
    #expect(panel.value(key("", "MRF1", .monthly), month(1975, 12)) == 697458)
  }
}
