import TongbiKit

/// The region and period a report is about, from the flags or the defaults.
enum ReportSelection {
  /// `name` when the panel has it; otherwise the first region without a parent that has sub-regions,
  /// else the first region.
  static func region(_ name: String?, in panel: Panel) throws -> String {
    if let name {
      guard panel.regions[name] != nil else {
        throw CommandFailure.message(
          "region '\(name)' is not in the data (regions: \(panel.regionOrder.joined(separator: ", ")))")
      }
      return name
    }
    let parents = Set(panel.regions.values.compactMap(\.parent))
    let top = panel.regionOrder.first { panel.regions[$0]?.parent == nil && parents.contains($0) }
    guard let chosen = top ?? panel.regionOrder.first else {
      throw CommandFailure.message("the data hold no region")
    }
    return chosen
  }

  /// The period `text` denotes (a month or a 1-m月 span); by default the latest June in the data, else
  /// the last period.
  static func period(_ text: String?, in panel: Panel) throws -> Period {
    guard let last = panel.lastPeriod else { throw CommandFailure.message("the data hold no period") }
    guard let text else {
      let june = last - ((last.month - 6 + 12) % 12)
      return panel.row(of: june) != nil ? june : last
    }
    guard let period = PeriodLabel(parsing: text).endMonth else {
      throw CommandFailure.message("--period '\(text)': expected a month such as 2024-06 or 2024年1-6月")
    }
    guard panel.row(of: period) != nil else {
      throw CommandFailure.message("--period \(period): the data cover \(panel.firstPeriod) to \(last)")
    }
    return period
  }
}
