import Foundation

/// The charts of an HTML report, as titled SVG: per indicator, the values of each period this year
/// against last year and the cumulative growth by period; target completion against 序时进度; and
/// per indicator, the growth of the sub-regions as ranking bars.
package enum ReportCharts {
  /// A rendered chart.
  package struct Chart: Sendable {
    /// Title of the chart.
    package var title: String
    /// The `<svg>` element.
    package var svg: String
  }

  /// Indicators that get charts of their own; a panel with more gets a note instead of the rest.
  package static let indicatorLimit = 12

  /// The note on indicators left without charts (`nil` when every indicator has its charts).
  package static func omittedNote(_ document: ReportDocument, language: ReportLanguage) -> String? {
    let omitted = document.figures.count - indicatorLimit
    guard omitted > 0 else { return nil }
    return language == .zh
      ? "其余\(omitted)个指标的图表从略，详见增长表。"
      : "Charts of the other \(omitted) indicators are left out; see the growth table."
  }

  /// Every chart of `document`: per indicator (the first `indicatorLimit`), the values of each period
  /// against last year's and the cumulative growth (a published growth rate, its own growth, has only
  /// the first; a chart of fewer than two points is left out); target completion; and per indicator
  /// the growth of the sub-regions.
  package static func charts(_ document: ReportDocument, language: ReportLanguage) -> [Chart] {
    let labels = ReportLabels.labels(language)
    let separator = language == .zh ? "" : ": "
    var charts: [Chart] = []
    for (figures, history) in zip(document.figures, document.histories).prefix(indicatorLimit) {
      let name = TableCells.name(figures, language: language)
      let categories = history.lastYear.map { PeriodWording.axisLabel($0.period, language: language) }
      let align = { (points: [HistoryPoint], value: (HistoryPoint) -> Double?) -> [Double?] in
        history.lastYear.map { slot in
          points.first { $0.period.period.month == slot.period.period.month }.flatMap(value)
        }
      }
      let monthly = LineChart(
        title:
          "\(name)\(separator)\(labels["monthly_chart"] ?? "") (\(TableCells.unit(figures.unit, language: language)))",
        kind: "monthly",
        categories: categories,
        series: [
          .init(
            name: labels["this_year"] ?? "", color: "#c0392b", id: "this-year",
            values: align(history.thisYear, \.periodValue)),
          .init(
            name: labels["last_year"] ?? "", color: "#7f8c8d", id: "last-year",
            values: align(history.lastYear, \.periodValue)),
        ])
      let growth = LineChart(
        title: "\(name)\(separator)\(labels["growth_chart"] ?? "")", kind: "growth", categories: categories,
        series: [
          .init(
            name: labels["this_year"] ?? "", color: "#c0392b", id: "this-year",
            values: align(history.thisYear, \.cumulativeGrowth))
        ])
      // A chart of fewer than two points shows no course and is left out (a one-period report form; a
      // series published monthly only has no 累计增速).
      let points = history.thisYear + history.lastYear
      if points.count(where: { $0.periodValue != nil }) >= 2 {
        charts.append(Chart(title: monthly.title, svg: monthly.svg()))
      }
      if figures.kind != .growthRate && history.thisYear.count(where: { $0.cumulativeGrowth != nil }) >= 2 {
        charts.append(Chart(title: growth.title, svg: growth.svg()))
      }
    }
    if let target = targetChart(document, language: language, labels: labels) {
      charts.append(Chart(title: target.title, svg: target.svg()))
    }
    for (index, figures) in document.figures.enumerated().prefix(indicatorLimit)
    where !document.ranking.isEmpty {
      let name = TableCells.name(figures, language: language)
      let rows = document.ranking.sorted {
        ($0.cells[index].rank ?? Int.max) < ($1.cells[index].rank ?? Int.max)
      }
      let chart = BarChart(
        title: "\(name)\(separator)\(labels["ranking_chart"] ?? "")", kind: "ranking",
        bars: rows.map { BarChart.Bar(label: $0.region, value: ShownRate($0.cells[index].growth)?.value) }
      )
      charts.append(Chart(title: chart.title, svg: chart.svg()))
    }
    return charts
  }

  /// Completion of each indicator's annual target, with 序时进度 as the marker; `nil` without targets.
  static func targetChart(_ document: ReportDocument, language: ReportLanguage, labels: [String: String])
    -> BarChart?
  {
    guard let progress = document.figures.lazy.compactMap(\.target).first?.timeProgress else { return nil }
    let shown = ShownRate(progress) ?? ShownRate(tenths: 0)
    return BarChart(
      title: labels["target_chart"] ?? "", kind: "target",
      bars: document.figures.map {
        BarChart.Bar(label: TableCells.name($0, language: language), value: $0.target?.completion)
      },
      marker: (shown.value, "\(labels["time_progress"] ?? "") \(shown.text)"))
  }
}
