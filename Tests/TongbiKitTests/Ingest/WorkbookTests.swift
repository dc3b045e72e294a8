import Foundation
import TestSupport
import Testing

@_spi(ByteLevel) @testable import ByteLevel
@testable import TongbiKit

/// Excel workbooks read like CSV: each sheet a table, positions naming the cell (`book.xlsx[Sheet]!C5`).
/// The fixtures are written by Fixtures/Workbooks/make_workbooks.py (openpyxl 3.1.5, and one workbook
/// written by hand as other writers do); what each holds is stated here by hand.
@Suite("Ingest: Excel workbooks (.xlsx)")
struct WorkbookTests {
  static func fixture(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/Workbooks/\(name)").path
  }

  /// An issue as the ingest report prints it: position, then the reason or message.
  static func text(_ reject: IngestReject) -> String { "\(reject.position): \(reject.reason)" }
  static func text(_ notice: IngestNotice) -> String { "\(notice.position): \(notice.message)" }

  static func value(_ result: IngestResult, _ region: String, _ indicator: String, _ period: Period)
    -> Double?
  {
    let panel = result.panel
    guard let row = panel.row(of: period) else { return nil }
    for form in [ValueForm.cumulative, .monthly] {
      if let column = panel.column(of: SeriesKey(region: region, indicator: indicator, form: form)) {
        let value = panel.values.column(column)[row]
        if !value.isNaN { return value }
      }
    }
    return nil
  }

