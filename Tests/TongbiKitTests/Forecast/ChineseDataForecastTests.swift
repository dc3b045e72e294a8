import LinearAlgebra
import Testing

@testable import TongbiKit

@Suite("Forecasts and projections on 1-2月 combined Chinese data")
struct ChineseDataForecastTests {
  @Test("township panel: projection by last year's pattern, by hand; targets matched")
  func townshipProjection() throws {
    let indicators = try IndicatorFileReader.read(path: datasetPath("township/indicators.csv"))
    var options = IngestOptions()
    options.catalog = IndicatorCatalog(declared: indicators)
    let result = try ingest(datasetPath("township/township-monthly.csv"), options: options)
    let targets = try TargetsReader.read(path: datasetPath("township/targets.csv"))
    let period = try #require(Period(year: 2024, month: 6))
    let projections = ProjectionBatch.run(result.panel, period: period, targets: targets)
    let tax = try #require(projections.first { $0.region == "清溪镇" && $0.indicator == "tax" })
    // A(2023) = 34073.2, C(2024,6) = 18927.2, C(2023,6) = 17404.4 → 34073.2 × 18927.2 / 17404.4.
    let expected = 34073.2 * 18927.2 / 17404.4
    #expect(abs((tax.estimates[.lastYearPattern] ?? 0) - expected) < 1e-6)
    // Target: +8% on A(2023) → 36799.056; growth needed (36799.056 − 18927.2)/(34073.2 − 17404.4) − 1.
    #expect(abs((tax.target ?? 0) - 36799.056) < 1e-6)
    #expect(abs((tax.growthNeeded ?? 0) - ((36799.056 - 18927.2) / (34073.2 - 17404.4) - 1)) < 1e-9)
    // Only 2022-01 … 2024-06 exist: no model estimate, but an interval and a probability from a model of those
    // months, widened, and the output says so. 1-2月 combined is one value: 11 a year, 11 + 11 + 5 = 27.
    #expect(tax.estimates[.model] == nil && tax.shortHistory)
    let interval = try #require(tax.interval)
    let projection = try #require(tax.projection)
    #expect(interval.lower < projection && projection < interval.upper)
    #expect(tax.probability != nil)
    #expect(
      tax.notes.contains { $0.contains("under 3 full years") && $0.contains("27 monthly values") },
      "\(tax.notes)")
  }

  @Test("retail sales on 11 periods a year: forecasts skip January: 2018-12 is followed by 2019-01/02")
  func retailForecast() throws {
    let values = try retailSales()
    let first = try #require(Period(year: 2012, month: 1))
    let series = try #require(
      values.withUnsafeBufferPointer {
        MonthlySeries.trailing($0, firstPeriod: first, combinedJanuary: true)
      })
    #expect(series.count == 70 && series.seasonLength == 11)
    let forecaster = Forecaster(levels: [0.8], etsOptions: .fast)
    let result = try #require(forecaster.forecast(series, horizon: 9, method: .ets))
    #expect(Array(series.futurePeriods(9).map(\.description).suffix(3)) == ["2018-12", "2019-02", "2019-03"])
    // The combined 1-2月 period is about two months of sales: well above the December forecast.
    #expect(result.path.mean[7] > 1.5 * result.path.mean[6])
  }

  @Test("Spring Festival regressor: window shares and an exact fit")
  func springFestival() throws {
    let first = try #require(Period(year: 2020, month: 1))
    let design = TrendDesign(firstPeriod: first, springFestival: true)
    // 2024: festival 2-10, window 2-09 … 2-15, all in February; 2025: festival 1-29, window 1-28 … 2-03,
    // four days in January.
    #expect(design.value(row: 48, column: TrendDesign.springFestivalColumn) == 0)
    #expect(design.value(row: 49, column: TrendDesign.springFestivalColumn) == 1)
    #expect(design.value(row: 60, column: TrendDesign.springFestivalColumn) == 4.0 / 7)
    // y = 100 + 2t + 70·S(r) + 5·[month = 7], noise-free: the fit returns these coefficients.
    let rows = 72
    let y = (0..<rows).map { r -> Double in
      let month = (first + r).month
      return 100 + 2 * Double(r + 1) + 70 * design.value(row: r, column: 13) + (month == 7 ? 5 : 0)
    }
    let fit = TrendRegression.fit(
      Matrix(rows: rows, columns: 1, storage: y), firstPeriod: first, springFestival: true)
    #expect(abs(fit.coefficients[0, 0] - 100) < 1e-8)
    #expect(abs(fit.coefficients[1, 0] - 2) < 1e-10)
    #expect(abs(fit.coefficients[7, 0] - 5) < 1e-8)
    #expect(abs(fit.coefficients[13, 0] - 70) < 1e-8)
  }
}
