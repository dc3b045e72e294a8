@_spi(ByteLevel) import ByteLevel

/// Renders full-year projections as CSV, JSON or a text table.
package enum ProjectionReport {
  /// Column titles.
  static let header = [
    "region", "indicator", "period", "year_to_date", "last_year", "projection", "lower", "upper",
    "interval_level", "wide_lower", "wide_upper", "wide_interval_level",
    "method",
    "backtest_error_pct", "backtest_years", "implied_growth_pct", "target", "growth_needed_pct",
    "probability",
    "note",
  ]

  /// Cells of one projection, empty when undefined: for CSV at full precision (shortest digits, at most
  /// 15 significant; `NumberBytes`), for a table `shown` as offices write them (amounts at the input's decimals, percentages
  /// at one decimal, the probability at two).
  static func row(_ p: YearProjection, shown: Bool = false) -> [String] {
    let amount = { (value: Double) -> String in
      shown ? DisplayNumber.text(value, decimals: p.decimals) : NumberBytes.text(value)
    }
    let percent = { (value: Double?) -> String in
      guard let value else { return "" }
      return shown ? DisplayNumber.text(value * 100, decimals: 1) : NumberBytes.text(value * 100)
    }
    let probability = { (value: Double) -> String in
      shown ? DisplayNumber.text(value, decimals: 2) : NumberBytes.text(value)
    }
    var notes = p.notes
    if p.targetAlreadyMet { notes.append("target already met (已完成)") }
    let interval: [String] =
      (p.interval.map { [amount($0.lower), amount($0.upper), ForecastReport.percent(p.intervalLevel)] }
        ?? ["", "", ""])
      + (p.wideInterval.map {
        [amount($0.lower), amount($0.upper), ForecastReport.percent(p.wideIntervalLevel)]
      }
        ?? ["", "", ""])
    let method: [String] = [
      p.method?.rawValue ?? "", percent(p.method.flatMap { p.backtestErrors[$0] }),
      p.backtestYears.map(String.init).joined(separator: " "),
    ]
    let outcome: [String] = [
      percent(p.impliedGrowth), p.target.map(amount) ?? "", percent(p.growthNeeded),
      p.probability.map(probability) ?? "", notes.joined(separator: "; "),
    ]
    let levels: [String] = [
      p.region, p.indicator, p.period.description, amount(p.yearToDate), p.lastYear.map(amount) ?? "",
      p.projection.map(amount) ?? "",
    ]
    return levels + interval + method + outcome
  }

  /// CSV with the columns of `header`; text cells escaped for spreadsheets.
  package static func csv(_ projections: [YearProjection]) -> String {
    let text: Set<Int> = [0, 1, 12, 19]
    let lines =
      [header.joined(separator: ",")]
      + projections.map { p in
        row(p).enumerated().map { text.contains($0.offset) ? CSVText.cell($0.element) : $0.element }
          .joined(separator: ",")
      }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A text table with the CSV's columns.
  package static func table(_ projections: [YearProjection]) -> String {
    var table = TextTable(header: header)
    table.rightAligned = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 16, 17, 18]
    for p in projections { table.add(row(p, shown: true)) }
    return table.render() + "\n"
  }

  /// JSON: an array of objects keyed by the CSV's column titles (numbers as numbers, null when
  /// undefined), plus each method's estimate under `estimates`.
  package static func json(_ projections: [YearProjection]) -> String {
    var writer = JSONWriter()
    writer.beginArray()
    for p in projections {
      writer.beginObject()
      writer.string("region", p.region)
      writer.string("indicator", p.indicator)
      writer.string("period", p.period.description)
      writer.number("year_to_date", p.yearToDate)
      writer.number("last_year", p.lastYear ?? .nan)
      writer.number("projection", p.projection ?? .nan)
      writer.number("lower", p.interval?.lower ?? .nan)
      writer.number("upper", p.interval?.upper ?? .nan)
      writer.number("interval_level", p.intervalLevel)
      writer.number("wide_lower", p.wideInterval?.lower ?? .nan)
      writer.number("wide_upper", p.wideInterval?.upper ?? .nan)
      writer.number("wide_interval_level", p.wideIntervalLevel)
      writer.optionalString("method", p.method?.rawValue)
      writer.beginObject("estimates")
      for method in ProjectionMethod.allCases { writer.number(method.rawValue, p.estimates[method] ?? .nan) }
      writer.endObject()
      writer.beginObject("backtest_error")
      for method in ProjectionMethod.allCases {
        writer.number(method.rawValue, p.backtestErrors[method] ?? .nan)
      }
      writer.endObject()
      writer.beginArray("backtest_years")
      for year in p.backtestYears { writer.int(nil, year) }
      writer.endArray()
      writer.number("implied_growth", p.impliedGrowth ?? .nan)
      writer.number("target", p.target ?? .nan)
      writer.number("growth_needed", p.growthNeeded ?? .nan)
      writer.bool("target_already_met", p.targetAlreadyMet)
      writer.number("probability", p.probability ?? .nan)
      writer.beginArray("notes")
      for note in p.notes { writer.string(nil, note) }
      writer.endArray()
      writer.endObject()
    }
    writer.endArray()
    return writer.text
  }
}
