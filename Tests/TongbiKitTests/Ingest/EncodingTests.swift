import TestSupport
import Testing

@testable import TongbiKit

@Suite("Ingest: encodings")
struct EncodingTests {
  static let text = """
    地区,指标,计量单位,时间,数值
    清溪镇,税收收入,万元,2024年1-2月,4966.3
    东岭村,税收收入,万元,2024年1-2月,—
    北塘社区,税收收入,万元,2024年1—3月,１２３.５

    """

  /// `text` in GB18030, made with
  /// `python3 -c "import sys; sys.stdout.buffer.write(open('t.csv').read().encode('gb18030'))"` (Python
  /// 3.12 codec) and printed as hex.
  static let gb18030: [UInt8] = [
    0xB5, 0xD8, 0xC7, 0xF8, 0x2C, 0xD6, 0xB8, 0xB1, 0xEA, 0x2C, 0xBC, 0xC6, 0xC1, 0xBF, 0xB5, 0xA5, 0xCE,
    0xBB, 0x2C,
    0xCA, 0xB1, 0xBC, 0xE4, 0x2C, 0xCA, 0xFD, 0xD6, 0xB5, 0x0A, 0xC7, 0xE5, 0xCF, 0xAA, 0xD5, 0xF2, 0x2C,
    0xCB, 0xB0,
    0xCA, 0xD5, 0xCA, 0xD5, 0xC8, 0xEB, 0x2C, 0xCD, 0xF2, 0xD4, 0xAA, 0x2C, 0x32, 0x30, 0x32, 0x34, 0xC4,
    0xEA, 0x31,
    0x2D, 0x32, 0xD4, 0xC2, 0x2C, 0x34, 0x39, 0x36, 0x36, 0x2E, 0x33, 0x0A, 0xB6, 0xAB, 0xC1, 0xEB, 0xB4,
    0xE5, 0x2C,
    0xCB, 0xB0, 0xCA, 0xD5, 0xCA, 0xD5, 0xC8, 0xEB, 0x2C, 0xCD, 0xF2, 0xD4, 0xAA, 0x2C, 0x32, 0x30, 0x32,
    0x34, 0xC4,
    0xEA, 0x31, 0x2D, 0x32, 0xD4, 0xC2, 0x2C, 0xA1, 0xAA, 0x0A, 0xB1, 0xB1, 0xCC, 0xC1, 0xC9, 0xE7, 0xC7,
    0xF8, 0x2C,
    0xCB, 0xB0, 0xCA, 0xD5, 0xCA, 0xD5, 0xC8, 0xEB, 0x2C, 0xCD, 0xF2, 0xD4, 0xAA, 0x2C, 0x32, 0x30, 0x32,
    0x34, 0xC4,
    0xEA, 0x31, 0xA1, 0xAA, 0x33, 0xD4, 0xC2, 0x2C, 0xA3, 0xB1, 0xA3, 0xB2, 0xA3, 0xB3, 0x2E, 0xA3, 0xB5,
    0x0A,
  ]

  @Test("UTF-8, UTF-8 with BOM and GB18030 of the same text give identical panels")
  func sameTextThreeEncodings() throws {
    let dir = try ScratchDirectory()
    let plain = try dir.write("utf8.csv", Self.text)
    let bom = try dir.write("bom.csv", bytes: [0xEF, 0xBB, 0xBF] + Array(Self.text.utf8))
    let gb = try dir.write("gb18030.csv", bytes: Self.gb18030)
    let results = try [plain, bom, gb].map { try ingest($0) }
    #expect(results.map { $0.summary.files.map(\.encoding) } == [["utf-8"], ["utf-8 (BOM)"], ["gb18030"]])
    for result in results {
      #expect(result.summary.counts == [3, 3, 0, 3, 2, 1, 0])
      #expect(result.summary.rejects.isEmpty)
    }
    expectSamePanel(results[0].panel, results[1].panel)
    expectSamePanel(results[0].panel, results[2].panel)
    let panel = results[2].panel
    #expect(panel.regionOrder == ["清溪镇", "东岭村", "北塘社区"])
    #expect(panel.value(key("清溪镇", "税收收入", .cumulative), month(2024, 2)) == 4966.3)
    #expect(panel.value(key("东岭村", "税收收入", .cumulative), month(2024, 2))?.isNaN == true)
    #expect(panel.value(key("北塘社区", "税收收入", .cumulative), month(2024, 3)) == 123.5)
    #expect(panel.indicators["税收收入"]?.unit == .tenThousandYuan)
  }

  @Test("Datasets/township/township-monthly-gb18030.csv equals township-monthly.csv cell by cell")
  func townshipGB18030() throws {
    let utf8 = try ingest(datasetPath("township/township-monthly.csv"))
    let gb = try ingest(datasetPath("township/township-monthly-gb18030.csv"))
    #expect(utf8.summary.files.map(\.encoding) == ["utf-8"])
    #expect(gb.summary.files.map(\.encoding) == ["gb18030"])
    #expect(gb.summary.counts == utf8.summary.counts)
    #expect(gb.summary.counts == [924, 924, 0, 924, 920, 4, 0])
    #expect(gb.summary.rejects.isEmpty)
    expectSamePanel(utf8.panel, gb.panel)
  }
}
