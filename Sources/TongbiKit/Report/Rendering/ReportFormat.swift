/// Output formats of `tongbi report`.
public enum ReportFormat: String, Sendable, CaseIterable {
  /// Plain text: the paragraph and aligned tables.
  case text
  /// Markdown for pasting into documents.
  case md
  /// One self-contained HTML file with inline SVG charts.
  case html
  /// The growth table as CSV.
  case csv
  /// The title, the paragraph, every indicator's figures (numbers and the texts the tables show) and
  /// the ranking, as JSON.
  case json
  /// An Excel workbook: the paragraph, the tables with numbers as numbers, native charts
  /// (`ReportWorkbook`); written with `ReportRenderer.writeWorkbook`.
  case xlsx
  /// A Word document in the official-document layout of GB/T 9704-2012 (`OfficialDocument`); written
  /// with `ReportRenderer.writeDocument`.
  case docx
}
