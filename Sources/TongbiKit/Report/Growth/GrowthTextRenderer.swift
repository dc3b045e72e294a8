@_spi(ByteLevel) import ByteLevel

/// Renders a growth table for people: a terminal table or a Markdown table, every number rounded as
/// offices do (percentages and points to one decimal half away from zero, amounts to the input's
/// precision or a converted unit's usual decimals), undefined values shown as `—` with the reason in
/// the note column.
package struct GrowthTextRenderer {
  /// Terminal (aligned columns) or Markdown (pipe table).
  package enum Style: Sendable {
    /// Aligned plain-text columns.
    case terminal
    /// A Markdown pipe table.
    case markdown
  }

  /// Table style.
  package var style: Style
  /// Unit amounts are converted into where the indicator's unit allows.
  package var unit: Unit?
  /// Column titles, names and periods in this language; column keys as titles when `nil`.
  package var language: ReportLanguage?

  /// Creates a renderer.
  package init(style: Style, unit: Unit? = nil, language: ReportLanguage? = nil) {
    self.style = style
    self.unit = unit
    self.language = language
  }

  /// Writes the table to `output`, computed in chunks on `threads` threads
  /// (`GrowthTable.renderInChunks`, which calls `progress`). A terminal table aligns its columns, so it is held until every
  /// row is known; a Markdown table is written chunk by chunk.
  package func write(
    _ table: GrowthTable, to output: ByteOutput, threads: Int = 1, progress: ((Int, Int) -> Void)? = nil
  ) throws(SystemCallError) {
    let columns = table.columns
    let header = columns.map { column in language.map(column.title) ?? column.key }
    let numeric = Set(columns.indices.filter { columns[$0].kind.isNumeric })
    let make = { TextSeriesRenderer(table: table, unit: unit, language: language) }
    switch style {
    case .terminal:
      var text = TextTable(header: header)
      text.rightAligned = numeric
      table.renderInChunks(threads: threads, progress: progress, makeRenderer: make) { renderer, _ in
        for row in renderer.rows { text.add(row) }
      }
      try output.append(text.render() + "\n")
    case .markdown:
      try output.append("| " + header.joined(separator: " | ") + " |\n")
      try output.append(
        "|" + header.indices.map { numeric.contains($0) ? " ---: |" : " --- |" }.joined() + "\n")
      try table.renderInChunks(threads: threads, progress: progress, makeRenderer: make) {
        (renderer, _) throws(SystemCallError) in
        let escape = { (cell: String) in cell.replacingOccurrences(of: "|", with: "\\|") }
        for row in renderer.rows {
          try output.append("| " + row.map(escape).joined(separator: " | ") + " |\n")
        }
      }
    }
    try output.flush()
  }
}

/// Renders series of a growth table as rows of display texts, one per published row.
final class TextSeriesRenderer: SeriesRendering {
  let table: GrowthTable
  private(set) var rows: [[String]] = []
  private let layout: [(column: GrowthColumn, cell: GrowthCell)]
  private let unit: Unit?
  private let language: ReportLanguage?

  init(table: GrowthTable, unit: Unit?, language: ReportLanguage?) {
    self.table = table
    self.unit = unit
    self.language = language
    layout = table.layout
  }

  func startChunk() { rows.removeAll(keepingCapacity: true) }

  func render(series ordinal: Int, growth: SeriesGrowth) {
    guard let indicator = table.indicator(ofSeries: ordinal) else { return }
    let key = table.series[ordinal]
    let shown = AmountDisplay(for: indicator, requested: unit)
    let amountDecimals = shown.tableDecimals(written: key.decimals)
    let name = language == .en && !indicator.nameEn.isEmpty ? indicator.nameEn : indicator.nameZh
    let unitText = AmountWording.unitText(shown.unit, language: language ?? .zh)
    for row in table.rows where growth.isPublished(row: row) {
      let period = ReportPeriod(
        period: table.panel.period(atRow: row),
        januaryWithFebruary: growth.calendar.januaryWithFebruary)
      rows.append(
        layout.map { column, cell in
          let text = { (value: Double) in
            Self.text(
              column.kind == .amount ? shown.scale.apply(value, written: key.decimals) : value,
              decimals: column.displayDecimals ?? amountDecimals)
          }
          switch cell {
          case .region: return key.region
          case .indicator: return name
          case .period: return PeriodWording.label(period, language: language ?? .zh)
          case .unit: return unitText
          case .note: return GrowthNote.text(growth, row: row)
          case .monthly, .cumulative, .quantity: return text(cell.values(in: growth)?[row] ?? .nan)
          case .extra(let index):
            let extra = table.extraColumns[index]
            return text(extra.values[ordinal * extra.periodCount + row])
          }
        })
    }
  }

  /// `value` at `decimals`, or `—` when undefined.
  static func text(_ value: Double, decimals: Int) -> String {
    value.isNaN ? "—" : DisplayNumber.text(value, decimals: decimals)
  }
}
