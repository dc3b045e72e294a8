import Foundation

/// One annual target row: a level target T(y) or a growth target g* (T(y) = A(y−1) × (1 + g*/100)),
/// first tier only (the 确保 tier; 力争 is read by the Growth module).
public struct AnnualTarget: Sendable, Equatable {
  /// Region name.
  public var region: String
  /// Indicator code or Chinese name, as the targets file writes it.
  public var indicator: String
  /// Target year.
  public var year: Int
  /// Level target in the data's unit, if given.
  public var level: Decimal?
  /// Growth target in percent, if given.
  public var growth: Decimal?

  /// Creates a target.
  public init(region: String, indicator: String, year: Int, level: Decimal? = nil, growth: Decimal? = nil) {
    self.region = region
    self.indicator = indicator
    self.year = year
    self.level = level
    self.growth = growth
  }
}

/// Reads a targets file: 地区/region, 指标/indicator, 年度/year, 目标值/target, 目标增速(%)/target_growth
/// (Datasets/township/targets.csv); other columns are ignored.
public enum AnnualTargetsReader {
  static let headers: [String: String] = [
    "地区": "region", "region": "region", "指标": "indicator", "指标名称": "indicator", "indicator": "indicator",
    "年度": "year", "年份": "year", "year": "year", "目标值": "level", "target": "level",
    "目标增速(%)": "growth", "目标增速": "growth", "target_growth": "growth",
  ]

  /// The targets in the file at `path`.
  public static func read(path: String) throws(IngestError) -> [AnnualTarget] {
    let rows = try CSVTextRows.read(path: path)
    guard let header = rows.first else { throw .empty(path: path, reason: "targets file has no rows") }
    var columns: [String: Int] = [:]
    for (index, text) in header.cells.enumerated() {
      if let role = headers[text.lowercased().replacingOccurrences(of: " ", with: "")] {
        columns[role] = index
      }
    }
    guard let region = columns["region"], let indicator = columns["indicator"], let year = columns["year"]
    else {
      throw .malformed(
        SourcePosition(file: path, line: header.line, column: 0),
        reason: "targets file: expected a header with 地区, 指标, 年度, 目标值 and/or 目标增速(%)")
    }
    var targets: [AnnualTarget] = []
    for row in rows.dropFirst() {
      let cell = { (index: Int?) in index.flatMap { $0 < row.cells.count ? row.cells[$0] : nil } ?? "" }
      guard let targetYear = Int(cell(year)) else {
        throw .malformed(
          SourcePosition(file: path, line: row.line, column: year + 1),
          reason: "year '\(cell(year))' is not a year")
      }
      let number = { (text: String) in
        text.isEmpty ? nil : Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
      }
      targets.append(
        AnnualTarget(
          region: cell(region), indicator: cell(indicator), year: targetYear,
          level: number(cell(columns["level"])),
          growth: number(cell(columns["growth"]))))
    }
    return targets
  }
}
