import TongbiKit

// Read the table into a panel; every row is used or reported with its line.
var ingestor = Ingestor(options: IngestOptions())
try ingestor.read(path: "Datasets/township/township-monthly.csv")
let result = ingestor.finish()
let summary = result.summary
print("\(summary.rowsUsed) rows used, \(summary.rowsRejected) rejected")

// The growth table of June 2024; print 累计同比 of 清溪镇's indicators.
guard let june = Period(year: 2024, month: 6) else { fatalError() }
let table = try GrowthTable(panel: result.panel, period: june)
table.forEachSeries { _, key, growth in
  guard key.region == "清溪镇" else { return }
  switch growth.value(.cumulativeYoY, row: table.rows.lowerBound) {
  case .value(let rate):
    let shown = OfficeRounding.round(rate, decimals: 1)
    print("\(key.indicator) 累计同比 \(shown)%")
  case .undefined(let reason):
    print("\(key.indicator) 累计同比 undefined: \(reason)")
  }
}

// The report paragraph of 清溪镇 for 1-6月, in Chinese.
let document = ReportBuilder.document(
  panel: result.panel, region: "清溪镇", period: june)
let renderer = ReportRenderer(templates: try ReportTemplates())
print(try renderer.paragraph(document))
