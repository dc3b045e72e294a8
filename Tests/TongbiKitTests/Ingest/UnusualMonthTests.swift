import TestSupport
import Testing

@testable import TongbiKit

@Suite("Ingest: months far from their series' usual level")
struct UnusualMonthTests {
  /// 甲: 1000 + 50·m in month m, December eight times that both years, May 2024 typed 12345. 乙: 100 a
  /// month through 2023, 1000 from 2024 on. 丙: 500 every month but July 2023, typed 49.8.
  static func table() -> String {
    var lines = ["地区,指标,时间,数值"]
    for year in [2023, 2024] {
      for month in 1...12 {
        var jia = Double(1000 + 50 * month)
        if month == 12 { jia *= 8 }
        if year == 2024 && month == 5 { jia = 12345 }
        let period = "\(year)-\(month < 10 ? "0" : "")\(month)"
        lines.append("甲,税收收入,\(period),\(jia)")
        lines.append("乙,税收收入,\(period),\(year == 2023 ? 100 : 1000)")
        lines.append("丙,税收收入,\(period),\(year == 2023 && month == 7 ? 49.8 : 500)")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  // 甲 2024-05 (line 2 + 3·16 = 50): the months within six of it but itself are 1050 … 1550 (January to
  // November 2024 but May, and November 2023) and December 2023's 12800; their median is
  // (1350 + 1400) / 2 = 1375, and 12345 / 1375 = 8.98, written 9. The Decembers recur (12800 both
  // years): seasonal. 乙's change of level lasts: not a spike. 丙 2023-07 (line 2 + 3·6 + 2 = 22): 500 /
  // 49.8 = 10.04, written 1/10.
  @Test(
    "a spike is noticed at its cell with the median around it; seasonal peaks and lasting changes are not")
  func spikes() throws {
    let scratch = try ScratchDirectory()
    let path = try scratch.write("unusual.csv", Self.table())
    let result = try ingest(path)
    #expect(
      result.summary.noticeLines == [
        "\(path):50:4: 税收收入 of 甲, 2024-05: 12345 is 9 times the months around it (their median 1375): a "
          + "mistyped figure?",
        "\(path):22:4: 税收收入 of 丙, 2023-07: 49.8 is 1/10 of the months around it (their median 500): a "
          + "mistyped figure?",
      ])
    #expect(result.summary.rowsRejected == 0)
    #expect(result.panel.value(key("甲", "税收收入", .monthly), month(2024, 5)) == 12345)
  }

  // 丁's rainfall swings 14, 26, 14, … by steps of 12; October 2023's 2 is 1/10 of the median 20 and
  // far from both neighbours, but only 18 from it: less than 8 typical steps (96).
  @Test("rates, cumulative values, series of fewer than eight values and small swings are not judged")
  func notJudged() throws {
    let scratch = try ScratchDirectory()
    var rates = ["地区,指标,时间,数值"]
    var cumulative = ["地区,指标,时间,本月止累计"]
    for month in 1...12 {
      let period = "2024-\(month < 10 ? "0" : "")\(month)"
      rates.append("甲,工业增加值增速,\(period),\(month == 6 ? 60.0 : 5.0)")
      cumulative.append("甲,税收收入,\(period),\(month == 6 ? 60_000 : 1000 * month)")
    }
    for month in 1...7 { rates.append("乙,税收收入,2024-0\(month),\(month == 4 ? 9000 : 100)") }
    for index in 0..<24 {
      let rain = index == 9 ? 2 : index % 2 == 0 ? 14 : 26
      rates.append("丁,降水量,\(2023 + index / 12)-\(index % 12 < 9 ? "0" : "")\(index % 12 + 1),\(rain)")
    }
    let result = try ingest(
      try scratch.write("rates.csv", rates.joined(separator: "\n") + "\n"),
      try scratch.write("cumulative.csv", cumulative.joined(separator: "\n") + "\n"))
    #expect(result.panel.indicators["工业增加值增速"]?.kind == .rate)
    #expect(result.panel.value(key("甲", "税收收入", .cumulative), month(2024, 6)) == 60_000)
    #expect(result.summary.noticeLines.filter { $0.contains("mistyped") }.isEmpty)
  }

  @Test("more than ten unusual months: ten noticed one by one, then one notice for the rest")
  func manyMonths() throws {
    let scratch = try ScratchDirectory()
    var lines = ["地区,指标,时间,数值"]
    for region in 1...12 {
      for month in 1...12 {
        lines.append("村\(region),税收收入,2024-\(month < 10 ? "0" : "")\(month),\(month == 6 ? 9000 : 100)")
      }
    }
    let path = try scratch.write("many.csv", lines.joined(separator: "\n") + "\n")
    let notices = try ingest(path).summary.noticeLines.filter {
      $0.contains("usual level") || $0.contains("mistyped")
    }
    #expect(notices.count == 11)
    // 村11's June is line 1 + 10·12 + 6 = 127.
    #expect(
      notices.last == "\(path):127:4: 2 more month(s) far from their series' usual level, the first here")
  }
}
