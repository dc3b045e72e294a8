import TongbiKit

/// A small fixed panel and report for the targets that fuzz what a report is made of (indicator file,
/// targets file, templates): a town (清溪镇) of two villages, two cumulative indicators, 2023 and
/// 1-6月 2024, and targets for 2024 in both tiers.
enum FixedReport {
  /// The region reported on.
  static let region = "清溪镇"
  /// The period reported on: 1-6月 2024.
  static let period = Period(year: 2024, month: 6) ?? Period(ordinal: 2024 * 12 + 5)

  /// The panel as a long-layout CSV file: every month 1-2月 to 1-12月 of 2023 and to 1-6月 of 2024.
  static let csv: String = {
    let regions = [("清溪镇", ""), ("东岭村", "清溪镇"), ("西坑村", "清溪镇")]
    let indicators = [("税收收入", "万元", 120.0), ("固定资产投资", "亿元", 2.5)]
    var lines = ["地区,上级地区,指标,计量单位,期别,本月止累计"]
    for (regionIndex, (region, parent)) in regions.enumerated() {
      for (name, unit, monthly) in indicators {
        for (year, lastMonth) in [(2023, 12), (2024, 6)] {
          for month in 2...lastMonth {
            let scale = Double(3 - regionIndex) * (year == 2024 ? 1.07 : 1)
            let value = (monthly * scale * Double(month) * 10).rounded() / 10
            let label = month == 2 ? "\(year)年1-2月" : "\(year)年1-\(month)月"
            lines.append("\(region),\(parent),\(name),\(unit),\(label),\(value)")
          }
        }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }()

  /// The targets of 2024: a growth tier and a level tier.
  static let targetsCSV = """
    地区,指标,年度,目标值,目标增速(%),力争目标值,力争目标增速(%)
    清溪镇,税收收入,2024,,8,,10
    清溪镇,固定资产投资,2024,80.0,,85.0,
    东岭村,税收收入,2024,,6.5,,
    """

  /// The panel of `csv` read with `catalog`, or the ingest error.
  static func panel(catalog: IndicatorCatalog = IndicatorCatalog()) -> Result<Panel, IngestError> {
    var options = IngestOptions()
    options.catalog = catalog
    var ingestor = Ingestor(options: options)
    let bytes = Array(csv.utf8)
    let read = bytes.withUnsafeBytes { buffer in
      Result { () throws(IngestError) in try ingestor.read(bytes: buffer, name: "fixed.csv") }
    }
    if case .failure(let error) = read { return .failure(error) }
    return .success(ingestor.finish().panel)
  }

  /// The default templates, parsed once.
  static let templates: ReportTemplates = {
    do {
      return try ReportTemplates()
    } catch {
      FuzzInvariant.fail("the default templates do not parse: \(error)")
    }
  }()

  /// Renders `document` with the default templates: the paragraph in Chinese and the text report in
  /// English.
  static func render(_ document: ReportDocument) {
    do {
      _ = try ReportRenderer(templates: templates).paragraph(document)
      _ = try ReportRenderer(templates: templates, language: .en).render(document, format: .text)
    } catch {
      FuzzInvariant.fail("the default templates fail: \(error)")
    }
  }

  /// The report document of `region` at `period` from the default panel and the fixed targets.
  static let document: ReportDocument = {
    guard case .success(let panel) = panel() else { FuzzInvariant.fail("the fixed panel does not read") }
    let targets = Array(targetsCSV.utf8).withUnsafeBytes { buffer in
      try? TargetsReader.read(bytes: buffer, name: "fixed-targets.csv")
    }
    guard let targets else { FuzzInvariant.fail("the fixed targets do not read") }
    return ReportBuilder.document(panel: panel, region: region, period: period, targets: targets)
  }()
}
