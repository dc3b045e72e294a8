import TestSupport
import Testing

@testable import TongbiKit

/// Rows whose leading key cells repeat the row before are taken over unread; the keys they give must be
/// those of their own cells even when the row before was rejected before its keys were read.
@Suite("Ingest: long layout with repeated key cells")
struct RepeatedKeysTests {
  // The blank indicators come first: under a filled one they would be read as the cell above
  // (`KeyFillDown`); with nothing above they are missing.
  @Test("a row repeating the keys of a rejected row gets its own keys, not those of the last used row")
  func repeatsRejectedRow() throws {
    let dir = try ScratchDirectory()
    let path = try dir.write(
      "repeated.csv",
      """
      地区,指标,计量单位,时间,本月
      乙镇,,万元,2024-01,4
      乙镇,,万元,2024-02,5
      甲镇,税收收入,万元,2024-01,1
      乙镇,税收收入,万元,bad,2
      乙镇,税收收入,万元,2024-02,3
      乙镇,税收收入,万元,2024-01,6

      """)
    let result = try ingest(path)
    #expect(result.summary.counts == [6, 3, 3, 3, 3, 0, 0])
    #expect(
      result.summary.rejectLines == [
        "\(path):2:2: missing indicator name",
        "\(path):3:2: missing indicator name",
        "\(path):5:4: period: unrecognized period label",
      ])
    let panel = result.panel
    #expect(panel.keys == [key("甲镇", "税收收入", .monthly), key("乙镇", "税收收入", .monthly)])
    let first = panel.series(key("甲镇", "税收收入", .monthly))
    let second = panel.series(key("乙镇", "税收收入", .monthly))
    #expect(first.count == 2 && first[0] == 1 && first[1].isNaN)
    #expect(second == [6, 3])
  }

  @Test("a long run of repeated keys with a quoted key cell in between reads every row")
  func quotedKeyInRun() throws {
    let dir = try ScratchDirectory()
    let path = try dir.write(
      "quoted.csv",
      """
      地区,指标,计量单位,时间,本月
      甲镇,税收收入,万元,2024-01,1
      甲镇,税收收入,万元,2024-02,2
      "甲镇",税收收入,万元,2024-03,3
      甲镇,税收收入,万元,2024-04,4
      甲镇,税收收入,万元,2024-04,5

      """)
    let result = try ingest(path)
    #expect(result.summary.counts == [5, 4, 1, 5, 4, 0, 1])
    #expect(result.summary.rejectLines.count == 1)
    #expect(result.summary.rejectLines.first?.hasPrefix("\(path):6:5: duplicate") == true)
    #expect(result.panel.series(key("甲镇", "税收收入", .monthly)) == [1, 2, 3, 4])
  }
}
