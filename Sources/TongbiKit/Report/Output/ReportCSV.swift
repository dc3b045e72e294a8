@_spi(ByteLevel) import ByteLevel
import Foundation

/// The growth table as CSV: numbers as plain numbers, text cells escaped so that spreadsheets never
/// run them as formulas (a leading `=`, `+`, `-` or `@` gets an apostrophe), quoted when needed.
package enum ReportCSV {
  /// The UTF-8 byte order mark Excel and WPS need to read UTF-8 Chinese text.
  package static let byteOrderMark = "\u{FEFF}"

  /// One row per indicator: indicator, unit, value, growth (%), growth note, target completion (%),
  /// 力争 completion (%, only when some indicator has a 力争 tier), time progress (%), rank; a BOM
  /// first when `byteOrderMark` is set; CRLF line ends.
  package static func growthTable(_ document: ReportDocument, language: ReportLanguage, byteOrderMark: Bool)
    -> String
  {
    let table = ReportTable.growth(document, language: language)
    var lines = [table.header.map(CSVText.cell).joined(separator: ",")]
    for row in table.rows {
      lines.append(
        row.map { cell in
          switch cell {
          case .text(let text): CSVText.cell(text)
          case .number(_, let text, _): text
          case .empty: ""
          }
        }.joined(separator: ","))
    }
    return (byteOrderMark ? self.byteOrderMark : "") + lines.joined(separator: "\r\n") + "\r\n"
  }
}
