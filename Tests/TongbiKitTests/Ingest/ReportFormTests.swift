import TestSupport
import Testing

@testable import TongbiKit

/// One-period report forms (快报, 月报): one row per indicator, the period stated above the table or in
/// its name, 上年同期 read as the comparable base and 增长(%) as the published rate.
@Suite("Ingest: one-period report forms")
struct ReportFormTests {
  // The township's sheet of the issue: a title naming the town and 2024年1-6月, a 单位：万元 line, a
  // region column written once per block. 1-本月 is the year-to-date value at 2024-06, 去年同期 (with a
  // 1-本月 column beside it) last year's year-to-date value, 增长% the published 累计 rate.
  static let township = """
    青山镇2024年1-6月主要经济指标完成情况
    单位：万元
    村（社区）,指标名称,本月,1-本月,去年同期,增长%,备注
    东村,税收收入,120.5,800.2,700.1,14.3,
    ,固定资产投资,300,1500,1400,7.1,
    西村,税收收入,80.1,500.3,520.4,-3.9,

    """

  @Test("a single header row: values, comparable base, published rate, unit and parent from the title")
  func singleHeader() throws {
    let scratch = try ScratchDirectory()
    let path = try scratch.write("township.csv", Self.township)
    let result = try ingest(path)
    let june = month(2024, 6)
    let panel = result.panel
    #expect(result.summary.counts == [3, 3, 0, 12, 12, 0, 0])
    #expect(panel.value(key("东村", "税收收入", .monthly), june) == 120.5)
    #expect(panel.value(key("东村", "税收收入", .cumulative), june) == 800.2)
    #expect(panel.value(key("东村", "税收收入上年同期", .cumulative), june) == 700.1)
    #expect(panel.value(key("东村", "税收收入同比增长", .cumulative), june) == 14.3)
    #expect(panel.value(key("东村", "固定资产投资", .cumulative), june) == 1500)
    #expect(panel.value(key("西村", "税收收入同比增长", .cumulative), june) == -3.9)
    #expect(panel.indicators["税收收入"]?.unit.symbol == "万元")
    #expect(panel.regions["东村"]?.parent == "青山镇")
    #expect(
      result.summary.noticeLines.contains(
        "\(path):3: one-period report form read as 2024-06 (the period from line 1)"))
    #expect(
      result.summary.noticeLines.contains(
        "\(path):3:7: column '备注' ignored (name its role with --column '备注=ROLE' to read it)"))
    // The published rate is the growth, and the base pairs with the level: never a level of its own.
    let pairs = PublishedRatePairs(panel: panel)
    #expect(pairs.rates["税收收入"]?.code == "税收收入同比增长")
    #expect(pairs.levels["税收收入上年同期"] == "税收收入")
  }

  // Two header rows, a merged 本月 over 本期 / 上年同月 and a merged 1-6月 over 本年累计 / 上年同期 /
  // 增长(%), saved as CSV (the merged cells' other cells blank). The month comes from the header (1-6月),
  // the year from the title. Outline numbering and 其中： leave the names; — is a missing value; the note
  // line below is rejected as a footer.
  @Test("a two-level header: forms from the upper row, the year from the title, outline numbers dropped")
  func twoLevelHeader() throws {
    let scratch = try ScratchDirectory()
    let path = try scratch.write(
      "kuaibao.csv",
      """
      2024年主要经济指标快报
      指标名称,计量单位,本月,,1-6月,,
      ,,本期,上年同月,本年累计,上年同期,增长(%)
      一、税收收入,万元,120.5,110,800.2,700.1,14.3
      其中：增值税,万元,60,50,400,350,14.3
      （二）工业技改投资,亿元,—,1,5,4,25.0
      注：增速按可比口径计算。

      """)
    var options = IngestOptions()
    options.defaultRegion = "青山镇"
    let result = try ingest(path, options: options)
    let june = month(2024, 6)
    let panel = result.panel
    #expect(result.summary.counts == [4, 3, 1, 15, 14, 1, 0])
    #expect(panel.value(key("青山镇", "税收收入", .monthly), june) == 120.5)
    #expect(panel.value(key("青山镇", "税收收入上年同期", .monthly), june) == 110)
    #expect(panel.value(key("青山镇", "税收收入上年同期", .cumulative), june) == 700.1)
    #expect(panel.value(key("青山镇", "增值税", .cumulative), june) == 400)
    #expect(panel.value(key("青山镇", "工业技改投资", .monthly), june)?.isNaN == true)
    #expect(panel.value(key("青山镇", "工业技改投资同比增长", .cumulative), june) == 25)
    #expect(result.summary.rejectLines == ["\(path):7: note or footer line, not data: '注：增速按可比口径计算。'"])
    #expect(
      result.summary.noticeLines.contains(
        "\(path):2: one-period report form read as 2024-06 (the period from the header)"))
  }

  // Nothing states the period: the error says where it was looked for; --form-period gives it.
  @Test("a form whose period is stated nowhere is refused, and read with --form-period")
  func periodStatedNowhere() throws {
    let scratch = try ScratchDirectory()
    let path = try scratch.write("form.csv", "指标名称,本月,上年同月,增长%\n税收收入,110,100,10.0\n")
    #expect(
      ingestError(path)
        == .malformed(
          SourcePosition(file: path, line: 1, column: 0),
          reason:
            "a one-period report form (本月, 1-本月, 上年同期, 增长(%)) whose period is stated nowhere: not in its "
            + "header, a title line (2024年1-6月), the sheet's or the file's name; give it with --form-period 2024-06"
        ))
    var options = IngestOptions()
    options.formPeriod = month(2024, 3)
    let result = try ingest(path, options: options)
    // No cumulative column and a month given: 上年同月 and 增长% are the month's.
    #expect(result.panel.value(key("", "税收收入上年同期", .monthly), month(2024, 3)) == 100)
    #expect(result.panel.value(key("", "税收收入同比增长", .monthly), month(2024, 3)) == 10)
  }

  // The period in the file's name (青山镇2024年1-6月.csv), and one region per block: a row naming a
  // region with no values heads the rows below it.
  @Test("the period from the file name; region blocks head the rows below them")
  func fileNameAndBlocks() throws {
    let scratch = try ScratchDirectory()
    let path = try scratch.write(
      "各村2024年1-6月.csv",
      "指标名称,1-本月,上年同期,增长%\n东村,,,\n税收收入,800.2,700.1,14.3\n西村,,,\n税收收入,500.3,520.4,-3.9\n")
    let result = try ingest(path)
    #expect(result.summary.counts == [4, 4, 0, 6, 6, 0, 0])
    #expect(result.panel.value(key("东村", "税收收入", .cumulative), month(2024, 6)) == 800.2)
    #expect(result.panel.value(key("西村", "税收收入上年同期", .cumulative), month(2024, 6)) == 520.4)
    #expect(
      result.summary.noticeLines.contains(
        "\(path):2:1: 2 row(s) naming a region without values read as the region of the rows below"))
  }

  @Test("title texts: period, region before it, unit")
  func titleTexts() {
    let title = TitleText("青山镇2024年1-6月主要经济指标完成情况")
    #expect(title.period == month(2024, 6))
    #expect(title.isCumulative)
    #expect(title.region == "青山镇")
    #expect(TitleText("单位：万元").unit == "万元")
    #expect(TitleText("（计量单位:亿元）").unit == "亿元")
    #expect(TitleText("2024年6月份快报").period == month(2024, 6))
    #expect(TitleText("2024年6月份快报").isCumulative == false)
    #expect(TitleText("月报202403").period == month(2024, 3))
    #expect(TitleText("2024年主要经济指标快报").period == nil)
    #expect(TitleText("2024年主要经济指标快报").year == 2024)
    #expect(TitleText("各村2024年1-6月").region == nil)
    #expect(TitleText("关于2024年上半年经济运行").region == nil)
  }

  @Test("outline numbering and 其中： are dropped from names")
  func outline() {
    #expect(ReportFormReader.outlineStripped("一、税收收入") == "税收收入")
    #expect(ReportFormReader.outlineStripped("（二）工业技改投资") == "工业技改投资")
    #expect(ReportFormReader.outlineStripped("1.增值税") == "增值税")
    #expect(ReportFormReader.outlineStripped("其中：增值税") == "增值税")
    #expect(ReportFormReader.outlineStripped("10、规上工业总产值") == "规上工业总产值")
    #expect(ReportFormReader.outlineStripped("5G基站数") == "5G基站数")
  }
}
