/// Builds the values templates see (documented in Templates/README.md) from a `ReportDocument`.
///
/// Every text that comes from the data goes through `escape` (Markdown escaping for Markdown,
/// nothing for text; HTML templates escape when they print).
enum ReportContext {
  /// The clause values of every indicator, each with its rendered `text`; `clause_period` names the
  /// clause's period when it differs from the one in force (the paragraph's, or the previous clause's).
  static func clauses(
    _ document: ReportDocument, language: ReportLanguage, halfYear: Bool, templates: ReportTemplates,
    escape: (String) -> String
  ) throws(ReportError) -> [[String: Any]] {
    var result: [[String: Any]] = []
    var periodInForce = openingWords(document, language: language, halfYear: halfYear)
    for (index, figures) in document.figures.enumerated() {
      let parts = ClauseParts(figures, language: language)
      var clause: [String: Any] = [
        "indicator": escape(parts.indicator), "verb": escape(parts.verb), "subject": escape(parts.subject),
        "unit": escape(parts.unit),
        "growth": escape(parts.growth), "code": escape(figures.code), "has_value": parts.value != nil,
        "has_target": parts.targetCompletion != nil, "first": index == 0,
        "last": index == document.figures.count - 1,
      ]
      for kind in ClauseKind.allCases { clause[kindVariable(kind)] = parts.kind == kind }
      let words = clauseWords(figures, language: language, halfYear: halfYear)
      let ownPeriod = words == periodInForce ? nil : words
      periodInForce = words
      let optional: [(String, String?)] = [
        ("value", parts.value), ("comparison", parts.comparison), ("month_growth", parts.monthGrowth),
        ("gap", parts.gap),
        ("target_completion", parts.targetCompletion), ("stretch_completion", parts.stretchCompletion),
        ("schedule", parts.schedule), ("rank", parts.rank), ("projection", parts.projection),
        ("clause_period", ownPeriod),
      ]
      for (key, value) in optional {
        if let value { clause[key] = escape(value) }
      }
      clause["text"] = try templates.render("clause-\(language.rawValue)", clause)
      result.append(clause)
    }
    return result
  }

  /// The period words of one clause: the end of the month for a stock (6月末各项存款余额…), the
  /// period words of its figures otherwise.
  static func clauseWords(_ figures: IndicatorFigures, language: ReportLanguage, halfYear: Bool) -> String {
    figures.kind == .stock
      ? PeriodWording.endOfMonth(figures.period, language: language)
      : PeriodWording.words(figures.period, language: language, halfYear: halfYear)
  }

  /// The words that open the paragraph: those of its first clause, so that the first clause never
  /// repeats a period (1-6月份完成…, or 6月末各项存款余额… when a stock comes first); the document's
  /// period words when there is no clause.
  static func openingWords(_ document: ReportDocument, language: ReportLanguage, halfYear: Bool) -> String {
    document.figures.first.map { clauseWords($0, language: language, halfYear: halfYear) }
      ?? PeriodWording.words(document.period, language: language, halfYear: halfYear)
  }

  /// The template variable that is true for clauses of `kind`: `is_amount`, `is_stock`,
  /// `is_growth_rate`, `is_rate`, `is_index`.
  static func kindVariable(_ kind: ClauseKind) -> String {
    switch kind {
    case .amount: "is_amount"
    case .stock: "is_stock"
    case .growthRate: "is_growth_rate"
    case .rate: "is_rate"
    case .index: "is_index"
    }
  }

  /// The paragraph: the period words, then the clauses joined by the paragraph template.
  static func paragraph(
    _ document: ReportDocument, language: ReportLanguage, halfYear: Bool, templates: ReportTemplates,
    escape: (String) -> String = { $0 }
  ) throws(ReportError) -> String {
    let context: [String: Any] = [
      "period": openingWords(document, language: language, halfYear: halfYear),
      "clauses": try clauses(
        document, language: language, halfYear: halfYear, templates: templates, escape: escape),
    ]
    return try templates.render("paragraph-\(language.rawValue)", context)
  }

  /// Escaping of data texts for `format`: Markdown escaping for Markdown, none otherwise.
  static func escaper(_ format: ReportFormat) -> @Sendable (String) -> String {
    if format == .md { return { MarkdownText.escape($0) } }
    return { $0 }
  }

