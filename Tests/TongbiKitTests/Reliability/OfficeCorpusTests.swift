import Foundation
import Testing

@testable import TongbiKit

@Suite("Reliability: every workbook of the office corpus reads to its exact expected outcome")
struct OfficeCorpusTests {
  @Test("the corpus has at least 25 workbooks and the manifest lists exactly the files present")
  func manifestCoversCorpus() throws {
    try CorpusManifest.offices.checkCoverage(minimum: 25) { !$0.hasSuffix(".py") && !$0.hasSuffix(".tsv") }
  }

  @Test(
    "each workbook: error message, or counts, rejects, notices, regions, parents, units, periods and values",
    arguments: CorpusManifest.offices.names)
  func corpusFile(_ name: String) throws {
    try CorpusManifest.offices.check(name)
  }

  // make_office_files.py writes one table by four writers (openpyxl; LibreOffice's .xlsx and .xls of
  // it; xlwt), and one wide table by four (openpyxl and LibreOffice's .xls in the 1900 date system,
  // XlsxWriter and xlwt in the 1904 system): each set must read to one panel, cell for cell.
  @Test(
    "the same table written by openpyxl, XlsxWriter, xlwt and LibreOffice reads to the same panel",
    arguments: [
      ["tax-long.xlsx", "tax-long-lo.xlsx", "tax-long-lo.xls", "tax-long-xlwt.xls"],
      ["wide-1900.xlsx", "wide-1900-lo.xls", "wide-1904.xlsx", "wide-1904.xls"],
      ["kuaibao-two-level.xlsx", "kuaibao-two-level.xls"],
      ["kuaibao-sheet-per-town.xlsx", "kuaibao-sheet-per-town.xls"],
      ["formulas-cached.xlsx", "formulas-cached.xls"],
    ])
  func writersAgree(_ names: [String]) throws {
    let panels = try names.map { try ingest(CorpusManifest.offices.folder + "/" + $0).panel }
    for panel in panels.dropFirst() {
      expectSamePanel(panel, panels[0])
    }
  }
}