  // long.xlsx: 清溪镇 税收收入 1-6月 18927.2 (2024) and 17404.4 (2023); 东岭村 one tenth, rounded to one
  // decimal: 1892.7 and 1740.4. Two regions × (11 months of 2023 from 1-2月 + 5 of 2024) = 32 rows.
  @Test("a long-layout sheet reads like its CSV: values, periods, every row used, the growth")
  func longLayout() throws {
    let result = try ingest(Self.fixture("long.xlsx"))
    #expect(result.summary.rowsRead == 32 && result.summary.rowsUsed == 32)
    #expect(result.summary.files.map(\.path) == [Self.fixture("long.xlsx") + "[数据]"])
    #expect(result.summary.files.first?.encoding == "xlsx")
    #expect(Self.value(result, "清溪镇", "税收收入", month(2024, 6)) == 18927.2)
    #expect(Self.value(result, "东岭村", "税收收入", month(2024, 6)) == 1892.7)
    #expect(Self.value(result, "东岭村", "税收收入", month(2023, 6)) == 1740.4)
    let table = try GrowthTable(panel: result.panel, regions: ["清溪镇"], period: month(2024, 6))
    var growth = SeriesGrowth(firstPeriod: result.panel.firstPeriod)
    #expect(table.compute(series: 0, into: &growth))
    let row = try #require(result.panel.row(of: month(2024, 6)))
    #expect(
      growth.value(.cumulativeYoY, row: row).number.map { abs($0 - (18927.2 / 17404.4 - 1) * 100) < 1e-9 }
        == true)
  }

  // Period headers are dates shown as yyyy-mm: 2023-01 … 2024-01 in both date systems. 清溪镇 60000 +
  // 100·(m − 1) in 2023, 63000 in 2024-01; D3 holds =SUM(D2:E2) with no cached value and E3 #DIV/0!.
  @Test(
    "date headers in the 1900 and 1904 systems; formulas without a value and error cells rejected at their cell",
    arguments: ["wide-dates-1900.xlsx", "wide-dates-1904.xlsx"])
  func dates(name: String) throws {
    let path = Self.fixture(name)
    let result = try ingest(path)
    #expect(result.panel.firstPeriod == month(2023, 1) && result.panel.lastPeriod == month(2024, 1))
    #expect(Self.value(result, "清溪镇", "规上工业总产值", month(2023, 12)) == 61100)
    #expect(Self.value(result, "清溪镇", "规上工业总产值", month(2024, 1)) == 63000)
    #expect(Self.value(result, "东岭村", "规上工业总产值", month(2023, 3)) == 6020)
    #expect(
      result.summary.rejects.map(Self.text) == [
        "\(path)[月度]!D3: value: formula, not a value: '=SUM(D2:E2)'",
        "\(path)[月度]!E3: value: spreadsheet error, not a value: '#DIV/0!'",
      ])
    #expect(result.summary.notices.map(Self.text) == ["\(path)[空表]!1:1: empty sheet skipped"])
  }

  // 汇总: a title merged over A1:E1 (left alone: the row has nothing else), 甲村 merged over A3:A4 and
  // 乙村 over A5:A6 (2 cells filled), row 4 hidden, 乙村's 2024-06 typed as the text "1,230.5"; the
  // hidden sheet 备用 holds 丙村 50, its only month where 甲村 spans 2023-06 to 2024-06 (13 months).
  @Test(
    "merged blocks filled from their top cell, hidden rows and sheets read and noticed, numbers stored as text"
  )
  func mergedBlocks() throws {
    let path = Self.fixture("merged.xlsx")
    let result = try ingest(path)
    #expect(Self.value(result, "甲村", "税收收入", month(2024, 6)) == 110)
    #expect(Self.value(result, "乙村", "税收收入", month(2024, 6)) == 1230.5)
    #expect(Self.value(result, "丙村", "税收收入", month(2024, 6)) == 50)
    #expect(result.summary.rowsRead == 5 && result.summary.rowsRejected == 0)
    #expect(
      Set(result.summary.notices.map(Self.text)) == [
        "\(path)[汇总]!4:4: 1 hidden row(s) read, the first here",
        "\(path)[汇总]!1:1: 2 cell(s) filled from the top-left cell of their merged range",
        "\(path)[汇总]!1:1: title line above the header read: '青山镇2024年主要指标'",
        "\(path)[备用]!1:1: hidden sheet read",
        "\(path)[备用]!E2: region '丙村' appears in 2024-06 only, others over up to 13 months: a misspelling of 甲村?",
      ])
  }

  // Written by hand: inline strings, a formula string with its cached 西山村, rich-text runs 工业 + 产值,
  // 1357.9500000000001 (17 digits, Excel's binary value) read as 1357.95, 1.4937449999999999E3 as
  // 1493.745; row 3 does not exist (not a row read); row 4 has a TRUE in F4 beyond the header.
  @Test("inline strings, rich text, 17-digit numbers at 15 significant digits, absent rows, prefixed tags")
  func handWritten() throws {
    let path = Self.fixture("hand-written.xlsx")
    let result = try ingest(path)
    #expect(result.summary.files.map(\.path) == [path + "[Sheet & 1]"])
    #expect(Self.value(result, "西山村", "工业产值", month(2023, 6)) == 1357.95)
    #expect(result.summary.rowsRead == 2)
    #expect(
      result.summary.rejects.map(Self.text) == [
        "\(path)[Sheet & 1]!4:4: row has 6 fields, the header has 5"
      ])
    // Row 4, rejected above, is converted all the same: 1.4937449999999999E3 as 1493.745, TRUE for 1.
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    let csv = try bytes.withUnsafeBytes { raw in
      let workbook = try WorkbookReader.open(raw, path: path, sheet: nil)
      return String(decoding: try workbook.convert(workbook.sheets[0]).csv, as: UTF8.self)
    }
    #expect(
      csv.split(separator: "\n", omittingEmptySubsequences: false)[3] == "西山村,工业产值,万元,2024-06,1493.745,TRUE")
  }

  @Test("a sheet's positions name the cell whatever the workbook is called, standard input included")
  func sheetPositions() {
    #expect("\(SourcePosition(file: "-[Sheet1]", line: 5, column: 3))" == "-[Sheet1]!C5")
    #expect("\(SourcePosition(file: "BOOK.XLSM[数据]", line: 7, column: 0))" == "BOOK.XLSM[数据]!7:7")
    #expect("\(SourcePosition(file: "data.csv", line: 5, column: 3))" == "data.csv:5:3")
  }

  // make_workbooks.py's shared_strings (XlsxWriter: text in the shared-string table, as Excel keeps it):
  // two sheets, each a title "2024年主要指标; 单位:万元" in A1 (a semicolon, no comma: the sheet's CSV is
  // still split at commas), the header on row 2, 甲村 and 乙村 with the rich-text name 工业 + 产值. 一月
  // holds 10.5 and 20.25 for 2024-01, 二月 twice those (21, 40.5) for 2024-02: 2 sheets × 2 rows, one value
  // each.
  @Test("shared strings and rich text; a title with a semicolon does not change the delimiter")
  func sharedStrings() throws {
    let path = Self.fixture("shared-strings.xlsx")
    let result = try ingest(path)
    #expect(result.summary.counts == [4, 4, 0, 4, 4, 0, 0])
    #expect(result.panel.indicatorOrder == ["工业产值"])
    #expect(Self.value(result, "甲村", "工业产值", month(2024, 1)) == 10.5)
    #expect(Self.value(result, "乙村", "工业产值", month(2024, 1)) == 20.25)
    #expect(Self.value(result, "甲村", "工业产值", month(2024, 2)) == 21)
    #expect(Self.value(result, "乙村", "工业产值", month(2024, 2)) == 40.5)
    #expect(
      result.summary.notices.map(Self.text).first
        == "\(path)[一月]!1:1: title line above the header read: '2024年主要指标; 单位:万元'")
  }

  // one_bad_sheet: shared-strings.xlsx with 二月's A3 written as row 99999999. The sheet is refused
  // and noticed; 一月 is still read (2 rows, 10.5 and 20.25).
  @Test("a sheet with a reference beyond any sheet is skipped with a notice; the others are read")
  func oneBadSheet() throws {
    let path = Self.fixture("one-bad-sheet.xlsx")
    let result = try ingest(path)
    #expect(result.summary.counts == [2, 2, 0, 2, 2, 0, 0])
    #expect(Self.value(result, "乙村", "工业产值", month(2024, 1)) == 20.25)
    #expect(
      result.summary.notices.map(Self.text).last
        == "\(path)[二月]!1:1: sheet skipped: \(path)[二月]!1:1: cell reference 'A99999999': not a worksheet as "
        + "spreadsheets write it (at most 16777216 rows and 16384 columns, in order)")
  }

  // make_workbooks.py's report_form_sheets: one 快报 sheet per town named after it, the title merged over
  // A1:G1 (2024年, no month), 单位：万元, a two-level header with merged cells (指标名称 and 计量单位 down
  // two rows, 本月 over C:D, 1-6月 over E:G): the month from the header, the year from the title, the
  // region from the sheet's name. 清溪镇's 税收收入: 600.0 against 612.0, published −2.0.
  @Test("one report form per sheet: the region from the sheet name, a merged two-level header")
  func reportFormSheets() throws {
    let path = Self.fixture("report-form.xlsx")
    let result = try ingest(path)
    let june = month(2024, 6)
    #expect(result.panel.regionOrder == ["青山镇", "清溪镇"])
    // 2 sheets × 2 indicator rows, 5 value columns each.
    #expect(result.summary.counts == [4, 4, 0, 20, 20, 0, 0])
    #expect(result.panel.value(key("清溪镇", "税收收入", .cumulative), june) == 600)
    #expect(result.panel.value(key("清溪镇", "税收收入上年同期", .cumulative), june) == 612)
    #expect(result.panel.value(key("清溪镇", "税收收入同比增长", .cumulative), june) == -2)
    #expect(result.panel.value(key("青山镇", "增值税上年同期", .monthly), june) == 50)
    #expect(
      result.summary.notices.map(Self.text).contains(
        "\(path)[清溪镇]!3:3: one-period report form read as 2024-06 (the period from the header)"))
  }

  @Test("--sheet picks one sheet by name or number; a sheet the workbook lacks is an error naming its sheets")
  func sheetChoice() throws {
    let path = Self.fixture("merged.xlsx")
    var options = IngestOptions()
    options.sheet = "备用"
    #expect(try ingest(path, options: options).panel.regionOrder == ["丙村"])
    options.sheet = "1"
    #expect(try ingest(path, options: options).panel.regionOrder == ["甲村", "乙村"])
    options.sheet = "3"
    #expect(
      ingestError(path, options: options)
        == .malformed(
          SourcePosition(file: path, line: 1, column: 0), reason: "no sheet '3'; the workbook has: 汇总, 备用"))
  }

  @Test(
    "a ZIP that is no workbook, OpenDocument and Numbers sheets and a damaged .xls are refused with what to do"
  )
  func otherFormats() throws {
    let zip = Self.fixture("not-a-workbook.xlsx")
    #expect(
      ingestError(zip)
        == .malformed(
          SourcePosition(file: zip, line: 1, column: 0),
          reason: "a ZIP archive without xl/workbook.xml, not an Excel workbook: save it as .xlsx or CSV"))
    #expect(
      ingestError(Self.fixture("sheet.ods")).map { "\($0)".contains("OpenDocument spreadsheet (.ods)") }
        == true)
    let numbers = Self.fixture("sheet.numbers")
    #expect(
      ingestError(numbers)
        == .malformed(
          SourcePosition(file: numbers, line: 1, column: 0),
          reason: "an Apple Numbers document, which Tongbi does not read: export it as .xlsx or CSV"))
    let scratch = try ScratchDirectory()
    let xls = try scratch.write(
      "old.xls", bytes: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504))
    // The compound-file signature, then zeros: sector shift 0 (512-byte sectors have 9).
    #expect(
      ingestError(xls)
        == .malformed(
          SourcePosition(file: xls, line: 1, column: 0),
          reason: "a damaged .xls workbook: its header is damaged (sectors of 2^0 bytes)"))
  }

  @Test("the number fast path copies exactly the texts the slow path would write")
  func shortDecimals() {
    var random = SystemRandomNumberGenerator()
    var copied = 0
    for _ in 0..<20_000 {
      let digits = Int.random(in: 1...17, using: &random)
      let mantissa = String((0..<digits).map { _ in "0123456789".randomElement(using: &random) ?? "1" })
      let point = Int.random(in: 0...digits, using: &random)
      var text =
        point == 0 || point == digits
        ? mantissa : String(mantissa.prefix(point)) + "." + mantissa.dropFirst(point)
      if Bool.random(using: &random) { text = "-" + text }
      let bytes = Array(text.utf8)
      if SheetConverter.isShortDecimal(bytes) {
        copied += 1
        #expect(Double(text).map(NumberBytes.text) == text, "\(text)")
      }
    }
    #expect(copied > 1000)
    for text in [
      "1.50", "007", "0", "-0", "0.0", "1E3", "1.", ".5", "--1", "1234567890123456", "0.00005", "-0.000012",
    ] {
      #expect(!SheetConverter.isShortDecimal(Array(text.utf8)), "\(text)")
    }
    // The smallest magnitude NumberBytes writes without an exponent: 10⁻⁴ (0.00005 is 5e-05, found by
    // the random cases above once in a few hundred runs).
    for text in ["0.0001", "0.000123", "-0.0009"] {
      #expect(
        SheetConverter.isShortDecimal(Array(text.utf8)) && Double(text).map(NumberBytes.text) == text,
        "\(text)")
    }
  }

  // ZIPFoundation leaks the buffer of an in-memory archive it refuses for want of an end record, so the
  // reader refuses those first, by the same test: the last PK\5\6 at least 22 bytes from the end, its
  // comment whole.
  @Test("the end-of-central-directory test ZIPFoundation's refusal is checked against")
  func endRecord() throws {
    let record = { (comment: UInt16, extra: Int) -> [UInt8] in
      [0x50, 0x4B, 0x05, 0x06] + Array(repeating: 0, count: 16) + [
        UInt8(comment & 0xFF), UInt8(comment >> 8),
      ]
        + Array(repeating: 0x41, count: extra)
    }
    let check = { (bytes: [UInt8]) in bytes.withUnsafeBytes { WorkbookReader.hasEndOfCentralDirectory($0) } }
    #expect(check([1, 2, 3] + record(0, 0)))
    #expect(check(record(5, 5)))
    #expect(!check(record(6, 5)))
    #expect(!check(Array(record(0, 0).dropLast())))
    #expect(!check(Array(repeating: 0x50, count: 100)))
    let book = Array(try Data(contentsOf: URL(fileURLWithPath: Self.fixture("long.xlsx"))))
    #expect(check(book))
  }

  @Test("Excel serial dates: the 1900 system with its fictitious 29 February, the 1904 system")
  func serialDates() {
    #expect(ExcelDate.text(serial: 1, uses1904: false) == "1900-01-01")
    #expect(ExcelDate.text(serial: 59, uses1904: false) == "1900-02-28")
    #expect(ExcelDate.text(serial: 60, uses1904: false) == nil)
    #expect(ExcelDate.text(serial: 61, uses1904: false) == "1900-03-01")
    // 2024-01-01 is serial 45292 (Excel), 43830 in the 1904 system (1462 days fewer).
    #expect(ExcelDate.text(serial: 45292, uses1904: false) == "2024-01-01")
    #expect(ExcelDate.text(serial: 43830.75, uses1904: true) == "2024-01-01")
    #expect(ExcelDate.text(serial: 0, uses1904: true) == "1904-01-01")
    #expect(ExcelDate.text(serial: -1, uses1904: false) == nil)
  }

  @Test("cell references: letters and numbers both ways, ranges, the sheet position form")
  func references() {
    let parse = { (text: String) in Array(text.utf8).withUnsafeBufferPointer { CellReference.parse($0) } }
    #expect(parse("C5").map { [$0.row, $0.column] } == [5, 3])
    #expect(parse("$AB$12").map { [$0.row, $0.column] } == [12, 28])
    #expect(parse("5C") == nil && parse("C") == nil)
    #expect(
      CellReference.letters(1) == "A" && CellReference.letters(26) == "Z" && CellReference.letters(27) == "AA"
    )
    #expect(CellReference.letters(16384) == "XFD")
    #expect(CellReference.range("A2:B5").map { [$0.rows, $0.columns] } == [2...5, 1...2])
    #expect(SourcePosition(file: "b.xlsx[表1]", line: 5, column: 3).description == "b.xlsx[表1]!C5")
    #expect(SourcePosition(file: "b.xlsx[表1]", line: 5, column: 0).description == "b.xlsx[表1]!5:5")
    #expect(SourcePosition(file: "a[1]", line: 5, column: 3).description == "a[1]:5:3")
  }
}

