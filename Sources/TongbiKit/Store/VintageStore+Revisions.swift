import Foundation

extension VintageStore {
  /// Every value a vintage after `since` (all when `nil`) changed, in import order, then by series and
  /// month: the value before (the latest earlier vintage's) and the value after.
  public func revisions(since: Vintage? = nil) throws(StoreError) -> [Revision] {
    let after = since?.id ?? 0
    return try connection.transaction(.read) { () throws(StoreError) -> [Revision] in
      try revisions(after: after)
    }
  }

  /// `revisions(since:)` within one snapshot: the revisions by vintages after `after`.
  private func revisions(after: Int) throws(StoreError) -> [Revision] {
    let names = try seriesKeys(fresh: true)
    let statement = try connection.prepareStream(
      "SELECT series, year, vintage, decimals, \(StoreSchema.monthColumns) FROM observations "
        + "ORDER BY series, year, vintage")
    var revisions: [(vintage: Int, series: Int64, revision: Revision)] = []
    var latest: [Int: (value: Double, decimals: Int, vintage: Int)] = [:]
    var current: Int64 = -1
    while try statement.step() {
      let series = statement.integer(0)
      if series != current {
        current = series
        latest.removeAll(keepingCapacity: true)
      }
      let year = Int(statement.integer(1))
      let vintage = Int(statement.integer(2))
      let decimals = Int(statement.integer(3))
      for month in 0..<12 where !statement.isNull(Int32(4 + month)) {
        let period = year * 12 + month
        let value = statement.double(Int32(4 + month))
        if vintage > after, let before = latest[period], let key = names[series] {
          revisions.append(
            (
              vintage, series,
              Revision(
                region: key.region, indicator: key.indicator, form: key.form, period: Period(ordinal: period),
                previous: before, revised: (value, decimals, vintage))
            ))
        }
        latest[period] = (value, decimals, vintage)
      }
    }
    return revisions.sorted {
      ($0.vintage, $0.series, $0.revision.period) < ($1.vintage, $1.series, $1.revision.period)
    }
    .map(\.revision)
  }
}

/// A revision worded as offices write it: 清溪镇2024年1-5月税收收入由18012.3万元修订为18020.1万元 /
/// Qingxi, January–May 2024, tax revenue: revised from 18012.3 to 18020.1 (10k yuan).
public enum RevisionWording {
  /// The sentence for `revision`, with the indicator's name and unit from `indicators` (its code and no
  /// unit when it has none there).
  public static func sentence(_ revision: Revision, indicators: [String: Indicator], language: ReportLanguage)
    -> String
  {
    let indicator = indicators[revision.indicator]
    let period = ReportPeriod(period: revision.period, isCumulative: revision.form == .cumulative)
    let before = DisplayNumber.text(revision.previous.value, decimals: revision.previous.decimals)
    let after = DisplayNumber.text(revision.revised.value, decimals: revision.revised.decimals)
    let unit = indicator?.unit.symbol ?? ""
    switch language {
    case .zh:
      let name = indicator?.nameZh ?? revision.indicator
      return
        "\(revision.region)\(PeriodWording.label(period, language: .zh))\(name)由\(before)\(unit)修订为\(after)\(unit)"
    case .en:
      let name = indicator.map { $0.nameEn.isEmpty ? $0.nameZh : $0.nameEn } ?? revision.indicator
      let shown = unit.isEmpty ? "" : " (\(unit))"
      return
        "\(revision.region), \(PeriodWording.label(period, language: .en)), \(name): revised from \(before) to \(after)\(shown)"
    }
  }
}
