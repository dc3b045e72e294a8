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
    let labels = ReportLabels.labels(language)
    let note = language == .zh ? "说明" : "note"
    // The growth table's columns, with the growth note beside the growth.
    let keys = ReportTables.growthKeys(document).flatMap { $0 == "growth" ? ["growth", "note"] : [$0] }
    var lines = [keys.map { $0 == "note" ? note : labels[$0] ?? $0 }.map(CSVText.cell).joined(separator: ",")]
    for figures in document.figures {
      let growth = TableCells.growth(figures, language: language)
      let isNumber =
        switch GrowthOutcome(figures.growth, current: figures.value?.value, base: figures.base?.value) {
        case .rate, .unchanged: true
        default: false
        }
      let percent = { (value: Double?) in value.flatMap { ShownRate($0)?.text } ?? "" }
      let cells: [String: String] = [
        "indicator": CSVText.cell(TableCells.name(figures, language: language)),
        "unit": CSVText.cell(TableCells.unit(figures.unit, language: language)),
        "value": figures.value?.text ?? "", "growth": isNumber ? growth : "",
        "note": isNumber ? "" : CSVText.cell(growth),
        "target": percent(figures.target?.completion),
        "stretch_target": percent(figures.target?.stretchCompletion),
        "time_progress": percent(figures.target?.timeProgress),
        "rank": figures.rank.map { String($0.rank) } ?? "",
      ]
      lines.append(keys.map { cells[$0] ?? "" }.joined(separator: ","))
    }
    return (byteOrderMark ? self.byteOrderMark : "") + lines.joined(separator: "\r\n") + "\r\n"
  }

}
