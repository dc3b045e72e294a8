@_spi(ByteLevel) import ByteLevel

/// Reads a one-period report form (快报, 月报): one row per indicator (and region), its value columns
/// all of one period, stated by the header, a title line, the sheet or file name or `--form-period`
/// (`ReportFormContext`).
///
/// This year's values are stored at that period in their form (本月 monthly, 1-本月 year-to-date); last
/// year's (上年同期) as the comparable base `指标上年同期` at the same period, and the growth (增长(%)) as
/// the published rate `指标同比增长`, both of which pair with the level (`PublishedRatePairs`). Region
/// cells left blank under a filled one are filled down (merged cells saved as CSV); without a region
/// column, a row naming a region and holding no values heads the rows below it (one region per block).
/// Indicator names lose their outline numbering (一、, （二）, 1., 其中：).
struct ReportFormReader {
  let header: ReportFormHeader
  let context: ReportFormContext
  let path: String

  func read(_ stream: inout RecordStream, into session: inout IngestSession) throws(IngestError) {
    var fillDown = KeyFillDown()
    defer { fillDown.report(into: &session) }
    var blockRegion = context.region
    var blockRows = 0
    var firstBlock: SourcePosition?
    let forms = header.columns.map { $0.form ?? context.openForm(header: header) }
    let units = header.columns.map { column in column.measure == .rate ? "%" : column.unit }
    // A form's 1-2月 is the usual combined January and February.
    let combined = context.period.month == 2 && forms.contains(.cumulative)
    while let record = try session.nextDataRecord(&stream, rule: header.fieldCount, path: path) {
      let position = { (column: Int) in SourcePosition(file: path, line: record.line, column: column + 1) }
      let (name, nameUnit) = HeaderText.splitUnit(Self.outlineStripped(record.text(header.indicatorColumn)))
      let hasValues = header.columns.contains { column in record.withBytes(column.index) { !$0.isEmpty } }
      if !hasValues, header.regionColumn == nil, TitleText.isRegionName(name) {
        blockRegion = name
        blockRows += 1
        firstBlock = firstBlock ?? position(header.indicatorColumn)
        session.summary.rowsUsed += 1
        continue
      }
      if name.isEmpty {
        session.rejectRow(position(header.indicatorColumn), .missingField("indicator name"))
        continue
      }
      if !hasValues {
        session.rejectRow(
          position(-1), .missingField("values (the row has a name but no cell under a value column)"))
        continue
      }
      let region =
        header.regionColumn.map { fillDown.fill(record.text($0), key: 0, at: position($0)) } ?? blockRegion
      let parent = header.parentColumn.map { record.text($0) } ?? context.parent
      let rowUnit = nameUnit ?? header.unitColumn.map { record.text($0) }.flatMap { $0.isEmpty ? nil : $0 }
      if combined { session.builder.noteCombinedJanuaryFebruary(indicator: name) }
      var used = false
      var rejected = false
      for (slot, column) in header.columns.enumerated() {
        let indicatorName: String
        switch column.measure {
        case .current: indicatorName = name
        case .base: indicatorName = name + ReportFormColumn.baseSuffix
        case .rate: indicatorName = name + ReportFormColumn.rateSuffix
        }
        let unit = session.unit(units[slot] ?? rowUnit ?? context.unit ?? "")
        let resolved = session.target(
          region: region, parent: parent, indicatorName: indicatorName, unit: unit, form: forms[slot],
          line: record.line)
        let outcome = session.take(
          cell: column.index, of: record, into: resolved, period: context.period, path: path)
        if outcome == .rejected { rejected = true } else { used = true }
      }
      if used {
        session.summary.rowsUsed += 1
      } else if rejected {
        session.summary.rowsRejected += 1
      }
    }
    if let firstBlock {
      session.notice(
        firstBlock, "\(blockRows) row(s) naming a region without values read as the region of the rows below")
    }
  }

  /// Notes the columns that are not read and the period the form was read as.
  func noteColumns(into session: inout IngestSession, headerLine: Int) {
    for (index, text) in header.ignored {
      session.notice(
        SourcePosition(file: path, line: headerLine, column: index + 1),
        "column '\(text)' ignored (name its role with --column '\(text)=ROLE' to read it)")
    }
    session.notice(
      SourcePosition(file: path, line: headerLine, column: 0),
      "one-period report form read as \(context.period) (the period from \(context.periodSource))")
  }

  /// `text` without a leading outline number or 其中： (一、工业 → 工业, （二）税收 → 税收, 1.增值税 →
  /// 增值税, 其中：增值税 → 增值税).
  static func outlineStripped(_ text: String) -> String {
    var rest = Substring(text.trimmingSpaces())
    for prefix in ["其中：", "其中:", "其中"] where rest.hasPrefix(prefix) && rest.count > prefix.count {
      rest = rest.dropFirst(prefix.count)
    }
    let numerals = "一二三四五六七八九十0123456789０１２３４５６７８９"
    var candidate = rest
    let opened = candidate.first.map { "(（".contains($0) } ?? false
    if opened { candidate = candidate.dropFirst() }
    let digits = candidate.prefix { numerals.contains($0) }
    if !digits.isEmpty {
      candidate = candidate.dropFirst(digits.count)
      let closers = opened ? ")）" : "、.．)）"
      if let mark = candidate.first, closers.contains(mark) {
        candidate = candidate.dropFirst()
        if let next = candidate.first, "、.．".contains(next) { candidate = candidate.dropFirst() }
        if !candidate.isEmpty { rest = candidate }
      }
    }
    return String(rest).trimmingSpaces()
  }
}
