import Foundation

/// An annual target of one region's indicator: a level T(y), or a growth g* with T(y) = A(y−1)(1 + g*).
public struct AnnualTarget: Sendable, Equatable {
  /// Region name.
  public var region: String
  /// Indicator name or code as written in the targets file.
  public var indicator: String
  /// Year.
  public var year: Int
  /// Target level, when given.
  public var level: Double?
  /// Target growth as a fraction (0.08 for 8%), when given.
  public var growth: Double?

  /// Creates a target.
  public init(region: String, indicator: String, year: Int, level: Double?, growth: Double?) {
    self.region = region
    self.indicator = indicator
    self.year = year
    self.level = level
    self.growth = growth
  }

  /// T(y): the level, else A(y−1)(1 + g*); `nil` when neither can be formed.
  public func value(lastYear: Double?) -> Double? {
    if let level { return level }
    guard let growth, let lastYear, lastYear.isFinite else { return nil }
    return lastYear * (1 + growth)
  }
}

/// A minimal reader of targets files (`Datasets/township/targets.csv` layout:
/// `地区,指标,年度,目标值,目标增速(%),…`; only the first-tier 目标值/目标增速 are read). Written here
/// because the growth module's targets reader is not on this branch; replace it by that one when
/// merging.
public enum TargetsFile {
  /// Parses UTF-8 CSV text; rows without a year or without any target are skipped.
  public static func parse(_ text: String) -> [AnnualTarget] {
    var lines = text.split(whereSeparator: \.isNewline).map(String.init)
    guard !lines.isEmpty else { return [] }
    let header = lines.removeFirst().replacingOccurrences(of: "\u{FEFF}", with: "")
      .split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
    func column(_ names: [String]) -> Int? { header.firstIndex { names.contains($0) } }
    guard let region = column(["地区", "region"]), let indicator = column(["指标", "indicator"]),
      let year = column(["年度", "year"])
    else { return [] }
    let level = column(["目标值", "target"])
    let growth = column(["目标增速(%)", "目标增速（%）", "target_growth"])
    return lines.compactMap { line in
      let cells = line.split(separator: ",", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      func cell(_ index: Int?) -> String? { index.flatMap { $0 < cells.count ? cells[$0] : nil } }
      guard let yearText = cell(year), let yearValue = Int(yearText) else { return nil }
      let levelValue = cell(level).flatMap(Double.init)
      let growthValue = cell(growth).flatMap(Double.init).map { $0 / 100 }
      guard levelValue != nil || growthValue != nil else { return nil }
      return AnnualTarget(
        region: cell(region) ?? "", indicator: cell(indicator) ?? "", year: yearValue, level: levelValue,
        growth: growthValue)
    }
  }

  /// Reads and parses a file.
  public static func read(path: String) throws -> [AnnualTarget] {
    parse(try String(contentsOfFile: path, encoding: .utf8))
  }
}
