@_spi(ByteLevel) import ByteLevel

/// The region hierarchy a table states with its total rows or implies with its names, and the check of
/// every total against the sum of its parts that a statistician makes by eye.
///
/// A total row (`TotalRow`) is the parent of the regions first met in its file that have no parent.
/// Without any parent in the data, a hierarchy is inferred: the one region whose administrative word
/// ranks above every other's (省 > 市 > 县, 区 > 镇, 乡, 街道 > 村, 社区, 片区, 园区), and whose values
/// equal the sum of theirs within rounding wherever all are published, is their parent. Every total's
/// flows and stocks are then checked against the sum of its parts within the rounding of the values
/// (half a unit of the last decimal per value): a gap, the part without which the sum fits, and parts
/// without a value are noticed with the total's cell.
enum RegionTotals {
  /// Settles parents and checks totals, in `session` before its panel is assembled.
  static func settle(_ session: inout IngestSession) {
    let builder = session.builder
    let files = Dictionary(
      zip(builder.regionOrder, builder.regionFiles), uniquingKeysWith: { first, _ in first })
    var regions = builder.regions
    for total in session.totalRows {
      let adopted = builder.regionOrder.filter {
        $0 != total.name && regions[$0]?.parent == nil && files[$0] == total.file
          && regions[total.name]?.parent != $0
      }
      for part in adopted { regions[part]?.parent = total.name }
      let parts = builder.regionOrder.filter { regions[$0]?.parent == total.name }
      let named =
        total.word == total.name
        ? "total row '\(total.word)'" : "total row '\(total.word)' read as \(total.name)"
      session.notice(
        session.position(of: firstCell(of: total.name, file: total.file, builder: builder)),
        "\(named): the total of \(parts.count) region(s) (\(Self.list(parts)))")
    }
    if !regions.values.contains(where: { $0.parent != nil }) {
      inferHierarchy(&regions, session: &session)
    }
    for (name, region) in regions where region.parent != builder.regions[name]?.parent {
      session.builder.setParent(of: name, to: region.parent)
    }
    for total in builder.regionOrder {
      let parts = builder.regionOrder.filter { regions[$0]?.parent == total }
      if !parts.isEmpty { check(total: total, parts: parts, session: &session) }
    }
  }

  /// Rank of a region's administrative word: 省 4, 市 3, 县 and 区 2, 镇 乡 街道 1, 村 社区 片区 园区 0;
  /// `nil` for a name without one.
  static func rank(of name: String) -> Int? {
    let ranks: [(String, Int)] = [
      ("开发区", 0), ("园区", 0), ("片区", 0), ("社区", 0), ("自治区", 4), ("省", 4), ("市", 3), ("州", 3), ("盟", 3),
      ("县", 2), ("旗", 2), ("区", 2), ("镇", 1), ("乡", 1), ("街道", 1), ("办事处", 1), ("村", 0),
    ]
    return ranks.first { name.hasSuffix($0.0) && name.count > $0.0.count }?.1
  }

  /// Makes the one region ranked above all others their parent when its values are the sum of theirs
  /// wherever all are published (and at least once); says so, or why not, in a notice.
  private static func inferHierarchy(_ regions: inout [String: Region], session: inout IngestSession) {
    let order = session.builder.regionOrder
    guard order.count >= 3 else { return }
    let ranked = order.map { ($0, rank(of: $0)) }
    guard let top = ranked.max(by: { ($0.1 ?? -1) < ($1.1 ?? -1) }), let topRank = top.1,
      ranked.filter({ $0.1 == topRank }).count == 1,
      ranked.allSatisfy({ $0.0 == top.0 || ($0.1 ?? topRank) < topRank })
    else { return }
    let parts = order.filter { $0 != top.0 }
    let (checked, gaps) = sums(total: top.0, parts: parts, session: session)
    let position = session.position(of: firstCell(of: top.0, file: nil, builder: session.builder))
    guard checked > 0, gaps.isEmpty else {
      if checked > 0 {
        session.notice(
          position,
          "no region hierarchy inferred: \(top.0) is not the sum of the \(parts.count) other regions in "
            + "\(gaps.count) of \(checked) values (the first: \(gaps[0].description))")
      }
      return
    }
    for part in parts { regions[part]?.parent = top.0 }
    session.notice(
      position,
      "region hierarchy inferred: \(top.0) is the total of the \(parts.count) other regions (\(Self.list(parts))): "
        + "its values equal the sum of theirs in all \(checked) values published by all")
  }

