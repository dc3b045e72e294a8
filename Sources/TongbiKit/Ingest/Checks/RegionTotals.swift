@_spi(ByteLevel) import ByteLevel

/// The region hierarchy a table states with its total rows or implies with its names, and the check of
/// every total against the sum of its parts that a statistician makes by eye.
///
/// A total row (`TotalRow`) is the parent of the regions first met in its file that have no parent.
/// Without any parent in the data, a hierarchy is inferred: the one region whose administrative word
/// ranks above every other's (`AdministrativeWord`: 省 > 市 > 县, 区 > 镇, 乡, 街道 > 村, 社区, 园区), and
/// whose values equal the sum of theirs within rounding wherever all are published, is their parent.
/// Every total's flows and stocks are then checked against the sum of its parts within the rounding
/// of the values (`SumCheckReport.tolerance`): a gap, the part without which the sum fits, and parts
/// without a value are noticed at the total's cell.
enum RegionTotals {
  /// Settles parents and checks totals, in `session` before its panel is assembled.
  static func settle(_ session: inout IngestSession) {
    let builder = session.builder
    // Most panels have neither totals nor a hierarchy to infer: nothing to group then.
    guard builder.declaresParents || !session.totalRows.isEmpty || topRegion(of: builder.regionOrder) != nil
    else { return }
    let declared = builder.regions
    var regions = declared
    // The columns of each region, grouped once if a total is met at all.
    var grouped: [String: [Int]]?
    let columns = { (region: String) -> [Int] in
      if let grouped { return grouped[region] ?? [] }
      let made = Dictionary(grouping: builder.keys.indices, by: { builder.keys[$0].region })
      grouped = made
      return made[region] ?? []
    }
    if !session.totalRows.isEmpty {
      let files = Dictionary(
        zip(builder.regionOrder, builder.regionFiles), uniquingKeysWith: { first, _ in first })
      for total in session.totalRows {
        let adopted = builder.regionOrder.filter {
          $0 != total.name && regions[$0]?.parent == nil && files[$0] == total.file
            && regions[total.name]?.parent != $0
        }
        for part in adopted { regions[part]?.parent = total.name }
        let parts = builder.regionOrder.filter { regions[$0]?.parent == total.name }
        // A title naming the table's only region makes no total of it.
        if parts.isEmpty { continue }
        let named =
          total.word == total.name
          ? "total row '\(total.word)'" : "total row '\(total.word)' read as \(total.name)"
        // At its first value, or at its row when it has none (every value rejected).
        let first = firstCell(of: columns(total.name), file: total.file, builder: builder)
        session.notice(
          first.isEmpty
            ? SourcePosition(file: session.paths[total.file], line: total.line, column: 0)
            : session.position(of: first),
          "\(named): the total of \(parts.count) region(s) (\(list(parts)))")
      }
    }
    if !regions.values.contains(where: { $0.parent != nil }), let top = topRegion(of: builder.regionOrder) {
      inferHierarchy(top: top, &regions, columns: columns, session: &session)
    }
    for (name, region) in regions where region.parent != declared[name]?.parent {
      session.builder.setParent(of: name, to: region.parent)
    }
    // Totals are the parents that are regions of the panel themselves.
    let children = Dictionary(grouping: builder.regionOrder.filter { regions[$0]?.parent != nil }) {
      regions[$0]?.parent ?? ""
    }
    for total in builder.regionOrder {
      guard let parts = children[total] else { continue }
      for series in compare(total: total, parts: parts, columns: columns(total), session: session) {
        series.notice(total: total, parts: parts.count, into: &session)
      }
    }
  }

  /// The one region of `order` (at least three) whose administrative word ranks above every other's,
  /// when each has one; `nil` otherwise.
  private static func topRegion(of order: [String]) -> String? {
    guard order.count >= 3 else { return nil }
    var top: (name: String, level: Int)?
    var tied = false
    for name in order {
      guard let level = AdministrativeWord.of(name)?.level else { return nil }
      if let current = top, level <= current.level {
        tied = tied || level == current.level
      } else {
        (top, tied) = ((name, level), false)
      }
    }
    return tied ? nil : top?.name
  }

  /// Makes `top` (`topRegion(of:)`) the parent of every other region when its values are the sum of
  /// theirs wherever all are published (and at least once); says so, or why not, in a notice.
  private static func inferHierarchy(
    top total: String, _ regions: inout [String: Region], columns: (String) -> [Int],
    session: inout IngestSession
  ) {
    let order = session.builder.regionOrder
    let parts = order.filter { $0 != total }
    let compared = compare(total: total, parts: parts, columns: columns(total), session: session)
    let checked = compared.map(\.checked).reduce(0, +)
    let gaps = compared.flatMap { $0.firstGap.map { [$0] } ?? [] }
    guard checked > 0 else { return }
    let position = firstCell(of: columns(total), file: nil, builder: session.builder)
    guard gaps.isEmpty else {
      session.notice(
        session.position(of: position),
        "no region hierarchy inferred: \(total) is not the sum of the \(parts.count) other regions in "
          + "\(compared.map(\.gapCount).reduce(0, +)) of \(checked) values (the first: \(gaps[0].description))"
      )
      return
    }
    for part in parts { regions[part]?.parent = total }
    session.notice(
      session.position(of: position),
      "region hierarchy inferred: \(total) is the total of the \(parts.count) other regions (\(list(parts))): "
        + "its values equal the sum of theirs in all \(checked) values published by all")
  }

