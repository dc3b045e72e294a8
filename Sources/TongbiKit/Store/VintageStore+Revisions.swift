import Foundation

extension VintageStore {
  /// Every value a vintage after `since` (all when `nil`) changed, in import order, then by series and
  /// month: the value before (the latest earlier vintage's) and the value after.
  public func revisions(since: Vintage? = nil) throws(StoreError) -> [Revision] {
    let statement = try connection.prepare(
      """
      SELECT s.region, s.indicator, s.form, o.period, p.value, p.decimals, p.vintage, o.value, o.decimals,
        o.vintage
      FROM observations o
      JOIN series s ON s.id = o.series
      JOIN observations p ON p.series = o.series AND p.period = o.period AND p.vintage = (
        SELECT max(q.vintage) FROM observations q
        WHERE q.series = o.series AND q.period = o.period AND q.vintage < o.vintage)
      WHERE o.vintage > ?
      ORDER BY o.vintage, o.series, o.period
      """)
    statement.bind(1, Int64(since?.id ?? 0))
    var revisions: [Revision] = []
    while try statement.step() {
      revisions.append(
        Revision(
          region: statement.text(0) ?? "", indicator: statement.text(1) ?? "",
          form: ValueForm(rawValue: statement.text(2) ?? "") ?? .monthly,
          period: Period(ordinal: Int(statement.integer(3))),
          previous: (statement.double(4), Int(statement.integer(5)), Int(statement.integer(6))),
          revised: (statement.double(7), Int(statement.integer(8)), Int(statement.integer(9)))))
    }
    return revisions
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
    let before = amount(revision.previous.value, decimals: revision.previous.decimals)
    let after = amount(revision.revised.value, decimals: revision.revised.decimals)
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

  /// `value` with `decimals` digits after the point (the value's nearest decimal, as published).
  public static func amount(_ value: Double, decimals: Int) -> String {
    String(format: "%.\(max(0, min(decimals, 17)))f", value)
  }
}
