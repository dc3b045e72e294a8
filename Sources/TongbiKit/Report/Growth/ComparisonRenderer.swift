@_spi(ByteLevel) import ByteLevel

/// Renders a `PublishedRateComparison`: CSV with full precision, or a terminal/Markdown table with
/// rates to one decimal and gaps to two (undefined values empty or —).
package enum ComparisonRenderer {
  /// Column names.
  package static let header = [
    "region", "indicator", "period", "level", "computed_yoy_pct", "published_yoy_pct", "gap_pp",
    "computed_cumulative_yoy_pct", "implied_base", "caliber_gap", "two_year_avg_pct",
  ]

  /// CSV text, full precision.
  package static func csv(_ comparison: PublishedRateComparison) -> String {
    var lines = [header.joined(separator: ",")]
    for row in comparison.rows {
      let numbers = numbers(row).map { $0.isNaN ? "" : $0.description }
      let texts = [row.region, row.indicator, row.period.description].map {
        String(decoding: CSVText.escaped($0), as: UTF8.self)
      }
      lines.append((texts + numbers).joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// JSON: an array of row objects with the CSV columns as keys, `null` where undefined.
  package static func json(_ comparison: PublishedRateComparison) -> String {
    var json = JSONWriter()
    json.beginArray()
    for row in comparison.rows {
      json.beginObject()
      json.string("region", row.region)
      json.string("indicator", row.indicator)
      json.string("period", row.period.description)
      for (name, value) in zip(header.dropFirst(3), numbers(row)) { json.number(name, value) }
      json.endObject()
    }
    json.endArray()
    return json.text
  }

  /// A terminal (`markdown` false) or Markdown table, rounded as offices do.
  package static func table(_ comparison: PublishedRateComparison, markdown: Bool) -> String {
    let decimals = [2, 1, 1, 2, 1, 2, 2, 1]
    let rows = comparison.rows.map { row in
      [row.region, row.indicator, PeriodWording.month(row.period, combined: row.combined)]
        + zip(numbers(row), decimals).map { value, places in
          value.isNaN ? "—" : DisplayNumber.text(value, decimals: places)
        }
    }
    if markdown {
      var lines = ["| " + header.joined(separator: " | ") + " |"]
      lines.append("|" + header.indices.map { $0 >= 3 ? " ---: |" : " --- |" }.joined())
      lines += rows.map { "| " + $0.joined(separator: " | ") + " |" }
      return lines.joined(separator: "\n") + "\n"
    }
    var text = TextTable(header: header)
    text.rightAligned = Set(3..<header.count)
    for row in rows { text.add(row) }
    return text.render() + "\n"
  }

  private static func numbers(_ row: PublishedRateComparison.Row) -> [Double] {
    [
      row.level, row.computed.rawValue, row.published, row.gap.rawValue, row.computedCumulative.rawValue,
      row.impliedBase.rawValue, row.caliberGap.rawValue, row.twoYearAverage.rawValue,
    ]
  }
}
