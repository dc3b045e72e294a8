import Foundation
import Testing

@testable import TongbiKit

@Suite("Report templates: overrides and every documented variable")
struct ReportTemplateTests {
  private func document() -> ReportDocument {
    let period = ReportPeriod(period: Period(year: 2024, month: 6)!, januaryWithFebruary: true)
    let scope = ParentScope.of(parentNamed: "清溪镇")
    let figures = IndicatorFigures(
      code: "tax", nameZh: "税收收入", nameEn: "tax revenue", unit: .tenThousandYuan, period: period,
      value: ReportAmount(value: 100, decimals: 1), growth: .rate(5),
      previous: PreviousRate(period: period.previousPublished, rate: 4),
      target: TargetFigures(completion: 48, timeProgress: 50),
      rank: RankFigures(rank: 1, previousRank: 2, scope: scope),
      parentGap: ParentGap(parentRate: 3, scope: scope),
      projection: ProjectionFigures(
        fullYear: ReportAmount(value: 210, decimals: 1), growth: 5, probability: 60))
    let point = HistoryPoint(period: period, periodValue: 1, cumulativeGrowth: 1)
    return ReportDocument(
      region: "东岭村", period: period, figures: [figures],
      ranking: [RankingRow(region: "东岭村", cells: [RankingCell(growth: .rate(5), rank: 1)])],
      histories: [IndicatorHistory(thisYear: [point], lastYear: [point])])
  }

  /// Variable names documented in Templates/README.md tables, by section.
  private func documented() throws -> (
    clause: [String], paragraph: [String], report: [String], labels: [String]
  ) {
    let readme = try String(
      contentsOfFile: packageRoot + "/Sources/TongbiKit/Report/Templates/README.md", encoding: .utf8)
    var sections: [String: [String]] = [:]
    var labels: [String] = []
    var section = ""
    for line in readme.split(separator: "\n") {
      if line.hasPrefix("## ") { section = String(line.dropFirst(3)) }
      guard line.hasPrefix("| `") else { continue }
      let cells = line.split(separator: "|")
      let names = cells[0].split(separator: "`").enumerated().filter { $0.offset % 2 == 1 }.map {
        String($0.element)
      }
      sections[section, default: []] += names
      if names == ["labels"] {
        labels = cells[1].split(separator: "`").enumerated().filter { $0.offset % 2 == 1 }
          .map { String($0.element.dropFirst("labels.".count)) }
      }
    }
    return (
      sections["Clause variables (`clause-*`, and each item of `clauses`)"] ?? [],
      sections["Paragraph variables (`paragraph-*`)"] ?? [], sections["Report variables (`report-*`)"] ?? [],
      labels
    )
  }

  private func render(_ files: [String: String], format: ReportFormat = .text) throws -> String {
    let scratch = try ScratchDirectory()
    for (name, text) in files { _ = try scratch.write(name + ".mustache", text) }
    let templates = try ReportTemplates(overrides: scratch.url.path)
    return try ReportRenderer(templates: templates).render(document(), format: format)
  }

  @Test("every documented clause, paragraph and report variable renders non-empty")
  func documentedVariables() throws {
    let names = try documented()
    #expect(names.clause.count >= 13 && names.report.count >= 17 && names.labels.count >= 19)
    for name in names.clause where name != "text" {
      let clause = "{{#\(name)}}[ok]{{/\(name)}}"
      #expect(
        try render(["clause-zh": clause, "report-text": "{{paragraph}}"]).contains("[ok]"), "clause \(name)")
    }
    for name in names.paragraph {
      #expect(
        try render(["paragraph-zh": "{{#\(name)}}[ok]{{/\(name)}}", "report-text": "{{paragraph}}"]).contains(
          "[ok]"), "paragraph \(name)")
    }
    for name in names.report {
      for format in [ReportFormat.text, .md, .html] where name != "charts" || format == .html {
        let template = format == .html ? "report-html" : format == .md ? "report-markdown" : "report-text"
        #expect(
          try render([template: "{{#\(name)}}[ok]{{/\(name)}}"], format: format).contains("[ok]"),
          "report \(name) \(format)")
      }
    }
    for name in names.labels {
      #expect(try render(["report-text": "[{{labels.\(name)}}]"]) != "[]", "label \(name)")
    }
    #expect(try render(["report-text": "{{#clauses}}{{text}}{{/clauses}}"]).hasPrefix("完成税收收入100.0万元"))
  }

  @Test("a template file replaces the default of its name and may use partials")
  func override() throws {
    let text = try render([
      "report-text": "{{> header}}{{paragraph}}", "header": "== {{region}} ==\n",
      "paragraph-zh": "{{period}}：{{#clauses}}{{indicator}}={{value}}{{/clauses}}",
    ])
    #expect(text == "== 东岭村 ==\n1-6月份：税收收入=100.0")
  }

  @Test("a template with a syntax error names its file")
  func syntaxError() throws {
    let scratch = try ScratchDirectory()
    let path = try scratch.write("report-text.mustache", "{{#open}} never closed")
    #expect(throws: ReportError.self) { try ReportTemplates(overrides: scratch.url.path) }
    do {
      _ = try ReportTemplates(overrides: scratch.url.path)
    } catch {
      #expect(error.description.hasPrefix(path))
    }
    #expect(throws: ReportError.self) { try ReportTemplates(overrides: scratch.missing("none")) }
  }

  @Test("Markdown escapes data texts; text leaves them alone")
  func markdownEscaping() throws {
    var document = document()
    document.region = "*东岭*|村"
    let renderer = ReportRenderer(templates: try ReportTemplates())
    #expect(try renderer.render(document, format: .md).contains("# \\*东岭\\*\\|村2024年1-6月"))
    #expect(try renderer.render(document, format: .text).hasPrefix("*东岭*|村2024年1-6月"))
  }
}
