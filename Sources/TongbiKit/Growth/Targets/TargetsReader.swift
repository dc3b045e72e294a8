@_spi(ByteLevel) import ByteLevel

/// Reads an annual targets file: one row per region, indicator and year.
///
/// Headers (Chinese or English, any order): 地区/region, 指标/indicator, 年度/year, 目标值/target,
/// 目标增速(%)/target_growth_pct, 力争目标值/stretch_target, 力争目标增速(%)/stretch_growth_pct. Each
/// tier is a level or a growth rate (a row giving both for one tier is rejected); a row with neither
/// tier is rejected, and so is a row repeating the region, indicator and year of an earlier one. Read
/// for a panel, a row naming a region or an indicator (code, Chinese or English name) the panel lacks
/// is rejected too. Errors name file:line:column.
public enum TargetsReader {
  static let headers: [String: String] = [
    "地区": "region", "region": "region", "指标": "indicator", "indicator": "indicator",
    "年度": "year", "年份": "year", "year": "year",
    "目标值": "target", "target": "target", "确保目标值": "target",
    "目标增速(%)": "growth", "目标增速": "growth", "target_growth_pct": "growth", "target_growth": "growth",
    "确保目标增速(%)": "growth",
    "力争目标值": "stretch", "stretch_target": "stretch",
    "力争目标增速(%)": "stretch_growth", "力争目标增速": "stretch_growth", "stretch_growth_pct": "stretch_growth",
    "stretch_growth": "stretch_growth",
  ]

  /// Reads the targets file at `path` (UTF-8 or GB18030), for `panel` when given.
  public static func read(path: String, for panel: Panel? = nil) throws(IngestError) -> [AnnualTarget] {
    try targets(CSVTextRows.read(path: path), path: path, panel: panel)
  }

  /// Reads a targets file that is already in memory (UTF-8 or GB18030), as if it were the file called
  /// `name` (the name only appears in positions), for `panel` when given.
  package static func read(bytes: UnsafeRawBufferPointer, name: String, for panel: Panel? = nil)
    throws(IngestError) -> [AnnualTarget]
  {
    try targets(CSVTextRows.read(bytes: bytes, path: name), path: name, panel: panel)
  }

  /// The targets of the non-blank `rows` of the file at `path`, the first row the header.
  private static func targets(_ rows: [TextRow], path: String, panel: Panel?) throws(IngestError)
    -> [AnnualTarget]
  {
    guard let header = rows.first else { throw .empty(path: path, reason: "targets file has no rows") }
    var columns: [String: Int] = [:]
    for (index, text) in header.texts.enumerated() {
      let key = text.lowercased().replacingOccurrences(of: "（", with: "(").replacingOccurrences(
        of: "）", with: ")")
      if let field = headers[key] { columns[field] = index }
    }
    guard columns["region"] != nil, columns["indicator"] != nil, columns["year"] != nil else {
      throw IngestError.malformed(
        SourcePosition(file: path, line: header.line, column: 0),
        reason: "targets file: expected a header with 地区, 指标, 年度 and 目标值 or 目标增速(%) "
          + "(or region, indicator, year, target, target_growth_pct)")
    }
    var targets: [AnnualTarget] = []
    var lines: [TargetKey: Int] = [:]
    for row in rows.dropFirst() {
      let target = try target(row, columns: columns, path: path)
      let position = { (field: String) in
        SourcePosition(file: path, line: row.line, column: (columns[field] ?? -1) + 1)
      }
      var code = target.indicator
      if let panel {
        guard panel.regions[target.region] != nil else {
          throw .malformed(
            position("region"),
            reason: "region '\(target.region)' is not in the data; it has: "
              + panel.regionOrder.prefix(20).joined(separator: ", "))
        }
        guard let known = GrowthTable.code(of: target.indicator, in: panel) else {
          throw .malformed(
            position("indicator"),
            reason: "indicator '\(target.indicator)' is not in the data; it has: "
              + panel.indicatorOrder.joined(separator: ", "))
        }
        code = known
      }
      let key = TargetKey(region: target.region, indicator: code, year: target.year)
      if let first = lines[key] {
        throw .malformed(
          position("indicator"),
          reason:
            "repeats the target of \(target.region), \(target.indicator), \(target.year) given on line \(first)"
        )
      }
      lines[key] = row.line
      targets.append(target)
    }
    return targets
  }

  private static func target(_ record: TextRow, columns: [String: Int], path: String) throws(IngestError)
    -> AnnualTarget
  {
    let cell: (String) -> String = { field in columns[field].map { record.text($0) } ?? "" }
    let position: (String) -> SourcePosition = { field in
      SourcePosition(file: path, line: record.line, column: (columns[field] ?? -1) + 1)
    }
    func number(_ field: String) throws(IngestError) -> Double? {
      let text = cell(field)
      if text.isEmpty { return nil }
      var bytes = Array(text.utf8)
      let parsed = bytes.withUnsafeMutableBufferPointer { NumberParser.parse(UnsafeBufferPointer($0)) }
      switch parsed {
      case .value(let value, _): return value
      case .missing: return nil
      case .invalid(let failure): throw .malformed(position(field), reason: "\(field): \(failure)")
      }
    }
    func tier(_ levelField: String, _ growthField: String) throws(IngestError) -> TargetTier? {
      let level = try number(levelField)
      let growth = try number(growthField)
      if level != nil && growth != nil {
        throw .malformed(position(growthField), reason: "give a target level or a target growth, not both")
      }
      return level.map(TargetTier.level) ?? growth.map(TargetTier.growth)
    }
    guard let year = Int(cell("year")), (1900...2200).contains(year) else {
      throw .malformed(position("year"), reason: "year '\(cell("year"))' is not a year such as 2024")
    }
    let base = try tier("target", "growth")
    let stretch = try tier("stretch", "stretch_growth")
    guard base != nil || stretch != nil else {
      throw .malformed(position("target"), reason: "no target level or growth in this row")
    }
    return AnnualTarget(
      region: cell("region"), indicator: cell("indicator"), year: year, base: base, stretch: stretch)
  }
}
