import Foundation

/// The growth table as CSV: numbers as plain numbers, text cells escaped so that spreadsheets never
/// run them as formulas (a leading `=`, `+`, `-` or `@` gets an apostrophe), quoted when needed.
public enum ReportCSV {
  /// The UTF-8 byte order mark Excel and WPS need to read UTF-8 Chinese text.
  public static let byteOrderMark = "\u{FEFF}"

  /// One row per indicator: indicator, unit, value, growth (%), growth note, target completion (%),
  /// time progress (%), rank; a BOM first when `byteOrderMark` is set; CRLF line ends.
  public static func growthTable(_ document: ReportDocument, language: ReportLanguage, byteOrderMark: Bool)
    -> String
  {
    let labels = ReportLabels.labels(language)
    let note = language == .zh ? "说明" : "note"
    let header = ["indicator", "unit", "value", "growth", "target", "time_progress", "rank"].map {
      labels[$0] ?? $0
    }
    var lines = [(header.prefix(4) + [note] + header.suffix(3)).map(CSVText.cell).joined(separator: ",")]
    for figures in document.figures {
      let rate = figures.growth.displayedRate
      let cells = [
        CSVText.cell(TableCells.name(figures, language: language)),
        CSVText.cell(TableCells.unit(figures.unit, language: language)), figures.value?.text ?? "",
        rate.map(GrowthWording.oneDecimal) ?? "",
        rate == nil ? CSVText.cell(TableCells.growth(figures.growth, language: language)) : "",
        figures.target.map { GrowthWording.oneDecimal($0.completion) } ?? "",
        figures.target.map { GrowthWording.oneDecimal($0.timeProgress) } ?? "",
        figures.rank.map { String($0.rank) } ?? "",
      ]
      lines.append(cells.joined(separator: ","))
    }
    return (byteOrderMark ? self.byteOrderMark : "") + lines.joined(separator: "\r\n") + "\r\n"
  }

}
