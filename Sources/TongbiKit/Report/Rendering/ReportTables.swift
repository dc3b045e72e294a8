@_spi(ByteLevel) import ByteLevel

/// The cells of the growth table (indicators × value, growth, target completion, rank) and of the
/// ranking table of sub-regions, as display texts.
package enum ReportTables {
  /// The columns of the report's growth table in order, by their keys for templates (`stretch_target`
  /// only when a figure has a 力争 tier; see `growthKeys(_:)`): the growth table's columns
  /// (`GrowthColumn`) seen per indicator at the report's period.
  package static let growthColumns: [(key: String, column: GrowthColumn)] = [
    ("indicator", .indicator), ("unit", .unit), ("value", .headlineValue), ("growth", .headlineGrowth),
    ("target", .targetCompletion), ("stretch_target", .stretchCompletion), ("time_progress", .timeProgress),
    ("rank", .rank),
  ]

  /// The column keys of `document`'s growth table: every column, `stretch_target` only when some
  /// indicator has a 力争 (stretch) target.
  package static func growthKeys(_ document: ReportDocument) -> [String] {
    let hasStretch = document.figures.contains { $0.target?.stretchCompletion != nil }
    return growthColumns.map(\.key).filter { hasStretch || $0 != "stretch_target" }
  }

  /// Column titles of the growth table with columns `keys`, from the schema.
  package static func growthHeader(_ language: ReportLanguage, keys: [String]) -> [String] {
    keys.map { key in growthColumns.first { $0.key == key }?.column.title(language) ?? key }
  }

  /// Whether the report table's column `key` holds numbers (aligned right).
  package static func isNumeric(_ key: String) -> Bool {
    growthColumns.first { $0.key == key }?.column.kind.isNumeric ?? false
  }

  /// One row per indicator, cells in the order of `growthKeys(document)`: name, unit, value, growth,
  /// target completion, 力争 completion (when present), time progress, rank.
  package static func growthRows(_ document: ReportDocument, language: ReportLanguage) -> [[String]] {
    let keys = growthKeys(document)
    return document.figures.map { figures in
      let cells: [String: String] = [
        "indicator": TableCells.name(figures, language: language),
        "unit": TableCells.unit(figures.unit, language: language), "value": TableCells.value(figures),
        "growth": TableCells.growth(figures, language: language),
        "target": TableCells.percent(figures.target?.completion),
        "stretch_target": TableCells.percent(figures.target?.stretchCompletion),
        "time_progress": TableCells.percent(figures.target.map(\.timeProgress)),
        "rank": TableCells.rank(figures.rank?.rank),
      ]
      return keys.map { cells[$0] ?? TableCells.dash }
    }
  }

  /// One row per sub-region: its name, then "growth (rank)" per indicator.
  package static func rankingRows(_ document: ReportDocument, language: ReportLanguage) -> [[String]] {
    document.ranking.map { row in
      [row.region]
        + row.cells.map {
          "\(TableCells.growth($0.growth, current: $0.current, base: $0.base, language: language)) (\(TableCells.rank($0.rank)))"
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
