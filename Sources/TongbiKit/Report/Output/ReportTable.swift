import Foundation

/// A report table as the tabular renderers write it (CSV, `.xlsx`): column titles and rows of cells
/// typed by what they hold, so that a spreadsheet gets numbers with their display format and CSV the
/// same cells as text.
package struct ReportTable: Sendable, Equatable {
  /// One cell.
  package enum Cell: Sendable, Equatable {
    /// Text (an indicator's name, a unit, a note).
    case text(String)
    /// A number as displayed: its value, the text a CSV cell shows (the value at `decimals`
    /// decimals), and the decimals a spreadsheet formats it with.
    case number(Double, text: String, decimals: Int)
    /// Nothing (no value, no target).
    case empty
  }

  /// The table's name: a spreadsheet's tab.
  package var name: String
  /// The columns' keys (`indicator`, `value`, `growth`, …; in the ranking `region`, then `growth` and
  /// `rank` per indicator, each followed by `:` and the indicator's code).
  package var keys: [String]
  /// The column titles.
  package var header: [String]
  /// The rows, each with one cell per column.
  package var rows: [[Cell]]

  /// A rate or percentage at one decimal as statistics offices round it (half away from zero), or
  /// empty when there is none.
  package static func percent(_ value: Double?) -> Cell {
    value.flatMap(ShownRate.init).map { .number($0.value, text: $0.text, decimals: 1) } ?? .empty
  }

  /// An amount at its precision, or empty.
  package static func amount(_ amount: ReportAmount?) -> Cell {
    // The double nearest the decimal text (NSDecimalNumber's doubleValue is not correctly rounded on
    // Linux: 7.79 came out 7.790000000000001).
    amount.map { .number(Double($0.text) ?? .nan, text: $0.text, decimals: $0.decimals) } ?? .empty
  }

  /// A whole number (a rank), or empty.
  package static func count(_ value: Int?) -> Cell {
    value.map { .number(Double($0), text: String($0), decimals: 0) } ?? .empty
  }

  /// The report's growth table, one row per indicator: indicator, unit, value, growth (%), the growth's
  /// note where it is a word rather than a rate (新增, 减亏, —), target completion (%), 力争 completion
  /// (%, only when some indicator has a 力争 tier), time progress (%), rank.
  package static func growth(_ document: ReportDocument, language: ReportLanguage) -> ReportTable {
    let labels = ReportLabels.labels(language)
    let note = language == .zh ? "说明" : "note"
    // The growth table's columns, with the growth note beside the growth.
    let keys = ReportTables.growthKeys(document).flatMap { $0 == "growth" ? ["growth", "note"] : [$0] }
    let rows = document.figures.map { figures -> [Cell] in
      let growth = TableCells.growth(figures, language: language)
      let rate = GrowthOutcome(figures.growth, current: figures.value?.value, base: figures.base?.value)
        .shownRate
      let cells: [String: Cell] = [
        "indicator": .text(TableCells.name(figures, language: language)),
        "unit": .text(TableCells.unit(figures.unit, language: language)),
        "value": amount(figures.value),
        "growth": rate.map { .number($0.value, text: $0.text, decimals: 1) } ?? .empty,
        "note": rate == nil ? .text(growth) : .empty,
        "target": percent(figures.target?.completion),
        "stretch_target": percent(figures.target?.stretchCompletion),
        "time_progress": percent(figures.target?.timeProgress),
        "rank": count(figures.rank?.rank),
      ]
      return keys.map { cells[$0] ?? .empty }
    }
    return ReportTable(
      name: language == .zh ? "主要指标完成情况" : "Main indicators", keys: keys,
      header: keys.map { $0 == "note" ? note : labels[$0] ?? $0 }, rows: rows)
  }

  /// The ranking of the sub-regions: region, then per indicator its growth (%) and rank.
  package static func ranking(_ document: ReportDocument, language: ReportLanguage) -> ReportTable {
    let growthTitle = language == .zh ? "增速(%)" : "growth (%)"
    let rankTitle = language == .zh ? "排名" : "rank"
    let names = document.figures.map { TableCells.name($0, language: language) }
    let header =
      [language == .zh ? "地区" : "region"]
      + names.flatMap {
        [
          "\($0)\(language == .zh ? "" : " ")\(growthTitle)",
          "\($0)\(language == .zh ? "" : " ")\(rankTitle)",
        ]
      }
    let rows = document.ranking.map { row -> [Cell] in
      [.text(row.region)]
        + row.cells.flatMap { cell -> [Cell] in
          let rate = GrowthOutcome(cell.growth, current: cell.current, base: cell.base).shownRate
          return [rate.map { .number($0.value, text: $0.text, decimals: 1) } ?? .empty, count(cell.rank)]
        }
    }
    let keys = ["region"] + document.figures.flatMap { ["growth:\($0.code)", "rank:\($0.code)"] }
    return ReportTable(
      name: language == .zh ? "分地区增速排名" : "Growth by region", keys: keys, header: header, rows: rows)
  }
}
