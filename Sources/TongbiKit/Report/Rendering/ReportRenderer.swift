/// Renders a `ReportDocument` in one format and language with the given templates, amounts in their
/// display units: the requested `unit` where the indicator's unit converts into it, else (in English)
/// money in millions, else the indicator's unit; conversions are exact and keep every published digit.
public struct ReportRenderer: Sendable {
  /// The templates (defaults plus overrides).
  public var templates: ReportTemplates
  /// Language of the text.
  public var language: ReportLanguage
  /// Whether 1-6月 reads 上半年 (First half).
  public var halfYear: Bool
  /// The unit amounts are shown in where an indicator's unit converts into it (`--unit`).
  public var unit: Unit?
  /// Decimals of every amount (`--decimals`); `nil`: as published, or the usual decimals of a unit
  /// converted into.
  public var decimals: Int?

  /// Creates a renderer.
  public init(
    templates: ReportTemplates, language: ReportLanguage = .zh, halfYear: Bool = false, unit: Unit? = nil,
    decimals: Int? = nil
  ) {
    self.templates = templates
    self.language = language
    self.halfYear = halfYear
    self.unit = unit
    self.decimals = decimals
  }

  /// The narrative paragraph alone.
  public func paragraph(_ document: ReportDocument) throws(ReportError) -> String {
    try ReportContext.paragraph(shown(document), language: language, halfYear: halfYear, templates: templates)
  }

  /// `document` with its amounts in their display units.
  func shown(_ document: ReportDocument) -> ReportDocument {
    ReportDisplayUnits.converted(document, requested: unit, language: language, decimals: decimals)
  }

  /// Writes the report as an `.xlsx` workbook at `path`: the title and paragraph, the tables and their
  /// charts (`ReportWorkbook`).
  public func writeWorkbook(_ document: ReportDocument, to path: String) throws(ReportError) {
    try ReportWorkbook.write(
      shown(document), paragraph: try paragraph(document), language: language, to: path)
  }

  /// Writes the report as a `.docx` in official-document layout at `path` (`OfficialDocument`): the
  /// title, the paragraph, 一、主要指标完成情况 with its table, 二、分地区增速排名 with the ranking when the
  /// region has sub-regions, and a note that the charts are in the workbook; written into a copy of
  /// `reference` when given (`ReferenceDocument`).
  public func writeDocument(_ document: ReportDocument, reference: ReferenceDocument? = nil, to path: String)
    throws(ReportError)
  {
    let shown = shown(document)
    let zh = language == .zh
    var blocks: [OfficialDocument.Block] = [
      .title(ReportContext.title(of: shown, language: language)), .paragraph(try paragraph(document)),
    ]
    let cells = { (table: ReportTable) -> [[String]] in
      table.rows.map { row in
        row.map { cell in
          switch cell {
          case .text(let text): text
          case .number(_, let text, _): text
          case .empty: TableCells.dash
          }
        }
      }
    }
    let growth = ReportTable.growth(shown, language: language)
    blocks += [
      .heading(zh ? "一、主要指标完成情况" : "1. Main indicators"), .table(header: growth.header, rows: cells(growth)),
    ]
    let ranking = ReportTable.ranking(shown, language: language)
    if !ranking.rows.isEmpty {
      blocks += [
        .heading(zh ? "二、分地区增速排名" : "2. Growth by sub-region"),
        .table(header: ranking.header, rows: cells(ranking)),
      ]
    }
    blocks.append(
      .paragraph(
        zh
          ? "注：图表从略，见同名Excel工作簿（tongbi report --format xlsx）。"
          : "Note: the charts are in the workbook of the same report (tongbi report --format xlsx)."))
    try OfficialDocument.write(blocks, reference: reference, to: path)
  }

  /// The whole report in a text `format` (CSV: the growth table; `excel` puts a UTF-8 BOM in front).
  public func render(_ document: ReportDocument, format: ReportFormat, excel: Bool = false)
    throws(ReportError)
    -> String
  {
    let name: String
    switch format {
    case .csv: return ReportCSV.growthTable(shown(document), language: language, byteOrderMark: excel)
    case .json:
      return ReportJSON.render(shown(document), paragraph: try paragraph(document), language: language)
    case .text: name = "report-text"
    case .md: name = "report-markdown"
    case .html: name = "report-html"
    case .xlsx, .docx:
      throw .output(
        path: "-", reason: "a workbook or document is a file, not text: writeWorkbook, writeDocument")
    }
    let context = try ReportContext.report(
      shown(document), format: format, language: language, halfYear: halfYear, templates: templates)
    return try templates.render(name, context)
  }
}
