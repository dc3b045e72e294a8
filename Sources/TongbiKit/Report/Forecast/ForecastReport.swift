@_spi(ByteLevel) import ByteLevel
import Foundation

/// Renders forecasts as CSV, JSON or a text table.
package enum ForecastReport {
  /// CSV: `region,indicator,unit,form,period,mean,lower_L,upper_L… ,method,note`, one row per step;
  /// a series without forecast gives one row with empty numbers and the reason in `note`. Values are
  /// the month's own (`form` = `monthly`, 当月; the combined 1-2月 for `YYYY-01/02`), numbers in full
  /// precision (shortest digits, at most 15 significant; `NumberBytes`). Periods are `YYYY-MM`, `YYYY-01/02` for a combined 1-2月 period. Text cells are escaped
  /// for spreadsheets. Returned as UTF-8 bytes, ready to write.
  package static func csv(_ outcomes: [ForecastOutcome], levels: [Double]) -> [UInt8] {
    let comma = UInt8(ascii: ",")
    let newline = UInt8(ascii: "\n")
    var out = Array((header(levels).joined(separator: ",") + "\n").utf8)
    for outcome in outcomes {
      let keys =
        CSVText.escaped(outcome.subject.region) + [comma] + CSVText.escaped(outcome.subject.indicator) + [
          comma
        ]
        + CSVText.escaped(outcome.subject.unit.symbol) + [comma] + Array(form.utf8)
      guard let forecast = outcome.forecast, let series = outcome.subject.series else {
        out += keys
        out += repeatElement(comma, count: 4 + 2 * levels.count)
        out += CSVText.escaped(outcome.problem ?? "")
        out.append(newline)
        continue
      }
      let method = CSVText.escaped(forecast.method)
      for (step, period) in outcome.periods.enumerated() {
        out += keys
        out.append(comma)
        out += series.label(period).utf8
        out.append(comma)
        NumberBytes.append(forecast.path.mean[step], to: &out)
        for interval in forecast.path.intervals {
          out.append(comma)
          NumberBytes.append(interval.lower[step], to: &out)
          out.append(comma)
          NumberBytes.append(interval.upper[step], to: &out)
        }
        out.append(comma)
        out += method
        out.append(comma)
        if step == 0 { out += CSVText.escaped(forecast.note ?? "") }
        out.append(newline)
      }
    }
    return out
  }

  /// Column titles of the CSV and the table.
  static func header(_ levels: [Double]) -> [String] {
    var header = ["region", "indicator", "unit", "form", "period", "mean"]
    for level in levels { header += ["lower_\(percent(level))", "upper_\(percent(level))"] }
    return header + ["method", "note"]
  }

  /// What the forecast values are: the month's own values (当月), 1-2月 combined where so published.
  static let form = "monthly"

  /// Unescaped cells of a text table, one row per forecast step (or per series without forecast),
  /// numbers at the input's decimals.
  static func rows(_ outcomes: [ForecastOutcome], levels: [Double]) -> [[String]] {
    var rows: [[String]] = []
    for outcome in outcomes {
      let keys = [outcome.subject.region, outcome.subject.indicator, outcome.subject.unit.symbol, form]
      let number = { (value: Double) in DisplayNumber.text(value, decimals: outcome.subject.decimals) }
      guard let forecast = outcome.forecast, let series = outcome.subject.series else {
        rows.append(keys + Array(repeating: "", count: 3 + 2 * levels.count) + [outcome.problem ?? ""])
        continue
      }
      for (step, period) in outcome.periods.enumerated() {
        var cells =
          keys + [series.label(period), number(forecast.path.mean[step])]
        for interval in forecast.path.intervals {
          cells += [number(interval.lower[step]), number(interval.upper[step])]
        }
        cells += [forecast.method, step == 0 ? forecast.note ?? "" : ""]
        rows.append(cells)
      }
    }
    return rows
  }

  /// JSON: an array of series objects with `region`, `indicator`, `method`, `note`, `problem` and
  /// `steps` (period, mean, and lower/upper per level).
  package static func json(_ outcomes: [ForecastOutcome], levels: [Double]) -> String {
    var writer = JSONWriter()
    writer.beginArray()
    for outcome in outcomes {
      writer.beginObject()
      writer.string("region", outcome.subject.region)
      writer.string("indicator", outcome.subject.indicator)
      writer.string("unit", outcome.subject.unit.symbol)
      writer.string("form", form)
      writer.optionalString("method", outcome.forecast?.method)
      writer.optionalString("note", outcome.forecast?.note)
      writer.optionalString("problem", outcome.problem)
      writer.beginArray("steps")
      if let forecast = outcome.forecast, let series = outcome.subject.series {
        for (step, period) in outcome.periods.enumerated() {
          writer.beginObject()
          writer.string("period", series.label(period))
          writer.number("mean", forecast.path.mean[step])
          for interval in forecast.path.intervals {
            writer.number("lower_\(percent(interval.level))", interval.lower[step])
            writer.number("upper_\(percent(interval.level))", interval.upper[step])
          }
          writer.endObject()
        }
      }
      writer.endArray()
      writer.endObject()
    }
    writer.endArray()
    return writer.text
  }

  /// A text table with the same columns as the CSV.
  package static func table(_ outcomes: [ForecastOutcome], levels: [Double]) -> String {
    var table = TextTable(header: header(levels))
    table.rightAligned = Set(5..<(6 + 2 * levels.count))
    for row in rows(outcomes, levels: levels) { table.add(row) }
    return table.render() + "\n"
  }

  /// `80` for 0.8.
  static func percent(_ level: Double) -> String {
    let value = level * 100
    return value == value.rounded() ? String(Int(value)) : String(value)
  }

  /// A number with up to four decimals, trailing zeros removed; empty for NaN (`FourDecimals`).
  static func number(_ value: Double) -> String { FourDecimals.text(value) }
}
