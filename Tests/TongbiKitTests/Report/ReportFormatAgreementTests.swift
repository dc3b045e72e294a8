import Foundation
import Testing

@testable import TongbiKit

/// Every output format of the report states the growth table's numbers: for every bundled dataset,
/// region and published period, the text, Markdown, HTML, CSV and JSON reports carry the paragraph
/// and, in each indicator's table row, the table's displayed amount, headline growth, target
/// completion and rank (taken from the whole table, every region). The two cannot disagree in any
/// format.
@Suite("Report formats agree with the growth table on every dataset, region and period")
struct ReportFormatAgreementTests {
  /// What an indicator's row must show, from the growth table.
  struct ExpectedRow {
    var name: String
    var value: String?
    var growth: String?
    var completion: String
    var rank: String
  }

  @Test(
    "text, md, html, csv and json state the table's displayed values",
    arguments: ReportTableAgreementTests.datasets)
  func formats(dataset: ReportTableAgreementTests.Dataset) throws {
    let (panel, targets, loaded) = try dataset.load()
    var table = loaded
    let snapshot = table.snapshot()
    let completion = try #require(table.extraColumns.first { $0.column == .targetCompletion })
    let rank = try #require(table.extraColumns.first { $0.column == .rank })
    let renderer = ReportRenderer(templates: try ReportTemplates(), language: .zh, halfYear: false)
    var checkedRows = 0
    var checked = (values: 0, growth: 0, completion: 0, rank: 0)
    for region in panel.regionOrder {
      for row in 0..<panel.periodCount {
        let period = panel.period(atRow: row)
        let document = ReportBuilder.document(panel: panel, region: region, period: period, targets: targets)
        let paragraph = try renderer.paragraph(document)
        let keys = ReportTables.growthKeys(document)
        let expected = document.figures.map { figures -> ExpectedRow? in
          guard let ordinal = snapshot.ordinals[RegionIndicator(region: region, indicator: figures.code)]
          else {
            return nil
          }
          let level = snapshot.level(ordinal, row)
          let isAmount = [ClauseKind.amount, .stock].contains(figures.kind)
          var growth: String?
          // A plain rate on positive levels (words such as 新增 or 扭亏为盈 are the outcome's, not checked);
          // a published growth rate is its own growth.
          if case .value(let rate) = snapshot.headlineValue(ordinal, row), rate > -100,
            !OfficeRounding.isZero(rate, decimals: 1),
            (isAmount && level > 0) || figures.kind == .growthRate
          {
            growth = DisplayNumber.text(rate, decimals: 1)
          }
          return ExpectedRow(
            name: figures.nameZh,
            value: isAmount && !level.isNaN
              ? DisplayNumber.text(level, decimals: table.series[ordinal].decimals) : nil,
            growth: growth,
            completion: completion.value(series: ordinal, row: row).number
              .map { DisplayNumber.text($0, decimals: 1) } ?? "—",
            rank: rank.value(series: ordinal, row: row).number.map { String(Int($0)) } ?? "—")
        }
        let context = "\(dataset) \(region) \(period)"
        for format in [ReportFormat.text, .md, .html, .csv] {
          let output = try renderer.render(document, format: format)
          if format != .csv {
            #expect(output.contains(Self.escaped(paragraph, format)), "\(context) \(format): no paragraph")
          }
          for case let row? in expected {
            let cells = Self.row(named: row.name, in: output, format: format)
            guard let cells else {
              Issue.record("\(context) \(format): no table row for \(row.name)")
              continue
            }
            // CSV puts the growth note beside the growth; the other formats show the word in its place.
            let columns = format == .csv ? keys.flatMap { $0 == "growth" ? [$0, "note"] : [$0] } : keys
            let cell = { (key: String) in
              columns.firstIndex(of: key).flatMap { $0 < cells.count ? cells[$0] : nil }
            }
            let dash = format == .csv ? "" : "—"
            if let value = row.value {
              #expect(cell("value") == value, "\(context) \(format) \(row.name) value")
            }
            if let growth = row.growth {
              #expect(cell("growth") == growth, "\(context) \(format) \(row.name) growth")
            }
            #expect(
              cell("target") == (row.completion == "—" ? dash : row.completion),
              "\(context) \(format) \(row.name) completion")
            #expect(
              cell("rank") == (row.rank == "—" ? dash : row.rank), "\(context) \(format) \(row.name) rank")
            checkedRows += 1
            checked.values += row.value == nil ? 0 : 1
            checked.growth += row.growth == nil ? 0 : 1
            checked.completion += row.completion == "—" ? 0 : 1
            checked.rank += row.rank == "—" ? 0 : 1
          }
        }
        let json = try #require(
          try JSONSerialization.jsonObject(with: Data(renderer.render(document, format: .json).utf8))
            as? [String: Any])
        #expect(json["paragraph"] as? String == paragraph, "\(context) json paragraph")
        let indicators = try #require(json["indicators"] as? [[String: Any]])
        for case let row? in expected {
          guard let object = indicators.first(where: { $0["name"] as? String == row.name }) else {
            Issue.record("\(context) json: no indicator \(row.name)")
            continue
          }
          if let value = row.value {
            #expect(object["value_text"] as? String == value, "\(context) json value")
          }
          if let growth = row.growth {
            #expect(object["growth_text"] as? String == growth, "\(context) json growth")
          }
          let completion = (object["target_completion_pct"] as? Double).map {
            DisplayNumber.text($0, decimals: 1)
          }
          #expect((completion ?? "—") == row.completion, "\(context) json completion")
          #expect(((object["rank"] as? Int).map(String.init) ?? "—") == row.rank, "\(context) json rank")
          checkedRows += 1
        }
      }
    }
    #expect(checkedRows > 100)
    #expect(checked.growth > 0)
    if panel.indicators.values.contains(where: { !$0.isGrowthRate }) { #expect(checked.values > 0) }
    if !targets.isEmpty { #expect(checked.completion > 0) }
    if panel.regions.values.contains(where: { $0.parent != nil }) { #expect(checked.rank > 0) }
  }

  /// `text` as it appears in an output of `format` (HTML escapes markup characters).
  static func escaped(_ text: String, _ format: ReportFormat) -> String {
    guard format == .html else { return text }
    return text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
  }

  /// The cells of the growth table's row for the indicator `name` in a report of `format`.
  static func row(named name: String, in output: String, format: ReportFormat) -> [String]? {
    switch format {
    case .text:
      let line = output.split(separator: "\n").first { $0.hasPrefix(name + " ") }
      return line.map { $0.split(separator: " ").map(String.init) }
    case .md:
      let line = output.split(separator: "\n").first { $0.hasPrefix("| \(name) |") }
      return line.map { $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } }
    case .html:
      guard let start = output.range(of: "<tr><td>\(name)</td>") else { return nil }
      let line = output[start.lowerBound...].prefix { $0 != "\n" }
      return line.components(separatedBy: "</td>").dropLast().map { cell in
        String(cell[(cell.range(of: ">", options: .backwards)?.upperBound ?? cell.startIndex)...])
      }
    case .csv:
      let line = output.split(separator: "\r\n").first { $0.hasPrefix(name + ",") }
      return line.map { ReferenceTableTests.cells($0) }
    case .json, .xlsx, .docx:
      return nil
    }
  }
}
