@_spi(ByteLevel) import ByteLevel

/// The report as an `.xlsx` workbook for offices that keep their tables in Excel or WPS: a first sheet
/// with the title and the paragraph, then the report's tables (`ReportTable`: the growth table, the
/// ranking of sub-regions) with numbers as numbers at their display decimals, frozen header rows,
/// columns as wide as their text, and native charts of the growth by indicator, target completion
/// against 序时进度, and the first indicator's growth by region.
package enum ReportWorkbook {
  /// Writes the workbook of `document` (amounts already in their display units) with `paragraph` to
  /// `path`.
  package static func write(
    _ document: ReportDocument, paragraph: String, language: ReportLanguage, to path: String
  ) throws(ReportError) {
    let writer = try SpreadsheetWriter(path: path)
    let zh = language == .zh
    let front = try writer.addSheet(zh ? "报告" : "Report")
    front.write(
      ReportContext.title(of: document, language: language), row: 0, column: 0, bold: true, size: 16)
    front.merge(paragraph, row: 2, columns: 0, 7)
    for column in 0...7 { front.setWidth(12, column: column) }
    // About 90 characters' width per line of the merged cells, 18 points a line.
    front.setHeight(18 * Double(TextTable.displayWidth(paragraph) / 90 + 2), row: 2)

    let growth = ReportTable.growth(document, language: language)
    let growthSheet = try writeTable(growth, into: writer)
    let rows = 1...max(1, growth.rows.count)
    let chartRow = growth.rows.count + 3
    if let growthColumn = growth.keys.firstIndex(of: "growth") {
      let chart = try writer.addChart(.column, title: zh ? "主要指标增速(%)" : "Growth of the main indicators (%)")
      chart.addSeries(
        name: growth.header[growthColumn], sheet: growthSheet, rows: rows, categories: 0, values: growthColumn
      )
      growthSheet.insert(chart, row: chartRow, column: 0)
    }
    if let target = growth.keys.firstIndex(of: "target"),
      let progress = growth.keys.firstIndex(of: "time_progress"),
      document.figures.contains(where: { $0.target != nil })
    {
      let chart = try writer.addChart(
        .column, title: zh ? "目标完成情况(%)" : "Target completion (%)", legend: true)
      chart.addSeries(
        name: growth.header[target], sheet: growthSheet, rows: rows, categories: 0, values: target)
      chart.addSeries(
        name: growth.header[progress], sheet: growthSheet, rows: rows, categories: 0, values: progress)
      growthSheet.insert(chart, row: chartRow, column: 5)
    }

    let ranking = ReportTable.ranking(document, language: language)
    if !ranking.rows.isEmpty, ranking.header.count > 1 {
      let sheet = try writeTable(ranking, into: writer)
      let chart = try writer.addChart(.bar, title: ranking.header[1])
      chart.addSeries(
        name: ranking.header[1], sheet: sheet, rows: 1...ranking.rows.count, categories: 0, values: 1)
      sheet.insert(chart, row: ranking.rows.count + 3, column: 0)
    }
    try writer.close()
  }

  /// Writes `table` on a sheet of its own: the header in bold and frozen, numbers at their decimals,
  /// columns as wide as their widest cell.
  private static func writeTable(_ table: ReportTable, into writer: SpreadsheetWriter) throws(ReportError)
    -> SpreadsheetWriter.Sheet
  {
    let sheet = try writer.addSheet(table.name)
    var widths = table.header.map(TextTable.displayWidth)
    for (column, title) in table.header.enumerated() {
      sheet.write(title, row: 0, column: column, bold: true)
    }
    for (index, row) in table.rows.enumerated() {
      for (column, cell) in row.enumerated() {
        switch cell {
        case .text(let text):
          sheet.write(text, row: index + 1, column: column)
          widths[column] = max(widths[column], TextTable.displayWidth(text))
        case .number(let value, let text, let decimals):
          sheet.write(value, decimals: decimals, row: index + 1, column: column)
          widths[column] = max(widths[column], TextTable.displayWidth(text))
        case .empty:
          continue
        }
      }
    }
    for (column, width) in widths.enumerated() { sheet.setWidth(Double(min(60, width + 2)), column: column) }
    sheet.freezeRows(1)
    return sheet
  }
}
