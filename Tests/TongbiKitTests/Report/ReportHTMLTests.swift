import Foundation
import Testing

@testable import TongbiKit

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Counts elements by name (and `data-chart` of `svg` elements) while checking well-formedness.
final class ElementCounter: NSObject, XMLParserDelegate {
  var counts: [String: Int] = [:]
  var texts: [String] = []
  var currentChart = ""

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    if elementName == "svg", let chart = attributes["data-chart"] { currentChart = chart }
    counts[elementName, default: 0] += 1
    if elementName == "circle", let series = attributes["data-series"] {
      counts["\(currentChart)/\(series)", default: 0] += 1
    }
    if elementName == "rect", attributes["class"] == "bar" { counts["\(currentChart)/bar", default: 0] += 1 }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { texts.append(string) }
}

@Suite("HTML report: well-formed XML, escaped data, charts with the right number of points")
struct ReportHTMLTests {
  private func parse(_ html: String) -> (ok: Bool, counter: ElementCounter) {
    let parser = XMLParser(data: Data(html.utf8))
    let counter = ElementCounter()
    parser.delegate = counter
    return (parser.parse(), counter)
  }

  private func document(region: String, indicator: String) -> ReportDocument {
    let period = ReportPeriod(period: Period.month(6, of: 2024), januaryWithFebruary: true)
    let months = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
    let point = { (year: Int, month: Int) in
      HistoryPoint(
        period: ReportPeriod(period: Period.month(month, of: year), januaryWithFebruary: true),
        periodValue: Double(month * 10), cumulativeGrowth: Double(month) - 3)
    }
    let figures = IndicatorFigures(
      code: "x", nameZh: indicator, unit: .tenThousandYuan, period: period,
      value: ReportAmount(value: 100, decimals: 1), growth: .value(5),
      target: TargetFigures(completion: 48, timeProgress: 50))
    return ReportDocument(
      region: region, period: period, figures: [figures, figures],
      ranking: [
        RankingRow(
          region: region,
          cells: [
            RankingCell(growth: .value(5), rank: 1), RankingCell(growth: .undefined(.zeroBase), rank: nil),
          ]),
        RankingRow(
          region: "乙村",
          cells: [RankingCell(growth: .value(-2), rank: 2), RankingCell(growth: .value(1), rank: 1)]),
      ],
      histories: Array(
        repeating: IndicatorHistory(
          thisYear: months.prefix(5).map { point(2024, $0) }, lastYear: months.map { point(2023, $0) }),
        count: 2))
  }

  private func html(_ document: ReportDocument, _ language: ReportLanguage = .zh) throws -> String {
    try ReportRenderer(templates: try ReportTemplates(), language: language).render(document, format: .html)
  }

  @Test("injection attempts in region and indicator names come out escaped, the page stays XML")
  func injection() throws {
    let region = "<script>alert(1)</script>"
    let indicator = "\"><img src=x onerror=alert(1)>&amp;"
    for language in ReportLanguage.allCases {
      let page = try html(document(region: region, indicator: indicator), language)
      #expect(!page.contains("<script"))
      #expect(!page.contains("<img"))
      #expect(page.contains("&lt;script&gt;"))
      let (ok, counter) = parse(page)
      #expect(ok)
      #expect(counter.counts["script"] == nil && counter.counts["img"] == nil)
      #expect(counter.texts.joined().contains(region))
      #expect(counter.texts.joined().contains(indicator))
    }
  }

  @Test("charts: 5 points this year and 11 last year for a combined 1-2月 series at 1-6月; bars per region")
  func chartPoints() throws {
    let (ok, counter) = parse(try html(document(region: "甲村", indicator: "税收收入")))
    #expect(ok)
    // two indicators: monthly and growth charts each, then target chart, then 2 ranking charts
    #expect(counter.counts["svg"] == 2 * 2 + 1 + 2)
    #expect(counter.counts["monthly/this-year"] == 2 * 5)
    #expect(counter.counts["monthly/last-year"] == 2 * 11)
    #expect(counter.counts["growth/this-year"] == 2 * 5)
    #expect(counter.counts["target/bar"] == 2)
    // the first indicator ranks both regions; in the second one region is 新增 (unranked, no bar)
    #expect(counter.counts["ranking/bar"] == 2 + 1)
  }

  @Test("the bundled township report is well-formed, self-contained and uses CJK system fonts")
  func township() throws {
    var options = IngestOptions()
    options.catalog = IndicatorCatalog(
      declared: try IndicatorFileReader.read(path: datasetPath("township/indicators.csv")))
    let panel = try ingest(datasetPath("township/township-monthly.csv"), options: options).panel
    let document = ReportBuilder.document(panel: panel, region: "清溪镇", period: Period.month(6, of: 2024))
    let page = try html(document)
    let (ok, counter) = parse(page)
    #expect(ok)
    #expect(counter.counts["monthly/this-year"] == 4 * 5)
    #expect(counter.counts["ranking/bar"] == 4 * 6 - 1)  // 南湾村 技改 is 新增, unranked
    let withoutNamespaces = page.replacingOccurrences(of: "http://www.w3.org/", with: "")
    #expect(!withoutNamespaces.contains("http") && !page.contains("src=") && !page.contains("@import"))
    #expect(page.contains("Noto Sans CJK SC") && page.contains("Microsoft YaHei"))
  }

  // Screenshot bug: the −10.0 bar of 西山村 reached the plot's left edge (x = 150) and its value label,
  // right-aligned 4 px left of the bar, was drawn over the region name ending at x = 142. With 40 px
  // kept free, the bar starts at 190 and its label ends at 186, clear of the names (second bar: y = 40 + 26 + 17).
  @Test("a negative bar's value label stays clear of the bar labels")
  func negativeBarLabel() {
    let chart = BarChart(
      title: "t", kind: "ranking",
      bars: [BarChart.Bar(label: "北塘社区", value: 16.7), BarChart.Bar(label: "西山村", value: -10)])
    let svg = chart.svg()
    #expect(svg.contains("<rect class=\"bar\" x=\"190\""))
    #expect(
      svg.contains(
        "<text x=\"186\" y=\"83\" text-anchor=\"end\" font-size=\"11\" font-weight=\"normal\" fill=\"#333\">-10.0</text>"
      ))
    #expect(
      svg.contains(
        "<text x=\"142\" y=\"83\" text-anchor=\"end\" font-size=\"12\" font-weight=\"normal\" fill=\"#333\">西山村</text>"
      ))
  }
}