/// XML text fed in chunks of any size gives the same events as fed whole.
@Suite("ByteLevel: streaming XML")
struct XMLStreamTests {
  /// Records every event as text.
  struct Recorder: XMLHandler {
    var events: [String] = []
    var text = ""
    mutating func start(_ name: XMLBytes, _ attributes: XMLAttributes, isEmpty: Bool) {
      flush()
      let r = attributes["r"].map { " r=\($0.text)" } ?? ""
      events.append("<\(String(decoding: name.buffer, as: UTF8.self))\(r)\(isEmpty ? "/" : "")>")
    }
    mutating func end(_ name: XMLBytes) {
      flush()
      events.append("</\(String(decoding: name.buffer, as: UTF8.self))>")
    }
    mutating func text(_ bytes: XMLBytes) { text += bytes.text }
    mutating func flush() {
      if !text.isEmpty { events.append(text) }
      text = ""
    }
  }

  static let document = """
    <?xml version="1.0"?><!-- a comment with <tags> --><x:row r="1"><x:c r='A1' t="s"><v>1 &amp; 2 &#x5e74;</v></x:c>\
    <c r="B1"/><t a="x>y">年&lt;月</t></x:row>
    """

  func events(chunk: Int) -> [String] {
    var stream = XMLStream()
    var recorder = Recorder()
    let bytes = Array(Self.document.utf8)
    var start = 0
    while start < bytes.count {
      let end = min(bytes.count, start + chunk)
      bytes[start..<end].withUnsafeBytes { stream.feed($0, into: &recorder) }
      start = end
    }
    stream.finish(into: &recorder)
    recorder.flush()
    return recorder.events
  }

  @Test("one byte at a time, seven at a time and whole give the same events, entities decoded")
  func chunks() {
    let whole = events(chunk: 1 << 20)
    #expect(
      whole == [
        "<row r=1>", "<c r=A1>", "<v>", "1 & 2 年", "</v>", "</c>", "<c r=B1/>", "<t>", "年<月", "</t>",
        "</row>",
      ])
    #expect(events(chunk: 1) == whole)
    #expect(events(chunk: 7) == whole)
  }
}
