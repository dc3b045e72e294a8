import LinearAlgebra

@testable import TongbiKit

/// A panel of cumulative flow series (January alone) over `months` months from January of `year`:
/// one column per (region, values), regions optionally under `parent`.
func cumulativePanel(
  _ columns: [(region: String, indicator: String, values: [Double])], parents: [String: String] = [:],
  indicatorParents: [String: String] = [:], year: Int = 2023, decimals: Int = 1
) -> Panel {
  let count = columns.first?.values.count ?? 0
  let storage = columns.flatMap(\.values)
  var indicators: [String: Indicator] = [:]
  var order: [String] = []
  var regionOrder: [String] = []
  for column in columns {
    if indicators[column.indicator] == nil {
      order.append(column.indicator)
      indicators[column.indicator] = Indicator(
        code: column.indicator, nameZh: column.indicator, unit: .tenThousandYuan, kind: .flow,
        publication: .cumulative, parent: indicatorParents[column.indicator], allowsNegative: false)
    }
    if !regionOrder.contains(column.region) { regionOrder.append(column.region) }
  }
  var regions: [String: Region] = [:]
  for name in regionOrder { regions[name] = Region(name: name, parent: parents[name]) }
  return Panel(
    firstPeriod: month(year, 1), values: Matrix(rows: count, columns: columns.count, storage: storage),
    keys: columns.map { SeriesKey(region: $0.region, indicator: $0.indicator, form: .cumulative) },
    decimals: Array(repeating: decimals, count: columns.count), indicators: indicators, indicatorOrder: order,
    regions: regions, regionOrder: regionOrder)
}

/// `value` for 12 months of one year then `next` for the first month of the next year (cumulative).
func twoYears(_ lastYear: Double, _ thisYear: Double) -> [Double] {
  Array(repeating: lastYear, count: 12) + [thisYear]
}
