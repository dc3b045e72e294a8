import TestSupport
import Testing

@testable import TongbiKit

/// Total rows (合计, 全镇), the inferred hierarchy, the check of totals against their parts and regions
/// seen in one period only.
@Suite("Ingest: totals and the region hierarchy")
struct RegionTotalsTests {
  // The title names 青山镇, so 合计 is 青山镇, the parent of the villages. 税收收入 1-6月: 800.2 + 500.3 +
  // 100.0 = 1400.5 as published; 上年同期 700.1 + 520.4 + 90.0 = 1310.5, published 1320.5: a gap of 10.0
  // beyond the rounding ±0.2 (4 values × 0.05), and no single part accounts for it.
  @Test("合计 is the title's region, the parent of the rows above; its gap to their sum is noticed")
  func totalRow() throws {
    let scratch = try ScratchDirectory()
    let path = try scratch.write(
      "total.csv",
      """
      青山镇2024年1-6月各村主要经济指标
      单位：万元
      村（社区）,指标名称,1-本月,去年同期
      东村,税收收入,800.2,700.1
      西村,税收收入,500.3,520.4
      南村,税收收入,100.0,90.0
      合计,税收收入,1400.5,1320.5

      """)
    let result = try ingest(path)
    #expect(result.panel.regionOrder == ["东村", "西村", "南村", "青山镇"])
    #expect(result.panel.regions["南村"]?.parent == "青山镇")
    #expect(result.panel.regions["青山镇"]?.parent == nil)
    #expect(result.panel.value(key("青山镇", "税收收入", .cumulative), month(2024, 6)) == 1400.5)
    #expect(
      Array(result.summary.noticeLines.suffix(2)) == [
        "\(path):7:3: total row '合计' read as 青山镇: the total of 3 region(s) (东村, 西村, 南村)",
        "\(path):7:4: 青山镇 is not the sum of its 3 parts: 税收收入上年同期 2024-06 cumulative 1320.5 against the "
          + "parts' sum 1310.5 (beyond rounding ±0.2)",
      ])
  }

  // No parent column: 青山镇 (镇) ranks above 东村 and 西村 (村). In May its 1100.0 is 700.0 + 400.0, in
  // June 1300.5 = 800.2 + 500.3: inferred. With 北村 1.0 in May, the sum is 1101.0, and without 北村 the
  // parts add up: no hierarchy, and the notice says so. 北村 is also a region of one month among three.
  @Test("a title naming the table's only region makes no total row of it")
  func titleOfTheOnlyRegion() throws {
    let scratch = try ScratchDirectory()
    let path = try scratch.write(
      "one.csv", "青山镇2024年税收\n地区,指标,时间,数值\n青山镇,税收收入,2024-01,100\n青山镇,税收收入,2024-02,110\n")
    let result = try ingest(path)
    #expect(result.summary.noticeLines == ["\(path):1: title line above the header read: '青山镇2024年税收'"])
    #expect(result.panel.value(key("青山镇", "税收收入", .monthly), month(2024, 2)) == 110)
  }

  @Test("the hierarchy is inferred from administrative words and sums, or refused with the gap")
  func inferred() throws {
    let scratch = try ScratchDirectory()
    let rows = """
      地区,指标,计量单位,期别,本月止累计
      东村,税收收入,万元,2024年1-4月,600.0
      西村,税收收入,万元,2024年1-4月,300.0
      青山镇,税收收入,万元,2024年1-4月,900.0
      东村,税收收入,万元,2024年1-5月,700.0
      西村,税收收入,万元,2024年1-5月,400.0
      青山镇,税收收入,万元,2024年1-5月,1100.0
      东村,税收收入,万元,2024年1-6月,800.2
      西村,税收收入,万元,2024年1-6月,500.3
      青山镇,税收收入,万元,2024年1-6月,1300.5

      """
    let goodPath = try scratch.write("good.csv", rows)
    let good = try ingest(goodPath)
    #expect(good.panel.regions["东村"]?.parent == "青山镇")
    #expect(
      good.summary.noticeLines == [
        "\(goodPath):4:5: region hierarchy inferred: 青山镇 is the total of the 2 other regions "
          + "(东村, 西村): its values equal the sum of theirs in all 3 values published by all"
      ])
    let badPath = try scratch.write("bad.csv", rows + "北村,税收收入,万元,2024年1-5月,1.0\n")
    let bad = try ingest(badPath)
    #expect(bad.panel.regions["东村"]?.parent == nil)
    #expect(
      bad.summary.noticeLines == [
        "\(badPath):4:5: no region hierarchy inferred: 青山镇 is not the sum of the 3 other regions in 1 of "
          + "1 values (the first: 税收收入 2024-05 cumulative 1100 against the parts' sum 1101 (beyond rounding ±0.2); "
          + "without 北村 the parts add up (is it a part?))",
        "\(badPath):11:5: region '北村' appears in 2024-05 only, others over up to 3 months: "
          + "a misspelling of 东村?",
      ])
  }

  // 甲 spans 2024-01 to 2024-03; 乙1 … 乙11, eleven regions of 2024-03 alone, are more than the ten
  // noticed one by one: one notice counts them and points at the first (line 5).
  @Test("more than ten regions of one month get one notice")
  func manyLoneRegions() throws {
    let scratch = try ScratchDirectory()
    let rows =
      ["地区,指标,期别,数值", "甲,税收,2024-01,1", "甲,税收,2024-02,1", "甲,税收,2024-03,1"]
      + (1...11).map { "乙\($0),税收,2024-03,1" }
    let path = try scratch.write("lone.csv", rows.joined(separator: "\n") + "\n")
    let result = try ingest(path)
    #expect(
      result.summary.noticeLines == [
        "\(path):5:4: 11 regions appear in one month only, others over up to 3 months, the first '乙1' here: "
          + "misspellings?"
      ])
  }

  @Test("one edit apart")
  func oneEdit() {
    #expect(LoneRegions.isOneEditApart("东村", "东材"))
    #expect(LoneRegions.isOneEditApart("东岭村", "东村"))
    #expect(!LoneRegions.isOneEditApart("东岭村", "西山村"))
    #expect(!LoneRegions.isOneEditApart("东村", "东村"))
  }

  @Test("administrative ranks")
  func ranks() {
    #expect(AdministrativeWord.of("浙江省")?.level == 4)
    #expect(AdministrativeWord.of("青山县")?.level == 2)
    #expect(AdministrativeWord.of("经济开发区")?.level == 0)
    #expect(AdministrativeWord.of("东城街道")?.level == 1)
    #expect(AdministrativeWord.of("北塘社区")?.level == 0)
    #expect(AdministrativeWord.of("Springfield")?.level == nil)
  }
}
