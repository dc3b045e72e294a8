/// The cells of the growth table (indicators × value, growth, target completion, rank) and of the
/// ranking table of sub-regions, as display texts.
public enum ReportTables {
  /// Keys of a growth row for templates, in column order.
  public static let growthKeys = ["indicator", "unit", "value", "growth", "target", "time_progress", "rank"]

  /// Column titles of the growth table.
  public static func growthHeader(_ language: ReportLanguage) -> [String] {
    let labels = ReportLabels.labels(language)
    return growthKeys.map { labels[$0] ?? $0 }
  }

  /// One row per indicator: name, unit, value, growth, target completion, time progress, rank.
  public static func growthRows(_ document: ReportDocument, language: ReportLanguage) -> [[String]] {
    document.figures.map { figures in
      [
        TableCells.name(figures, language: language), TableCells.unit(figures.unit, language: language),
        TableCells.value(figures),
        TableCells.growth(figures.growth, language: language),
        TableCells.percent(figures.target.map { OfficeDecimal.rounded($0.completion, places: 1) }),
        TableCells.percent(figures.target.map(\.timeProgress)), TableCells.rank(figures.rank?.rank),
      ]
    }
  }

  /// One row per sub-region: its name, then "growth (rank)" per indicator.
  public static func rankingRows(_ document: ReportDocument, language: ReportLanguage) -> [[String]] {
    document.ranking.map { row in
      [row.region]
        + row.cells.map {
          "\(TableCells.growth($0.growth, language: language)) (\(TableCells.rank($0.rank)))"
        }
    }
  }

  /// An aligned plain-text table.
  static func text(header: [String], rows: [[String]], numeric: Set<Int>) -> String {
    var table = TextTable(header: header)
    table.rightAligned = numeric
    for row in rows { table.add(row) }
    return table.render()
  }
}
