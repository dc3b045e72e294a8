/// What a panel holds per indicator: unit, kind, how it is published, how many series, which months.
package struct IndicatorOverview: Sendable {
  /// The indicator.
  package var indicator: Indicator
  /// Number of panel columns (region × form) of this indicator.
  package var seriesCount: Int
  /// Number of regions with data for it.
  package var regionCount: Int
  /// First and last month with a stored cell.
  package var span: ClosedRange<Period>?

  /// Overviews of every indicator of `panel`, in the panel's indicator order.
  package static func make(for panel: Panel) -> [IndicatorOverview] {
    var columns: [String: [Int]] = [:]
    for (column, key) in panel.keys.enumerated() { columns[key.indicator, default: []].append(column) }
    return panel.indicatorOrder.compactMap { code in
      guard let indicator = panel.indicators[code], let list = columns[code] else { return nil }
      var first: Int?
      var last: Int?
      panel.values.withUnsafeBufferPointer { buffer in
        for column in list {
          let base = column * panel.periodCount
          for row in 0..<panel.periodCount where !buffer[base + row].isNaN {
            first = min(first ?? row, row)
            last = max(last ?? row, row)
          }
        }
      }
      let span = first.flatMap { first in last.map { panel.period(atRow: first)...panel.period(atRow: $0) } }
      let regions = Set(list.map { panel.keys[$0].region })
      return IndicatorOverview(
        indicator: indicator, seriesCount: list.count, regionCount: regions.count, span: span)
    }
  }
}
