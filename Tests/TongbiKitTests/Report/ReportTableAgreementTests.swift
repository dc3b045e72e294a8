import Foundation
import Testing

@testable import TongbiKit

/// The paragraph cannot disagree with the growth table: for every bundled dataset, region and
/// published period, each clause states the table's displayed amount, headline growth, target
/// completion and rank, taken from the whole table (every region) rather than from the report.
@Suite("Report and growth table agree on every dataset, region and period")
struct ReportTableAgreementTests {
  /// A bundled dataset, with the indicator and targets files that go with it.
  struct Dataset: CustomStringConvertible, Sendable {
    var file: String
    var indicators: String?
    var targets: String?
    var description: String { file }

    /// The dataset's panel, its targets and the whole growth table with target and rank columns.
    func load() throws -> (panel: Panel, targets: [AnnualTarget], table: GrowthTable) {
      var options = IngestOptions()
      if let indicators {
        options.catalog = IndicatorCatalog(
          declared: try IndicatorFileReader.read(path: datasetPath(indicators)))
      }
      let panel = try ingest(datasetPath(file), options: options).panel
      let targets = try self.targets.map { try TargetsReader.read(path: datasetPath($0)) } ?? []
      var table = try GrowthTable(panel: panel)
      table.addTargetColumns(targets)
      table.addRankColumns(by: .growth)
      return (panel, targets, table)
    }
  }

  static let datasets = [
    Dataset(
      file: "township/township-monthly.csv", indicators: "township/indicators.csv",
      targets: "township/targets.csv"),
    Dataset(
      file: "township/township-wide.csv", indicators: "township/indicators.csv",
      targets: "township/targets.csv"),
    Dataset(file: "township/township-monthly.csv"),
    Dataset(file: "public/china-retail-sales-2012-2018.csv"),
    Dataset(file: "public/cei-export-industrial-output-monthly.csv"),
    Dataset(file: "public/nbs-export-industrial-value-added-growth.csv"),
  ]

  @Test("paragraph figures equal the growth table's displayed values", arguments: datasets)
  func agreement(dataset: Dataset) throws {
    let (panel, targets, loaded) = try dataset.load()
    var table = loaded
    let snapshot = table.snapshot()
    let column = { (name: String) in table.extraColumns.first { $0.name == name } }
    let completion = try #require(column("target_completion_pct"))
    let rank = try #require(column("rank"))
    let renderer = ReportRenderer(templates: try ReportTemplates(), language: .zh, halfYear: false)
    var checked = (clauses: 0, growth: 0, completion: 0, rank: 0)
    for region in panel.regionOrder {
      for row in 0..<panel.periodCount {
        let period = panel.period(atRow: row)
        let document = ReportBuilder.document(panel: panel, region: region, period: period, targets: targets)
        let clauses = try renderer.paragraph(document).split(separator: "；").map(String.init)
        guard clauses.count == document.figures.count else {
          Issue.record(
            "\(region) \(period): \(clauses.count) clauses for \(document.figures.count) indicators")
          continue
        }
        for (figures, clause) in zip(document.figures, clauses) {
          guard let ordinal = snapshot.ordinals[RegionIndicator(region: region, indicator: figures.code)]
          else {
            continue
          }
          checked.clauses += 1
          let level = snapshot.level(ordinal, row)
          // A published growth rate states its value as the growth (below), at one decimal.
          if !level.isNaN && figures.kind != .growthRate {
            let amount = DisplayNumber.text(level, decimals: table.series[ordinal].decimals)
            #expect(clause.contains(amount), "\(region) \(period) \(figures.code): \(clause) lacks \(amount)")
          }
          if case .value(let growth) = snapshot.headlineValue(ordinal, row), abs(growth) < 100, growth > -100,
            !OfficeRounding.isZero(growth, decimals: 1)
          {
            let shown = DisplayNumber.text(abs(growth), decimals: 1)
            let stated = ["\(shown)%", "\(shown)个百分点"].contains { clause.contains($0) }
            #expect(stated, "\(region) \(period) \(figures.code): \(clause) lacks the growth \(shown)")
            checked.growth += 1
          }
          if [.amount, .stock].contains(figures.kind),
            let value = completion.value(series: ordinal, row: row).number
          {
            let shown = "完成全年目标任务的\(DisplayNumber.text(value, decimals: 1))%"
            #expect(clause.contains(shown), "\(region) \(period) \(figures.code): \(clause) lacks \(shown)")
            checked.completion += 1
          }
          if let place = rank.value(series: ordinal, row: row).number {
            let shown = "第\(Int(place))位"
            #expect(clause.contains(shown), "\(region) \(period) \(figures.code): \(clause) lacks \(shown)")
            checked.rank += 1
          }
        }
      }
    }
    #expect(checked.clauses > 0 && checked.growth > 0)
    if !targets.isEmpty { #expect(checked.completion > 0) }
    if panel.regions.values.contains(where: { $0.parent != nil }) { #expect(checked.rank > 0) }
  }
}
