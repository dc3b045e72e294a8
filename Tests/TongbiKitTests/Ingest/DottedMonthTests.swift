import TestSupport
import Testing

@testable import TongbiKit

/// `2023.1` among year.month labels is October when the months around it say so (Excel's 2023.10 saved
/// as a number), January when they say that, and rejected when they do not tell.
@Suite("Ingest: dotted months")
struct DottedMonthTests {
  // 甲: 2023.8, 2023.9, 2023.1, 2023.11 on consecutive lines: next to September and November, October.
  // 乙: 2023.1 then 2023.2: next to February, January. 丙: 2023.1 alone: rejected, its row too.
  @Test("in a long table the nearest lines of the series decide")
  func long() throws {
    let scratch = try ScratchDirectory()
    let path = try scratch.write(
      "dotted.csv",
      "地区,指标,时间,数值\n甲,税收,2023.8,0\n甲,税收,2023.9,1\n甲,税收,2023.1,2\n甲,税收,2023.11,3\n"
        + "乙,税收,2023.1,5\n乙,税收,2023.2,6\n丙,税收,2023.1,7\n")
    let result = try ingest(path)
    #expect(result.panel.value(key("甲", "税收", .monthly), month(2023, 10)) == 2)
    #expect(result.panel.value(key("甲", "税收", .monthly), month(2023, 1))?.isNaN == true)
    #expect(result.panel.value(key("乙", "税收", .monthly), month(2023, 1)) == 5)
    #expect(result.summary.counts == [7, 6, 1, 7, 6, 0, 1])
    #expect(
      result.summary.rejectLines == [
        "\(path):8:3: period '2023.1' is January or October (2023.10 saved as a number), and the months around "
          + "it do not tell: write 2023-01 or 2023-10"
      ])
  }

  // A wide header 2023.9, 2023.1, 2023.11: October. 2022.1 between 2021.12 and 2022.2: January.
  @Test("in a wide header the neighbouring columns decide")
  func wide() throws {
    let scratch = try ScratchDirectory()
    let october = try scratch.write("october.csv", "地区,指标,2023.9,2023.1,2023.11\n甲,税收,1,2,3\n")
    #expect(try ingest(october).panel.value(key("甲", "税收", .monthly), month(2023, 10)) == 2)
    let january = try scratch.write("january.csv", "地区,指标,2021.12,2022.1,2022.2\n甲,税收,1,2,3\n")
    #expect(try ingest(january).panel.value(key("甲", "税收", .monthly), month(2022, 1)) == 2)
  }

  @Test("only YYYY.1 is ambiguous")
  func ambiguous() {
    #expect(DottedMonths.isAmbiguous("2023.1"))
    #expect(DottedMonths.isAmbiguous(" 2023.1 "))
    #expect(!DottedMonths.isAmbiguous("2023.10"))
    #expect(!DottedMonths.isAmbiguous("2023.2"))
    #expect(!DottedMonths.isAmbiguous("2023-1"))
  }
}
