@_spi(ByteLevel) import ByteLevel

/// Final step of an ingest: settles what the data say about each indicator (January published alone or
/// with February, monthly/cumulative/both), checks 上月止累计 + 本月 = 本月止累计 where both forms were
/// published, and moves the cells into the `Panel` matrix.
enum PanelAssembler {
  static func assemble(_ session: inout IngestSession) -> IngestResult {
    DottedMonths.resolve(&session)
    settleIndicators(&session)
    checkCumulativeIdentity(&session)
    rejectFallingCumulatives(&session)
    RegionTotals.settle(&session)
    LoneRegions.notice(&session)
    UnusualMonths.notice(&session)
    let keys = session.builder.keys
    let (first, values, decimals) = session.builder.takeMatrix(threads: session.options.threads)
    var spellings = NameOrdinals()
    for key in keys { _ = spellings.ordinal(of: key.indicator) }
    let used = Set(spellings.names)
    let order = session.catalog.order.filter(used.contains)
    let indicators = session.catalog.indicators.filter { used.contains($0.key) }
    let panel = Panel(
      firstPeriod: first, values: values, keys: keys, columnIndex: session.builder.columnIndex,
      decimals: decimals, indicators: indicators,
      indicatorOrder: order, regions: session.builder.regions, regionOrder: session.builder.regionOrder)
    return IngestResult(panel: panel, summary: session.summary)
  }

  /// Sets January publication and publication form of indicators not declared in an indicator file:
  /// January is published with February when no year has a January value but February cells exist.
  private static func settleIndicators(_ session: inout IngestSession) {
    let builder = session.builder
    // Gathered per exact spelling of the code first (`NameOrdinals`, mostly without hashing), then
    // merged by `String` (which normalises non-ASCII text on every hash) once per spelling.
    var spellings = NameOrdinals()
    var perSpelling: [(forms: Set<ValueForm>, january: Bool, february: Bool)] = []
    for (column, key) in builder.keys.enumerated() {
      let spelling = spellings.ordinal(of: key.indicator)
      if spelling == perSpelling.count { perSpelling.append(([], false, false)) }
      // Nothing more to learn once January and February cells and this form were seen.
      let seen = perSpelling[spelling]
      if seen.january && seen.february && seen.forms.contains(key.form) { continue }
      let (january, february) = builder.withCells(of: column) { values, positions, rows, firstOrdinal in
        // Only the January and February rows, twelve apart, until one holds what is looked for.
        let firstMonth = Period(ordinal: firstOrdinal).month
        let january = stride(from: (13 - firstMonth) % 12, to: rows, by: 12).contains { values[$0].isFinite }
        let february = stride(from: (14 - firstMonth) % 12, to: rows, by: 12).contains { positions[$0] != 0 }
        return (january, february)
      }
      note(key.form, january: january, february: february, in: &perSpelling[spelling])
    }
    var forms: [String: Set<ValueForm>] = [:]
    var hasJanuary: Set<String> = []
    var hasFebruary: Set<String> = []
    for (spelling, seen) in zip(spellings.names, perSpelling) {
      forms[spelling, default: []].formUnion(seen.forms)
      if seen.january { hasJanuary.insert(spelling) }
      if seen.february { hasFebruary.insert(spelling) }
    }
    let combinedCodes = Set(
      builder.combinedJanuaryFebruary.compactMap { session.catalog.indicator(named: $0)?.code })
    for code in forms.keys where !session.catalog.declared.contains(code) {
      guard var indicator = session.catalog.indicators[code] else { continue }
      if combinedCodes.contains(code) || (!hasJanuary.contains(code) && hasFebruary.contains(code)) {
        indicator.january = .withFebruary
      }
      if indicator.kind.cumulates, let seen = forms[code] {
        indicator.publication =
          seen.count == 2 ? .both : (seen.contains(.cumulative) ? .cumulative : .monthly)
      }
      session.catalog.update(indicator)
    }
  }

  /// Adds one column's form and whether it has January and February cells to what was seen of its
  /// indicator.
  private static func note(
    _ form: ValueForm, january: Bool, february: Bool,
    in seen: inout (forms: Set<ValueForm>, january: Bool, february: Bool)
  ) {
    seen.forms.insert(form)
    seen.january = seen.january || january
    seen.february = seen.february || february
  }