  /// The report's title: 清溪镇2024年1-6月主要经济指标运行情况, or "Region: main economic indicators,
  /// January–June 2024".
  static func title(region: String, period: String, suffix: String, language: ReportLanguage) -> String {
    language == .zh ? region + period + suffix : "\(region): \(suffix), \(period)"
  }

  /// The title of `document` in `language`, unescaped.
  static func title(of document: ReportDocument, language: ReportLanguage) -> String {
    title(
      region: document.region, period: PeriodWording.label(document.period, language: language),
      suffix: ReportLabels.labels(language)["title_suffix"] ?? "", language: language)
  }

  /// All values of a report template.
  static func report(
    _ document: ReportDocument, format: ReportFormat, language: ReportLanguage, halfYear: Bool,
    templates: ReportTemplates
  ) throws(ReportError) -> [String: Any] {
    let escape: @Sendable (String) -> String = ReportContext.escaper(format)
    let labels = ReportLabels.labels(language)
    let periodLabel = PeriodWording.label(document.period, language: language)
    let region = escape(document.region)
    let suffix: String = labels["title_suffix"] ?? ""
    let title = title(region: region, period: periodLabel, suffix: suffix, language: language)
    let clauses = try clauses(
      document, language: language, halfYear: halfYear, templates: templates, escape: escape)
    var context: [String: Any] = [
      "lang": language.rawValue, "html_lang": language == .zh ? "zh-CN" : "en", "title": title,
      "region": region,
      "period": openingWords(document, language: language, halfYear: halfYear),
      "period_label": periodLabel, "labels": labels, "clauses": clauses,
      "paragraph": try paragraph(
        document, language: language, halfYear: halfYear, templates: templates, escape: escape),
      "has_ranking": !document.ranking.isEmpty,
      "has_comparable_growth": document.figures.contains(where: \.isComparable),
      "font_family": SVGText.fontFamily,
    ]
    let growth = ReportTables.growthRows(document, language: language).map { $0.map(escape) }
    let growthKeys = ReportTables.growthKeys(document)
    let growthHeader = ReportTables.growthHeader(language, keys: growthKeys)
    let numeric = Set(growthKeys.indices.filter { ReportTables.isNumeric(growthKeys[$0]) })
    context["growth_rows"] = growth.map { cells in
      var row: [String: Any] = Dictionary(uniqueKeysWithValues: zip(growthKeys, cells))
      row["cells"] = zip(growthKeys, cells).map { key, text in
        ["text": text, "numeric": ReportTables.isNumeric(key)]
      }
      return row
    }
    context["growth_columns"] = zip(growthKeys, growthHeader).map { key, title in
      ["key": key, "title": title, "numeric": ReportTables.isNumeric(key)]
    }
    context["has_stretch_target"] = growthKeys.contains("stretch_target")
    let rankingHeader = document.figures.map { escape(TableCells.name($0, language: language)) }
    context["ranking_header"] = rankingHeader.map { ["indicator": $0] }
    context["ranking_rows"] = document.ranking.map { row -> [String: Any] in
      [
        "region": escape(row.region),
        "cells": row.cells.map {
          [
            "growth": TableCells.growth($0.growth, current: $0.current, base: $0.base, language: language),
            "rank": TableCells.rank($0.rank),
          ]
        },
      ]
    }
    let rankingCells = ReportTables.rankingRows(document, language: language).map { $0.map(escape) }
    let rankingTitles = [labels["region"] ?? ""] + rankingHeader
    if format == .md {
      context["growth_table"] = MarkdownText.table(
        header: growthHeader, rows: growth, numeric: numeric)
      context["ranking_table"] = MarkdownText.table(
        header: rankingTitles, rows: rankingCells, numeric: Set(1..<rankingTitles.count))
    } else {
      context["growth_table"] = ReportTables.text(
        header: growthHeader, rows: growth, numeric: numeric)
      context["ranking_table"] = ReportTables.text(
        header: rankingTitles, rows: rankingCells, numeric: Set(1..<rankingTitles.count))
    }
    if format == .html {
      context["charts"] = ReportCharts.charts(document, language: language).map {
        ["title": $0.title, "svg": $0.svg]
      }
      context["charts_note"] = ReportCharts.omittedNote(document, language: language)
    }
    return context
  }
}