  /// A total that its parts do not add up to.
  struct Gap {
    var key: SeriesKey
    var period: Period
    var total: Double
    var sum: Double
    var rounding: Double
    /// The part without which the sum fits, if one.
    var extra: String?
    var position: PackedPosition

    var description: String {
      var text =
        "\(key.indicator) \(period) \(key.form == .cumulative ? "cumulative " : "")\(NumberBytes.text(total)) "
        + "against the parts' sum \(NumberBytes.text(sum)) (beyond rounding ±\(NumberBytes.text(rounding)))"
      if let extra { text += "; without \(extra) the parts add up (is it a part?)" }
      return text
    }
  }

  /// How one series of a total compares with the sum of its parts over its months.
  struct SeriesComparison {
    var key: SeriesKey
    /// Months where the total and every part are published.
    var checked = 0
    /// Months where they are and the total is not the sum, and the first of them.
    var gapCount = 0
    var firstGap: Gap?
    /// The first month where the total is published and some parts are not: its cell and those parts.
    var firstMissing: (position: PackedPosition, parts: [String])?

    /// Notices the first gap (with how many more) and the first month left unchecked.
    func notice(total: String, parts: Int, into session: inout IngestSession) {
      if let gap = firstGap {
        let more = gapCount > 1 ? " (and \(gapCount - 1) more period(s) of \(key.indicator))" : ""
        session.notice(
          session.position(of: gap.position),
          "\(total) is not the sum of its \(parts) parts: \(gap.description)\(more)")
      }
      if let (position, absent) = firstMissing {
        session.notice(
          session.position(of: position),
          "\(total) \(key.indicator) has a value where its parts \(list(absent)) have none: not checked")
      }
    }
  }

  /// Compares every flow and stock series of `total` (its columns `columns`) with the sum of the same
  /// series of `parts`, month by month, in the order the total's series were first met.
  private static func compare(
    total: String, parts: [String], columns: [Int], session: IngestSession
  ) -> [SeriesComparison] {
    let builder = session.builder
    var comparisons: [SeriesComparison] = []
    for column in columns {
      let key = builder.keys[column]
      guard let kind = session.catalog.indicators[key.indicator]?.kind, kind == .flow || kind == .stock else {
        continue
      }
      let partColumns = parts.map {
        builder.existingColumn(for: SeriesKey(region: $0, indicator: key.indicator, form: key.form))
      }
      let decimals = (partColumns.compactMap { $0 } + [column]).map(builder.decimals(of:)).max() ?? 0
      let tolerance = SumCheckReport.tolerance(parts: parts.count, decimals: decimals)
      var comparison = SeriesComparison(key: key)
      var values = [Double](repeating: .nan, count: parts.count)
      builder.withCells(of: column) { totals, positions, rows, base in
        for row in 0..<rows where totals[row].isFinite {
          for (index, partColumn) in partColumns.enumerated() {
            values[index] = partColumn.map { builder.cell(column: $0, ordinal: base + row).value } ?? .nan
          }
          let position = PackedPosition(raw: positions[row])
          guard !values.contains(where: \.isNaN) else {
            if comparison.firstMissing == nil, values.contains(where: { !$0.isNaN }) {
              comparison.firstMissing = (
                position, parts.indices.filter { values[$0].isNaN }.map { parts[$0] }
              )
            }
            continue
          }
          comparison.checked += 1
          let sum = values.reduce(0, +)
          guard abs(sum - totals[row]) > tolerance else { continue }
          comparison.gapCount += 1
          if comparison.firstGap == nil {
            comparison.firstGap = Gap(
              key: key, period: Period(ordinal: base + row), total: totals[row], sum: sum,
              rounding: SumCheckReport.rounding(parts: parts.count, decimals: decimals),
              extra: values.indices.first { abs(sum - values[$0] - totals[row]) <= tolerance }.map {
                parts[$0]
              },
              position: position)
          }
        }
      }
      comparisons.append(comparison)
    }
    return comparisons
  }

  /// The stored cell of `columns` on the earliest line (of the file `file`, when given); empty when
  /// there is none.
  private static func firstCell(of columns: [Int], file: Int?, builder: PanelBuilder) -> PackedPosition {
    var first = PackedPosition.empty
    for column in columns {
      builder.withCells(of: column) { _, positions, rows, _ in
        for row in 0..<rows where positions[row] != 0 && (first.isEmpty || positions[row] < first.raw) {
          let position = PackedPosition(raw: positions[row])
          if file.map({ $0 == position.fileIndex }) ?? true { first = position }
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
