@_spi(ByteLevel) import ByteLevel

/// Renders a growth table as JSON with full precision: an array of row objects with the CSV columns
/// as keys, `null` for undefined values, and `note` naming why each undefined value is undefined.
public enum GrowthJSONRenderer {
  /// The table as JSON text, amounts in `unit` where the indicator's unit converts into it.
  public static func render(_ table: GrowthTable, unit: Unit? = nil) -> String {
    var json = JSONWriter()
    json.beginArray()
    table.forEachSeries { (ordinal, key, growth) in
      guard let indicator = table.indicator(ofSeries: ordinal) else { return }
      let shown = GrowthColumns.displayUnit(for: indicator, requested: unit)
      for row in table.rows where growth.isPublished(row: row) {
        json.beginObject()
        json.string("region", key.region)
        json.string("indicator", indicator.nameZh)
        json.string("period", table.panel.period(atRow: row).description)
        json.string("unit", shown.unit.symbol)
        json.number("monthly", shown.scale.apply(growth.monthly[row], written: key.decimals))
        json.number("monthly_yoy_pct", growth.monthlyYoY[row])
        json.number("cumulative", shown.scale.apply(growth.cumulative[row], written: key.decimals))
        json.number("cumulative_yoy_pct", growth.cumulativeYoY[row])
        json.number("mom_pct", growth.monthOnMonth[row])
        json.number("yoy_change_pp", growth.changeOfGrowth[row])
        json.number("increment", shown.scale.apply(growth.increment[row], written: key.decimals))
        json.number("two_year_avg_pct", growth.twoYearAverage[row])
        json.string("note", GrowthColumns.note(growth, row: row))
        for column in table.extraColumns {
          json.number(column.name, column.values[ordinal * column.periodCount + row])
        }
        json.endObject()
      }
    }
    json.endArray()
    return json.text
  }
}
