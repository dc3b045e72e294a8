import Foundation
import TestSupport
import Testing

@testable import TongbiCommands

/// Options that do not go together are usage errors (exit 64) naming the option, before any work;
/// `--columns` chooses the growth table's columns; `report --total` makes a region the total.
@Suite("Commands: option combinations, --columns, report --total")
struct UsageErrorTests {
  static let township = "Datasets/township/township-monthly.csv"
  static let retail = "Datasets/public/china-retail-sales-2012-2018.csv"

  @Test(
    "an unsupported combination exits 64 with the option named",
    arguments: [
      (["report", township, "--excel", "--format", "md"], "Error: --excel applies to --format csv"),
      (["report", township, "--templates", "/tmp", "--format", "json"], "Error: --templates applies to"),
      (
        ["growth", retail, "--lang", "zh", "--format", "csv"],
        "Error: --lang applies to --format table and md"
      ),
      (["growth", retail, "--compare-published", "--unit", "亿元"], "Error: --compare-published shows"),
      (["growth", retail, "--columns", " , "], "Error: --columns ' , ': expected column keys"),
      (
        ["growth", retail, "--columns", "region,growth_pct"], "Error: --columns: unknown column 'growth_pct'"
      ),
      (
        ["growth", retail, "--columns", "region,rank"],
        "Error: --columns: unknown column 'rank'; the table has"
      ),
    ])
  func usage(arguments: [String], message: String) throws {
    let run = try BuiltTongbi.run(arguments)
    #expect(run.status == 64, "\(arguments): \(run.errorText)")
    #expect(run.errorText.hasPrefix(message), "\(run.errorText)")
    #expect(run.outputText.isEmpty)
  }

  // 清溪镇 税收收入 2024-06: 当月 3098.5, 累计 18927.2, 累计同比 (18927.2 / 17404.4 − 1) × 100 = 8.7495…;
  // ranks need --rank-by: the town has no parent, so its rank is empty.
  @Test("--columns writes those columns in that order")
  func columns() throws {
    let run = try BuiltTongbi.run([
      "growth", Self.township, "--indicators", "Datasets/township/indicators.csv", "--period", "2024-06",
      "--indicator", "tax", "--region", "清溪镇", "--rank-by", "growth", "--format", "csv", "--columns",
      "cumulative_yoy_pct,region,rank,monthly",
    ])
    #expect(run.status == 0, "\(run.errorText)")
    #expect(run.outputText == "cumulative_yoy_pct,region,rank,monthly\n8.74951161775183,清溪镇,,3098.5\n")
  }

  // Regions 甲镇 and 乙镇 with 本县 their total and no 上级地区 column, 税收收入 1-6月 (万元):
  // 甲 110 / 100 − 1 = 10.0%, 乙 230 / 200 − 1 = 15.0%, 本县 340 / 300 − 1 = 13.333…% → 13.3;
  // 甲 is 2nd of the two, 10.0 − 13.3 = −3.3 points below the county. Written 全县, a total row's word,
  // the row is the total without --total; with 本县's 2024 value 341.0 (not 110.0 + 230.0) no hierarchy
  // is inferred and the report states no rank.
  @Test("report --total makes the region the others' parent: ranks and the gap to it are stated")
  func reportTotal() throws {
    let scratch = try ScratchDirectory()
    let table = """
      地区,指标,计量单位,期别,本月止累计
      甲镇,税收收入,万元,2023年1-6月,100.0
      甲镇,税收收入,万元,2024年1-6月,110.0
      乙镇,税收收入,万元,2023年1-6月,200.0
      乙镇,税收收入,万元,2024年1-6月,230.0
      本县,税收收入,万元,2023年1-6月,300.0
      本县,税收收入,万元,2024年1-6月,340.0

      """
    let path = try scratch.write("total.csv", table)
    let ranked = "1-6月份完成税收收入110.0万元，同比增长10.0%，低于全县平均3.3个百分点，增速列全县第2位。"
    let with = try BuiltTongbi.run(["report", path, "--total", "本县", "--region", "甲镇"])
    #expect(with.status == 0, "\(with.errorText)")
    #expect(with.outputText.contains(ranked))
    // Without --total, 本县 ranks above the towns (县 above 镇) and is their sum: inferred their parent.
    let inferred = try BuiltTongbi.run(["report", path, "--region", "甲镇"])
    #expect(inferred.outputText.contains(ranked))
    let apart = try scratch.write(
      "apart.csv",
      table.replacingOccurrences(of: "本县,税收收入,万元,2024年1-6月,340.0", with: "本县,税收收入,万元,2024年1-6月,341.0"))
    let without = try BuiltTongbi.run(["report", apart, "--region", "甲镇"])
    #expect(without.outputText.contains("1-6月份完成税收收入110.0万元，同比增长10.0%。"))
    let unknown = try BuiltTongbi.run(["report", path, "--total", "全市"])
    #expect(unknown.status == 1)
    #expect(unknown.errorText.hasPrefix("Error: unknown region '全市'"))
    let word = try scratch.write("word.csv", table.replacingOccurrences(of: "本县", with: "全县"))
    let totalRow = try BuiltTongbi.run(["report", word, "--region", "甲镇"])
    #expect(totalRow.status == 0, "\(totalRow.errorText)")
    #expect(totalRow.outputText.contains(ranked))
  }
}
