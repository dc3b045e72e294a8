import Foundation
import TestSupport
import Testing

@testable import TongbiKit

@Suite("Report templates: overrides and every documented variable")
struct ReportTemplateTests {
  /// One clause of every kind: an amount with both target tiers and every optional part, then a
  /// monthly growth rate (its own period words), a rate, an index and a stock.
  private func document() -> ReportDocument {
    let period = ReportPeriod(period: Period.month(6, of: 2024), januaryWithFebruary: true)
    let month = ReportPeriod(period: Period.month(6, of: 2024), isCumulative: false)
    let scope = ParentScope.of(parentNamed: "清溪镇")
    var figures = IndicatorFigures(
      code: "tax", nameZh: "税收收入", nameEn: "tax revenue", unit: .tenThousandYuan, period: period,
      value: ReportAmount(value: 100, decimals: 1), growth: .value(5),
      previous: PreviousRate(period: period.previousPublished, rate: 4),
      target: TargetFigures(completion: 48, timeProgress: 50, stretchCompletion: 45),
      rank: RankFigures(rank: 1, previousRank: 2, scope: scope),
      parentGap: ParentGap(points: 2, scope: scope),
      projection: ProjectionFigures(
        fullYear: ReportAmount(value: 210, decimals: 1), growth: 5, probability: 60))
    // Its growth is on the published comparable basis, which the report's table notes.
    figures.isComparable = true
    let monthly = {
      (
        code: String, name: String, unit: TongbiKit.Unit, kind: ClauseKind, valueTenths: Decimal,
        growthTenths: Double
      ) in
      IndicatorFigures(
        code: code, nameZh: name, unit: unit, kind: kind, period: month,
        value: ReportAmount(value: valueTenths / 10, decimals: 1), growth: .value(growthTenths / 10))
    }
    let others = [
      monthly("iva", "规上工业增加值增速", .percent, .growthRate, 65, 65),
      monthly("jobless", "城镇调查失业率", .percent, .rate, 52, -2),
      monthly("cpi", "居民消费价格指数", .index, .index, 1021, 21),
      monthly("deposits", "各项存款余额", .hundredMillionYuan, .stock, 523, 46),
    ]
    let point = HistoryPoint(period: period, periodValue: 1, cumulativeGrowth: 1)
    let all = [figures] + others
    return ReportDocument(
      region: "东岭村", period: period, figures: all,
      ranking: [RankingRow(region: "东岭村", cells: all.map { _ in RankingCell(growth: .value(5), rank: 1) })],
      histories: all.map { _ in IndicatorHistory(thisYear: [point], lastYear: [point]) })
  }

  // The clauses of `document()` by hand: 48 − 50 = 2 points behind; 6.5 is the growth itself; 5.2% with
  // −0.2 points; 102.1 with 2.1% up; 52.3 亿元 with 4.6%.
  @Test("the default clauses word every kind and the 力争 tier")
  func everyKind() throws {
    let paragraph = try ReportRenderer(templates: try ReportTemplates()).paragraph(document())
    #expect(
      paragraph
        == "1-6月份完成税收收入100.0万元，同比增长5.0%，增速比1-5月提高1.0个百分点，高于全镇平均2.0个百分点，"
        + "完成全年目标任务的48.0%（力争目标的45.0%），低于序时进度2.0个百分点，增速列全镇第1位，较上月前移1位，"
        + "预计全年完成210.0万元，增长5.0%，完成目标的概率约60%；"
        + "6月份规上工业增加值同比增长6.5%；城镇调查失业率为5.2%，比上年同期下降0.2个百分点；"
        + "居民消费价格指数为102.1，同比上涨2.1%；6月末各项存款余额52.3亿元，同比增长4.6%。")
    let english = try ReportRenderer(templates: try ReportTemplates(), language: .en).paragraph(document())
    #expect(
      english.hasSuffix(
        "; June: 规上工业增加值 up 6.5% year on year; 城镇调查失业率 5.2%, down 0.2 points year on year; "
          + "居民消费价格指数 102.1, up 2.1% year on year; End of June: 各项存款余额 5,230 million yuan, up 4.6% year on "
          + "year."))
    #expect(
      english.contains(
        "48.0% of the annual target (45.0% of the stretch target), 2.0 points behind time progress"))
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
    #expect(try render(["report-text": "{{#clauses}}[{{subject}}]{{/clauses}}"]).contains("[规上工业增加值]"))
  }

  @Test("a template file replaces the default of its name and may use partials")
  func override() throws {
    let text = try render([
      "report-text": "{{> header}}{{paragraph}}", "header": "== {{region}} ==\n",
      "paragraph-zh": "{{period}}：{{#clauses}}{{indicator}}={{value}}{{/clauses}}",
    ])
    #expect(text == "== 东岭村 ==\n1-6月份：税收收入=100.0规上工业增加值增速=6.5城镇调查失业率=5.2居民消费价格指数=102.1各项存款余额=52.3")
  }

  @Test("templates given as texts replace the defaults as files of those names would")
  func overridingTexts() throws {
    let templates = try ReportTemplates().overriding([
      "report-text": "{{> header}}{{paragraph}}", "header": "== {{region}} ==\n",
      "paragraph-zh": "{{period}}：{{#clauses}}{{indicator}}={{value}}{{/clauses}}",
    ])
    #expect(templates.overridden == ["header", "paragraph-zh", "report-text"])
    let text = try ReportRenderer(templates: templates).render(document(), format: .text)
    #expect(text == "== 东岭村 ==\n1-6月份：税收收入=100.0规上工业增加值增速=6.5城镇调查失业率=5.2居民消费价格指数=102.1各项存款余额=52.3")
    #expect(throws: ReportError.self) {
      try ReportTemplates().overriding(["report-text": "{{#open}} never closed"])
    }
  }

  // Fuzz finding: `{{>clause-zh }}` in clause-zh.mustache made rendering recurse until the stack overflowed
  // (a crash of `tongbi report --templates`); a template that includes itself is now refused when read.
  @Test("a template that includes itself, directly or through partials, is refused, naming the chain")
  func includesItself() throws {
    let scratch = try ScratchDirectory()
    _ = try scratch.write("a.mustache", "{{#clauses}}{{> b}}{{/clauses}}")
    let path = try scratch.write("b.mustache", "{{=<% %>=}}<%> a%>")
    #expect(
      throws: ReportError.templates(path: path, reason: "template 'b' includes itself: b → a → b")
    ) { try ReportTemplates(overrides: scratch.url.path) }
    #expect(
      throws: ReportError.templates(
        path: "clause-zh.mustache", reason: "template 'clause-zh' includes itself: clause-zh → clause-zh")
    ) { try ReportTemplates().overriding(["clause-zh": "{{>clause-zh }}"]) }
    #expect(
      throws: ReportError.templates(
        path: "report-text.mustache",
        reason: "template 'report-text' includes itself: report-text → report-text")
    ) { try ReportTemplates().overriding(["report-text": "{{<report-text}}{{/report-text}}"]) }
    #expect(
      throws: ReportError.templates(
        path: "report-text.mustache", reason: "partials named by data ({{>*name}}) are not supported")
    ) { try ReportTemplates().overriding(["report-text": "{{>*region}}"]) }
    let chained = try ReportTemplates().overriding([
      "report-text": "{{> a}}", "a": "{{> b}}", "b": "[{{region}}]",
    ])
    #expect(try ReportRenderer(templates: chained).render(document(), format: .text) == "[东岭村]")
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
