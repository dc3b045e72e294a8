extension Panel {
  /// The same panel with every other region's parent set to `total` (`--total REGION`), for data
  /// without a 上级地区 column. Throws when the panel has no region named `total`.
  public func withTotal(_ total: String) throws(GrowthError) -> Panel {
    guard regions[total] != nil else { throw .unknownRegion(total, known: regionOrder) }
    var updated = regions
    for name in regionOrder where name != total {
      updated[name] = Region(name: name, parent: total)
    }
    updated[total] = Region(name: total, parent: nil)
    return Panel(
      firstPeriod: firstPeriod, values: values, keys: keys, decimals: decimals, indicators: indicators,
      indicatorOrder: indicatorOrder, regions: updated, regionOrder: regionOrder)
  }

  /// Whether any region's declared parent is itself a region of the panel (so parts have a total).
  public var hasRegionTotals: Bool {
    regions.values.contains { region in region.parent.map { regions[$0] != nil } ?? false }
  }
}