  /// Checks `total` against `parts` and notices each indicator whose total is not their sum, and the
  /// parts without a value where the total has one.
  private static func check(total: String, parts: [String], session: inout IngestSession) {
    let (_, gaps) = sums(total: total, parts: parts, session: session)
    var noticed: Set<SeriesKey> = []
    for gap in gaps where noticed.insert(gap.key).inserted {
      let more = gaps.filter { $0.key == gap.key }.count - 1
      session.notice(
        session.position(of: gap.position),
        "\(total) is not the sum of its \(parts.count) parts: \(gap.description)"
          + (more > 0 ? " (and \(more) more period(s) of \(gap.key.indicator))" : ""))
    }
    let missing = missingParts(total: total, parts: parts, session: session)
    for (key, (position, names)) in missing.sorted(by: { $0.value.0.raw < $1.value.0.raw }) {
      session.notice(
        session.position(of: position),
        "\(total) \(key.indicator) has a value where its parts \(Self.list(names)) have none: not checked")
    }
  }

  /// A total that its parts do not add up to.
  struct Gap {
    var key: SeriesKey
    var period: Period
    var total: Double
    var sum: Double
    var tolerance: Double
    /// The part without which the sum fits, if one.
    var extra: String?
    var position: PackedPosition

    var description: String {
      var text =
        "\(key.indicator) \(period) \(key.form == .cumulative ? "cumulative " : "")\(NumberBytes.text(total)) "
        + "against the parts' sum \(NumberBytes.text(sum)) (beyond rounding ±\(NumberBytes.text(tolerance - SumCheckReport.binaryNoise)))"
      if let extra { text += "; without \(extra) the parts add up (is it a part?)" }
      return text
    }
  }

  /// The values of `total`'s flows and stocks compared with the sum of `parts` where all are
  /// published, and the gaps beyond rounding.
  private static func sums(total: String, parts: [String], session: IngestSession) -> (
    checked: Int, gaps: [Gap]
  ) {
    var checked = 0
    var gaps: [Gap] = []
    forEachAdditive(total: total, parts: parts, session: session) {
      key, period, value, position, values, decimals in
      guard values.allSatisfy({ !$0.1.isNaN }) else { return }
      checked += 1
      let sum = values.reduce(0) { $0 + $1.1 }
      let tolerance = SumCheckReport.tolerance(parts: values.count + 1, decimals: decimals)
      guard abs(sum - value) > tolerance else { return }
      let extra = values.first { abs(sum - $0.1 - value) <= tolerance }?.0
      gaps.append(
        Gap(
          key: key, period: period, total: value, sum: sum, tolerance: tolerance, extra: extra,
          position: position))
    }
    return (checked, gaps)
  }

  /// The parts without a value where `total` has one, per series of the total (with its first cell).
  private static func missingParts(total: String, parts: [String], session: IngestSession)
    -> [SeriesKey: (PackedPosition, [String])]
  {
    var missing: [SeriesKey: (PackedPosition, [String])] = [:]
    forEachAdditive(total: total, parts: parts, session: session) { key, _, _, position, values, _ in
      let absent = values.filter { $0.1.isNaN }.map(\.0)
      guard !absent.isEmpty, absent.count < values.count, missing[key] == nil else { return }
      missing[key] = (position, absent)
    }
    return missing
  }

  /// Calls `body` for every published value of `total`'s flow and stock series with the parts' values
  /// of the same period (NaN where a part has none) and the most decimals among them.
  private static func forEachAdditive(
    total: String, parts: [String], session: IngestSession,
    _ body: (SeriesKey, Period, Double, PackedPosition, [(String, Double)], Int) -> Void
  ) {
    let builder = session.builder
    for (column, key) in builder.keys.enumerated() where key.region == total {
      guard let kind = session.catalog.indicators[key.indicator]?.kind, kind == .flow || kind == .stock else {
        continue
      }
      let partColumns = parts.map {
        ($0, builder.existingColumn(for: SeriesKey(region: $0, indicator: key.indicator, form: key.form)))
      }
      let decimals = partColumns.compactMap(\.1).map(builder.decimals(of:)).max() ?? 0
      builder.withCells(of: column) { values, positions, rows, base in
        for row in 0..<rows where values[row].isFinite {
          let ordinal = base + row
          let partValues = partColumns.map { name, partColumn in
            (name, partColumn.map { builder.cell(column: $0, ordinal: ordinal).value } ?? .nan)
          }
          body(
            key, Period(ordinal: ordinal), values[row], PackedPosition(raw: positions[row]), partValues,
            max(decimals, builder.decimals(of: column)))
        }
      }
    }
  }

  /// The position of the first stored cell of `region` (in the file `file`, when given).
  private static func firstCell(of region: String, file: Int?, builder: PanelBuilder) -> PackedPosition {
    var first = PackedPosition.empty
    for (column, key) in builder.keys.enumerated() where key.region == region {
      builder.withCells(of: column) { _, positions, rows, _ in
        for row in 0..<rows where positions[row] != 0 {
          let position = PackedPosition(raw: positions[row])
          if file.map({ $0 == position.fileIndex }) ?? true, first.isEmpty || position.raw < first.raw {
            first = position
          }
        }
      }
    }
    return first
  }

  /// At most five names, then how many more.
  private static func list(_ names: [String]) -> String {
    names.count <= 5
      ? names.joined(separator: ", ")
      : names.prefix(5).joined(separator: ", ") + " and \(names.count - 5) more"
  }
}
