import Foundation
import Testing

@testable import TongbiFuzz

/// The package root, three folders above this file.
private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent()
  .deletingLastPathComponent()

/// What `target` says of `bytes`, as the fuzzer runs it.
private func outcome(_ target: FuzzTarget, _ bytes: [UInt8]) -> String {
  bytes.withUnsafeBytes { target.run($0) }
}

/// The bytes of a file of the bad-file corpus.
private func badFile(_ name: String) throws -> [UInt8] {
  let url = packageRoot.appendingPathComponent("Tests/TongbiKitTests/Fixtures/bad/\(name)")
  return Array(try Data(contentsOf: url))
}

@Suite("Fuzz targets: what each reads an input as")
struct FuzzTargetTests {
  // line-break-in-value.csv: two rows, the first's value "1\n2" rejected, the second's 6 used; two series
  // (甲 and 乙), as EXPECTED.tsv states.
  @Test("the ingest target reads the file behind its flag byte as it is, in GB18030 and in parts")
  func ingestFlags() throws {
    let file = try badFile("line-break-in-value.csv")
    let counts = "rows 2 = 1 used + 1 rejected, cells 2 = 1 used + 0 missing + 1 rejected, 2 series"
    #expect(outcome(.ingest, [0] + file) == "read (long, utf-8): \(counts)")
    #expect(outcome(.ingest, [1] + file) == "transcoded to GB18030: read (long, gb18030): \(counts)")
    #expect(outcome(.ingest, [2] + file) == "read (long, utf-8): \(counts) (the same in parts)")
    #expect(
      outcome(.ingest, [1, 0xFF])
        == "not UTF-8, read as is: error: fuzz.csv:1:1: bytes are neither UTF-8 nor GB18030 (byte offset 0)")
    #expect(outcome(.ingest, []) == "empty input: no flag byte")
  }

  // Fuzz/seeds/sheets/hand-written.xml: the header and two data rows (row 3 absent: no row), rows 2 and
  // 4; row 4 has text beyond the header and is rejected, row 2's one cell is used: 2 rows, 1 cell. Its
  // CSV is 140 bytes: the header line 41, row 2's 46, row 3's empty line 1, row 4's 52 (newlines
  // included). A row number beyond the largest sheet refuses it.
  @Test("the sheets target converts the XML fed in chunks and ingests it; a corrupt row number is refused")
  func sheets() throws {
    let xml = Array(
      try Data(contentsOf: packageRoot.appendingPathComponent("Fuzz/seeds/sheets/hand-written.xml")))
    #expect(outcome(.sheets, [5] + xml) == "140 bytes of CSV: rows 2, cells 1")
    #expect(
      outcome(.sheets, [5] + Array("<row r=\"99999999\"><c r=\"A1\"><v>1</v></c></row>".utf8))
        == "error: fuzz.xlsx[S]!1:1: row 99999999: not a worksheet as spreadsheets write it "
        + "(at most 16777216 rows and 16384 columns, in order)")
    #expect(outcome(.sheets, []) == "empty input: no chunk-size byte")
  }

  @Test("the period and number targets name what the text is")
  func periodsAndNumbers() {
    #expect(outcome(.periods, Array("2024年1-6月份".utf8)) == "cumulative(2024-06)")
    #expect(
      outcome(.periods, Array("2024-13".utf8)) == "invalid(month 13 is out of range 1-12)")
    #expect(outcome(.numbers, Array("－１,234.50".utf8)) == "value(-1234.5, decimals: 2)")
    #expect(outcome(.numbers, Array("1e400".utf8)) == "invalid(out of range: '1e400')")
    // A seed whose shortest digits are 17: written 0.3, rounded to 15 significant digits (the CI smoke
    // found the old read-back check broken by that rule).
    #expect(
      outcome(.numbers, Array("0.30000000000000004".utf8)) == "value(0.30000000000000004, decimals: 17)")
  }

  @Test("the indicator, targets and template targets read their seeds")
  func seeds() throws {
    let seeds = packageRoot.appendingPathComponent("Fuzz/seeds")
    let indicators = Array(try Data(contentsOf: seeds.appendingPathComponent("indicators/english-kinds.csv")))
    #expect(
      outcome(.indicators, indicators)
        == "6 indicators: tax flow, jobless rate, cpi index, deposits stock, wage average, fai flow")
    let targets = Array(try Data(contentsOf: seeds.appendingPathComponent("targets/township.csv")))
    #expect(outcome(.targets, targets) == "56 targets")
    // Template 6 of the sorted names (clause-en clause-zh paragraph-en paragraph-zh report-html
    // report-markdown report-text) is report-text.
    #expect(outcome(.templates, [6] + Array("[{{region}}]".utf8)) == "report-text: text report of 11 bytes")
    #expect(
      outcome(.templates, [1] + Array("{{#open}}".utf8)).hasPrefix("clause-zh: error: clause-zh.mustache: "))
  }

  // The letterhead seed written: the five parts given (content types, two relationships, document,
  // styles) and three added (two footers, since it has none; settings, since the package has none).
  @Test("the documents target writes a report into its seeds; a document without a body is refused")
  func documents() throws {
    let seeds = packageRoot.appendingPathComponent("Fuzz/seeds/documents")
    let document = Array(try Data(contentsOf: seeds.appendingPathComponent("letterhead.document.xml")))
    let styles = Array(try Data(contentsOf: seeds.appendingPathComponent("letterhead.styles.xml")))
    #expect(outcome(.documents, document + [0] + styles).hasPrefix("written: 8 parts, "))
    #expect(
      outcome(.documents, Array("<w:document>".utf8))
        == "error: fuzz.docx: its main document is not a Word document body (no w:document in the "
        + "transitional namespace)")
  }
}
