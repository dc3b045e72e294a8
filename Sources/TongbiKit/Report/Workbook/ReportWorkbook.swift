@_spi(ByteLevel) import ByteLevel

/// The report as an `.xlsx` workbook for offices that keep their tables in Excel or WPS: a first sheet
/// with the title and the paragraph, then the report's tables (`ReportTable`: the growth table, the
/// ranking of sub-regions) with numbers as numbers at their display decimals, frozen header rows,
/// columns as wide as their text, a sheet of the months, and native charts as the HTML report draws
/// them: the growth by indicator, target completion against 序时进度, each indicator's growth by region,
/// and per indicator its months against last year's and its cumulative growth.
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
    // (Excel's highest row is 409 points.)
    front.setHeight(min(409, 18 * Double(TextTable.displayWidth(paragraph) / 90 + 2)), row: 2)

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
      // One bar chart per indicator (as many as the HTML report draws), two to a row of charts.
      for index in 0..<min(document.figures.count, ReportCharts.indicatorLimit) {
        let column = 1 + 2 * index
        let chart = try writer.addChart(.bar, title: ranking.header[column])
        chart.addSeries(
          name: ranking.header[column], sheet: sheet, rows: 1...ranking.rows.count, categories: 0,
          values: column)
        sheet.insert(chart, row: ranking.rows.count + 3 + 16 * (index / 2), column: 8 * (index % 2))
      }
    }
    try writeMonths(document, language: language, into: writer)
    try writer.close()
  }

  /// The sheet of the months (分月情况): per indicator (the first `ReportCharts.indicatorLimit`), four
  /// columns — the period, this year's and last year's value of each period alone, and this year's
  /// cumulative growth (%) — under the indicator's name, with line charts of the values against last
  /// year's and of the growth beneath; a chart of fewer than two points is left out, as in the HTML
  /// report.
  private static func writeMonths(
    _ document: ReportDocument, language: ReportLanguage, into writer: SpreadsheetWriter
  )
    throws(ReportError)
  {
    let pairs = Array(zip(document.figures, document.histories).prefix(ReportCharts.indicatorLimit))
    guard pairs.contains(where: { !$0.1.lastYear.isEmpty }) else { return }
    let labels = ReportLabels.labels(language)
    let zh = language == .zh
    let sheet = try writer.addSheet(zh ? "分月情况" : "By month")
    let longest = pairs.map(\.1.lastYear.count).max() ?? 0
    var chartRow = longest + 3
    for (index, (figures, history)) in pairs.enumerated() where !history.lastYear.isEmpty {
      let first = 4 * index
      let name = TableCells.name(figures, language: language)
      let unit = TableCells.unit(figures.unit, language: language)
      sheet.write(name, row: 0, column: first, bold: true)
      let titles = [
        zh ? "期别" : "period", "\(labels["this_year"] ?? "")(\(unit))",
        "\(labels["last_year"] ?? "")(\(unit))",
        zh ? "累计增速(%)" : "cumulative growth (%)",
      ]
      for (offset, title) in titles.enumerated() {
        sheet.write(title, row: 1, column: first + offset, bold: true)
        sheet.setWidth(Double(max(10, TextTable.displayWidth(title) + 2)), column: first + offset)
      }
      for (row, slot) in history.lastYear.enumerated() {
        sheet.write(PeriodWording.axisLabel(slot.period, language: language), row: row + 2, column: first)
        let month = slot.period.period.month
        let current = history.thisYear.first { $0.period.period.month == month }
        if let value = current?.periodValue {
          sheet.write(value, decimals: figures.value?.decimals ?? 2, row: row + 2, column: first + 1)
        }
        if let value = slot.periodValue {
          sheet.write(value, decimals: figures.value?.decimals ?? 2, row: row + 2, column: first + 2)
        }
        if let growth = current?.cumulativeGrowth {
          sheet.write(growth, decimals: 1, row: row + 2, column: first + 3)
        }
      }
      let rows = 2...(history.lastYear.count + 1)
      let separator = zh ? "" : ": "
      let points = (history.thisYear + history.lastYear).count(where: { $0.periodValue != nil })
      if points >= 2 {
        let chart = try writer.addChart(
          .line, title: "\(name)\(separator)\(labels["monthly_chart"] ?? "") (\(unit))", legend: true)
        chart.addSeries(
          name: labels["this_year"] ?? "", sheet: sheet, rows: rows, categories: first, values: first + 1)
        chart.addSeries(
          name: labels["last_year"] ?? "", sheet: sheet, rows: rows, categories: first, values: first + 2)
        sheet.insert(chart, row: chartRow, column: 0)
      }
      if figures.kind != .growthRate && history.thisYear.count(where: { $0.cumulativeGrowth != nil }) >= 2 {
        let chart = try writer.addChart(.line, title: "\(name)\(separator)\(labels["growth_chart"] ?? "")")
        chart.addSeries(
          name: labels["this_year"] ?? "", sheet: sheet, rows: rows, categories: first, values: first + 3)
        sheet.insert(chart, row: chartRow, column: 8)
      }
      chartRow += 16
    }
    sheet.freezeRows(2)
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
