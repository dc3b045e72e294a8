@_spi(ByteLevel) import ByteLevel
import Foundation

/// The report as JSON, for programs that place its figures themselves: the title, region and period,
/// the paragraph, one object per indicator with its numbers (value, growth, the previous period's
/// growth, target completion, time progress, rank) and the texts the tables show, and the ranking of
/// the sub-regions. Numbers are as computed (`null` when undefined); texts as displayed.
package enum ReportJSON {
  /// The JSON of `document` (amounts already in their display units) with its `paragraph`.
  package static func render(_ document: ReportDocument, paragraph: String, language: ReportLanguage)
    -> String
  {
    var writer = JSONWriter()
    writer.beginObject()
    writer.string("title", ReportContext.title(of: document, language: language))
    writer.string("region", document.region)
    writer.string("period", PeriodWording.label(document.period, language: language))
    writer.string("language", language.rawValue)
    writer.string("paragraph", paragraph)
    writer.beginArray("indicators")
    for figures in document.figures { indicator(figures, language: language, into: &writer) }
    writer.endArray()
    writer.beginArray("ranking")
    for row in document.ranking {
      writer.beginObject()
      writer.string("region", row.region)
      writer.beginArray("cells")
      for (figures, cell) in zip(document.figures, row.cells) {
        writer.beginObject()
        writer.string("indicator", figures.code)
        number("growth_pct", cell.growth.number, into: &writer)
        writer.string(
          "growth_text",
          TableCells.growth(cell.growth, current: cell.current, base: cell.base, language: language))
        if let rank = cell.rank { writer.int("rank", rank) } else { writer.null("rank") }
        writer.endObject()
      }
      writer.endArray()
      writer.endObject()
    }
    writer.endArray()
    writer.endObject()
    return writer.text + "\n"
  }

  /// One indicator's object.
  static func indicator(_ figures: IndicatorFigures, language: ReportLanguage, into writer: inout JSONWriter)
  {
    writer.beginObject()
    writer.string("code", figures.code)
    writer.string("name", TableCells.name(figures, language: language))
    writer.string("unit", TableCells.unit(figures.unit, language: language))
    writer.string("kind", figures.kind.rawValue)
    writer.string("period", PeriodWording.label(figures.period, language: language))
    number("value", figures.value.map { amount($0.value) }, into: &writer)
    writer.optionalString("value_text", figures.value?.text)
    number("growth_pct", figures.growth.number, into: &writer)
    writer.string("growth_text", TableCells.growth(figures, language: language))
    if let reason = figures.growth.reason { writer.string("growth_note", reason.description) }
    writer.bool("comparable_growth", figures.isComparable)
    number("previous_growth_pct", figures.previous?.rate, into: &writer)
    number("month_growth_pct", figures.monthGrowth?.rate, into: &writer)
    number("target_completion_pct", figures.target?.completion, into: &writer)
    number("stretch_completion_pct", figures.target?.stretchCompletion, into: &writer)
    number("time_progress_pct", figures.target?.timeProgress, into: &writer)
    if let rank = figures.rank {
      writer.int("rank", rank.rank)
      if let previous = rank.previousRank {
        writer.int("previous_rank", previous)
      } else {
        writer.null("previous_rank")
      }
    } else {
      writer.null("rank")
    }
    number("gap_to_parent_pp", figures.parentGap?.points, into: &writer)
    number("projection", figures.projection.map { amount($0.fullYear.value) }, into: &writer)
    number("projection_growth_pct", figures.projection?.growth, into: &writer)
    number("probability_pct", figures.projection?.probability, into: &writer)
    writer.endObject()
  }

  /// The nearest `Double` of an exact amount.
  static func amount(_ value: Decimal) -> Double { NSDecimalNumber(decimal: value).doubleValue }

  /// `value`, or `null` when absent.
  static func number(_ key: String, _ value: Double?, into writer: inout JSONWriter) {
    if let value { writer.number(key, value) } else { writer.null(key) }
  }
}