  /// Reports every month where a published monthly value and the published cumulative values around it
  /// disagree beyond the rounding of the input: |C(m−1) + M(m) − C(m)| > 1.5 × 10^−d (three rounded
  /// terms, d decimals), or for averages |(m−1)·C(m−1) + M(m) − m·C(m)| beyond m times that.
  private static func checkCumulativeIdentity(_ session: inout IngestSession) {
    let builder = session.builder
    guard let span = builder.storedSpan else { return }
    for (cumulativeColumn, key) in builder.keys.enumerated() where key.form == .cumulative {
      guard let indicator = session.catalog.indicators[key.indicator], indicator.kind.cumulates,
        let monthlyColumn = builder.existingColumn(
          for: SeriesKey(region: key.region, indicator: key.indicator, form: .monthly))
      else { continue }
      let isAverage = indicator.kind == .average
      for ordinal in span {
        let month = Period(ordinal: ordinal).month
        if indicator.january == .withFebruary && month <= 2 { continue }
        let current = builder.cell(column: cumulativeColumn, ordinal: ordinal)
        let monthly = builder.cell(column: monthlyColumn, ordinal: ordinal).value
        let previous = month == 1 ? 0 : builder.cell(column: cumulativeColumn, ordinal: ordinal - 1).value
        guard current.value.isFinite, monthly.isFinite, previous.isFinite else { continue }
        let months = Double(month)
        let implied = isAverage ? ((months - 1) * previous + monthly) / months : previous + monthly
        let decimals = max(builder.decimals(of: cumulativeColumn), builder.decimals(of: monthlyColumn))
        let tolerance = 1.5 * PowerOfTen.value(-decimals) * (isAverage ? months : 1)
        let gap = implied - current.value
        if abs(gap) > tolerance + 1e-9 * abs(current.value) {
          let period = Period(ordinal: ordinal)
          session.notice(
            session.position(of: current.position),
            "上月止累计 + 本月 ≠ 本月止累计 for \(key.region) \(indicator.nameZh) \(period): "
              + "\(format(previous)) + \(format(monthly)) = \(format(implied)) but the cumulative value is \(format(current.value))"
          )
        }
      }
    }
  }

  /// Rejects each year-to-date value below the one of the month before in the same year, for flows
  /// that cannot be negative (a mistyped 1234.5 for 3234.5 would otherwise become a fall and a growth of
  /// 1.7 times the year after): beyond the input's rounding, one unit of its last decimal. The cell is
  /// emptied and reported with both values; a row whose every cell is so rejected counts as rejected.
  private static func rejectFallingCumulatives(_ session: inout IngestSession) {
    var falls: [(column: Int, ordinal: Int, position: PackedPosition, reason: IngestReason)] = []
    for (column, key) in session.builder.keys.enumerated() where key.form == .cumulative {
      guard let indicator = session.catalog.indicators[key.indicator], indicator.kind == .flow,
        !indicator.allowsNegative
      else { continue }
      let unit = PowerOfTen.value(-session.builder.decimals(of: column))
      session.builder.withCells(of: column) { values, positions, rows, firstOrdinal in
        for row in 1..<max(1, rows) where Period(ordinal: firstOrdinal + row).month != 1 {
          let (value, previous) = (values[row], values[row - 1])
          // Beyond one unit of the last decimal (and the binary noise of large values).
          let tolerance = unit + 1e-9 * max(1, abs(previous))
          guard value.isFinite, previous.isFinite, value < previous - tolerance else { continue }
          falls.append(
            (
              column, firstOrdinal + row, PackedPosition(raw: positions[row]),
              .cumulativeFalls(
                value: NumberBytes.text(value), previous: NumberBytes.text(previous),
                previousPeriod: Period(ordinal: firstOrdinal + row - 1), indicator: indicator.nameZh)
            ))
        }
      }
    }
    guard !falls.isEmpty else { return }
    for fall in falls {
      session.builder.clear(column: fall.column, ordinal: fall.ordinal)
      session.summary.cellsUsed -= 1
      _ = session.reject(session.position(of: fall.position), fall.reason)
    }
    session.demoteRowsWithoutCells(Set(falls.map { [$0.position.fileIndex, $0.position.line] }))
  }

  private static func format(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
  }
}
