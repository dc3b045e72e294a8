/// How a full-year projection's implied growth is put on the comparable basis a published rate or a
/// supplied 上年同期可比数 gives (`PublishedRatePairs`): the year-to-date growth on that basis carries
/// the 口径 adjustment of the months published over to the whole year.
///
/// With g the comparable 累计同比 at (y, m) and C the published levels, the comparable base of the year
/// to date is B̂ = C(y,m) / (1 + g/100); last year's total on the same basis is taken as
/// A(y−1) · B̂ / C(y−1,m), so the implied growth is Â(y) / A(y−1) · r − 1 with
/// r = (1 + g/100) / (C(y,m) / C(y−1,m)) = C(y−1,m) / B̂.
enum ComparableBasis {
  /// r = C(y−1,m) / B̂ for each series of `panel` whose growth at `period` is on the comparable basis
  /// of a published rate or a supplied base (`pairs`, the panel's), with C(y−1,m) and B̂ positive; no
  /// entry otherwise.
  static func ratios(panel: Panel, period: Period, pairs: PublishedRatePairs) -> [RegionIndicator: Double] {
    guard !pairs.isEmpty, let row = panel.row(of: period), row >= 12 else { return [:] }
    var table = GrowthTable(panel: panel, regionsAmong: Set(panel.regionOrder))
    let snapshot = table.snapshot()
    var ratios: [RegionIndicator: Double] = [:]
    for (key, ordinal) in snapshot.ordinals where snapshot.isComparable(ordinal, row) {
      let (before, base) = (snapshot.level(ordinal, row - 12), snapshot.base(ordinal, row))
      guard before > 0, base > 0 else { continue }
      ratios[key] = before / base
    }
    return ratios
  }
}
