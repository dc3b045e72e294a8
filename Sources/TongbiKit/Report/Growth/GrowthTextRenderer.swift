@_spi(ByteLevel) import ByteLevel

/// Renders a growth table for people: a terminal table or a Markdown table, every number rounded as
/// offices do (growth to one decimal half away from zero, amounts to the input's precision), undefined
/// values shown as `—` with the reason in the note column.
public struct GrowthTextRenderer {
  /// Terminal (aligned columns) or Markdown (pipe table).
  public enum Style: Sendable {
    /// Aligned plain-text columns.
    case terminal
    /// A Markdown pipe table.
    case markdown
  }

  /// Table style.
  public var style: Style
  /// Unit amounts are converted into where the indicator's unit allows.
  public var unit: Unit?

  /// Creates a renderer.
  public init(style: Style, unit: Unit? = nil) {
    self.style = style
    self.unit = unit
  }

  /// The whole table as text (for terminal-sized outputs).
  public func render(_ table: GrowthTable) -> String {
    let header = GrowthColumns.names + table.extraColumns.map(\.name)
    var rows: [[String]] = []
    table.forEachSeries { (ordinal, key, growth) in
      guard let indicator = table.indicator(ofSeries: ordinal) else { return }
      let shown = GrowthColumns.displayUnit(for: indicator, requested: unit)
      let amountDecimals =
        shown.unit == .hundredMillionYuan && shown.shift > 0 ? 2 : max(0, key.decimals + shown.shift)
      let amount = { (value: Double) in
        Self.text(shown.scale.apply(value, written: key.decimals), decimals: amountDecimals)
      }
      for row in table.rows where growth.isPublished(row: row) {
        let period = table.panel.period(atRow: row)
        var cells = [
          key.region, indicator.nameZh,
          PeriodWording.label(period, combined: growth.calendar.januaryWithFebruary),
          shown.unit.symbol, amount(growth.monthly[row]), Self.text(growth.monthlyYoY[row], decimals: 1),
          amount(growth.cumulative[row]), Self.text(growth.cumulativeYoY[row], decimals: 1),
          Self.text(growth.monthOnMonth[row], decimals: 1),
          Self.text(growth.changeOfGrowth[row], decimals: 1),
          amount(growth.increment[row]), Self.text(growth.twoYearAverage[row], decimals: 1),
          GrowthColumns.note(growth, row: row),
        ]
        for column in table.extraColumns {
          cells.append(
            Self.text(column.values[ordinal * column.periodCount + row], decimals: column.displayDecimals))
        }
        rows.append(cells)
      }
    }
    switch style {
    case .terminal:
      var text = TextTable(header: header)
      text.rightAligned = Set(4..<12).union(13..<header.count)
      for row in rows { text.add(row) }
      return text.render() + "\n"
    case .markdown:
      let escape = { (cell: String) in cell.replacingOccurrences(of: "|", with: "\\|") }
      var lines = ["| " + header.joined(separator: " | ") + " |"]
      lines.append("|" + header.indices.map { $0 >= 4 && $0 != 12 ? " ---: |" : " --- |" }.joined())
      for row in rows { lines.append("| " + row.map(escape).joined(separator: " | ") + " |") }
      return lines.joined(separator: "\n") + "\n"
    }
  }

  static func text(_ value: Double, decimals: Int) -> String {
    value.isNaN ? "—" : DisplayNumber.text(value, decimals: decimals)
  }
}
