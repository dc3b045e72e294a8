@_spi(ByteLevel) import ByteLevel

/// Renders a projection backtest: every case (CSV), or the accuracy of each method by month (table).
package enum ProjectionBacktestReport {
  /// The columns compared: each method, the run rate, and the projection `tongbi project` gave.
  static let methods = ProjectionMethod.allCases.map(\.rawValue) + ["run-rate", "project"]

  /// The columns after the estimates: the intervals, the 5%-growth target and the probability of meeting it.
  static let extras = ["lower_80", "upper_80", "lower_95", "upper_95", "target", "probability"]

  /// The values of `extras` in `item`.
  static func extraValues(_ item: ProjectionCase) -> [Double?] {
    [
      item.interval?.lower, item.interval?.upper, item.wideInterval?.lower, item.wideInterval?.upper,
      item.target,
      item.probability,
    ]
  }

  /// Each compared column's estimate in `item` (`nil` where the method does not apply).
  static func estimates(_ item: ProjectionCase) -> [Double?] {
    ProjectionMethod.allCases.map { item.estimates[$0] } + [item.runRate, item.projection]
  }

  /// One row per case: region, indicator, year, month, actual, each estimate (empty where none), the
  /// method chosen, the projection's intervals and its probability of meeting a 5%-growth target, numbers
  /// in full precision, and 1 where those came from two to three years of history (else 0).
  package static func csv(_ cases: [ProjectionCase]) -> String {
    var lines = [
      (["region", "indicator", "year", "month", "actual"] + methods + ["chosen"] + extras + ["short_history"])
        .joined(separator: ",")
    ]
    lines.reserveCapacity(cases.count + 1)
    for item in cases {
      let numbers = estimates(item).map { $0.map(NumberBytes.text) ?? "" }
      // Names quoted as CSV cells (guarded against formulas); numbers as they are (a minus is a sign).
      let cells =
        [
          CSVText.cell(item.region), CSVText.cell(item.indicator), String(item.year), String(item.month),
          NumberBytes.text(item.actual),
        ] + numbers + [item.chosen?.rawValue ?? ""]
        + extraValues(item).map { $0.map(NumberBytes.text) ?? "" } + [item.shortHistory ? "1" : "0"]
      lines.append(cells.joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// An array of cases: region, indicator, year, month, actual, an object of estimates by column
  /// (those that apply), the method chosen (null where none).
  package static func json(_ cases: [ProjectionCase]) -> String {
    var writer = JSONWriter()
    writer.beginArray()
    for item in cases {
      writer.beginObject()
      writer.string("region", item.region)
      writer.string("indicator", item.indicator)
      writer.int("year", item.year)
      writer.int("month", item.month)
      writer.number("actual", item.actual)
      writer.beginObject("estimates")
      for (name, value) in zip(methods, estimates(item)) {
        if let value { writer.number(name, value) }
      }
      writer.endObject()
      writer.optionalString("chosen", item.chosen?.rawValue)
      for (name, value) in zip(extras, extraValues(item)) { writer.number(name, value ?? .nan) }
      writer.bool("short_history", item.shortHistory)
      writer.endObject()
    }
    writer.endArray()
    return writer.text + "\n"
  }

  /// By month m: the cases where every column has an estimate, for each column the mean and median
  /// absolute percentage error 100 · |Â(y) / A(y) − 1| over them, and the shares of those cases whose
  /// projection's 80% and 95% intervals hold A(y) (percent).
  package static func table(_ cases: [ProjectionCase]) -> String {
    var table = TextTable(
      header: ["month", "cases"] + methods.flatMap { ["\($0) MAPE", "median"] } + ["80% holds", "95% holds"])
    table.rightAligned = Set(0..<(4 + 2 * methods.count))
    for month in 1...11 {
      let complete = cases.filter { item in
        item.month == month && estimates(item).allSatisfy { $0 != nil }
      }
      let errors = complete.map { item in
        estimates(item).map { 100 * abs(($0 ?? 0) / item.actual - 1) }
      }
      guard !errors.isEmpty else { continue }
      var row = [String(month), String(errors.count)]
      for column in methods.indices {
        let column = errors.map { $0[column] }.sorted()
        let mean = column.reduce(0, +) / Double(column.count)
        let middle = column.count / 2
        let median = column.count % 2 == 1 ? column[middle] : (column[middle - 1] + column[middle]) / 2
        row += [DisplayNumber.text(mean, decimals: 2), DisplayNumber.text(median, decimals: 2)]
      }
      for width in [\ProjectionCase.interval, \ProjectionCase.wideInterval] {
        let intervals = complete.compactMap { item in item[keyPath: width].map { (item.actual, $0) } }
        let held = intervals.filter { $0.1.lower <= $0.0 && $0.0 <= $0.1.upper }.count
        row.append(
          intervals.isEmpty
            ? "" : DisplayNumber.text(100 * Double(held) / Double(intervals.count), decimals: 1))
      }
      table.add(row)
    }
    let series = Set(cases.map { [$0.region, $0.indicator] }).count
    let compared = cases.filter { item in estimates(item).allSatisfy { $0 != nil } }.count
    return table.render()
      + "\n\(compared) of \(cases.count) cases of \(series) series have every method (APE in percent)\n"
  }
}
