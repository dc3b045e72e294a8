@_spi(ByteLevel) import ByteLevel

/// Renders backtest results.
package enum BacktestReport {
  /// Column titles.
  static func header(_ levels: [Double]) -> [String] {
    ["region", "indicator", "method", "origins", "smape", "mase"]
      + levels.map { "coverage_\(ForecastReport.percent($0))" } + ["fallbacks"]
  }

  /// Cells of one score: scores at four decimals as shown (`ForecastReport.number`), or in full
  /// precision (`NumberBytes`) for machine output.
  static func row(_ score: BacktestScore, shown: Bool = true) -> [String] {
    let scores = ([score.smape, score.mase] + score.coverage).map { value in
      shown ? ForecastReport.number(value) : NumberBytes.text(value)
    }
    return [score.region, score.indicator, score.method, String(score.origins)] + scores
      + [String(score.fallbacks)]
  }

  /// The summary per method as a text table, then the number of series skipped and why.
  package static func table(_ result: BacktestResult) -> String {
    var table = TextTable(header: Array(header(result.levels).dropFirst(2)))
    table.rightAligned = Set(1..<(5 + result.levels.count))
    for score in result.summary { table.add(Array(row(score).dropFirst(2))) }
    var text = table.render() + "\n"
    let series = Set(result.perSeries.map { [$0.region, $0.indicator] }).count
    text += "\(series) series evaluated"
    if !result.skipped.isEmpty {
      text += "; \(result.skipped.count) skipped (\(result.skipped[0].reason))"
    }
    return text + "\n"
  }

  /// JSON: the interval levels, the summary per method, the scores per series and method, and the
  /// series skipped with their reasons.
  package static func json(_ result: BacktestResult) -> String {
    var writer = JSONWriter()
    writer.beginObject()
    writer.beginArray("levels")
    for level in result.levels { writer.number(nil, level) }
    writer.endArray()
    for (key, scores) in [("summary", result.summary), ("series", result.perSeries)] {
      writer.beginArray(key)
      for score in scores {
        writer.beginObject()
        if key == "series" {
          writer.string("region", score.region)
          writer.string("indicator", score.indicator)
        }
        writer.string("method", score.method)
        writer.int("origins", score.origins)
        writer.number("smape", score.smape)
        writer.number("mase", score.mase)
        for (level, coverage) in zip(result.levels, score.coverage) {
          writer.number("coverage_\(ForecastReport.percent(level))", coverage)
        }
        writer.int("fallbacks", score.fallbacks)
        writer.endObject()
      }
      writer.endArray()
    }
    writer.beginArray("skipped")
    for skipped in result.skipped {
      writer.beginObject()
      writer.string("region", skipped.region)
      writer.string("indicator", skipped.indicator)
      writer.string("reason", skipped.reason)
      writer.endObject()
    }
    writer.endArray()
    writer.endObject()
    return writer.text + "\n"
  }

  /// CSV: the summary rows (empty region and indicator), then one row per series and method; scores
  /// in full precision (`NumberBytes`), where the table shows four decimals.
  package static func csv(_ result: BacktestResult) -> String {
    let lines =
      [header(result.levels).joined(separator: ",")]
      + (result.summary + result.perSeries).map {
        row($0, shown: false).map(CSVText.cell).joined(separator: ",")
      }
    return lines.joined(separator: "\n") + "\n"
  }
}
