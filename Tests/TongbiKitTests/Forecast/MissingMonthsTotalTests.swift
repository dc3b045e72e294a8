import Testing

@testable import TongbiKit

/// Runs of missing months whose sum the cumulative values fix, and the filled months moved to it.
@Suite("Missing months: the totals cumulative values give, imposed on the filled months")
struct MissingMonthsTotalTests {
  static let flow = Indicator(
    code: "x", nameZh: "x", unit: .tenThousandYuan, kind: .flow, publication: .cumulative,
    allowsNegative: false)

  /// The forms of a flow published as the year-to-date values `cumulative` (row 0 at `first`; January
  /// with February when `combined`), decimals as written with at most one.
  static func forms(_ cumulative: [Double], from first: Period, combined: Bool = false) -> SeriesForms {
    var indicator = flow
    indicator.january = combined ? .withFebruary : .alone
    return cumulative.withUnsafeBufferPointer {
      SeriesForms(
        monthlyColumn: nil, cumulativeColumn: $0, indicator: indicator, firstPeriod: first, decimals: 1)
    }
  }

  /// Year-to-date sums of `count` months from a January, month t (0, 1, …) taking `monthly(t)`.
  static func yearToDate(_ count: Int, monthly: (Int) -> Double) -> [Double] {
    var result: [Double] = []
    for t in 0..<count { result.append(t % 12 == 0 ? monthly(t) : result[t - 1] + monthly(t)) }
    return result
  }

  /// The series of the modelling column of `cumulative` (row 0 at `first`), Januaries left out when
  /// `combined`, with its forms.
  static func series(_ cumulative: [Double], from first: Period, combined: Bool = false) -> (
    MonthlySeries, SeriesForms
  ) {
    let forms = Self.forms(cumulative, from: first, combined: combined)
    let column = forms.modellingColumn(
      firstPeriod: first, combined: combined, flow: true, rows: cumulative.count)
    let values = column.indices.filter { !combined || (first + $0).month != 1 }.map { column[$0] }
    return (MonthlySeries(firstPeriod: first, values: values, combinedJanuary: combined), forms)
  }

  // 2021: C(m) = 10m but C(1), C(9) and C(12) redacted, so M(1), M(2) (total C(2) = 20), M(9), M(10)
  // (total C(10) − C(8) = 100 − 80 = 20) and M(12) (no total: C(12) is the one unknown) are missing.
  // 2022: C(m) = 11m + 0.1 except C(5) = 55.1, C(8) = 88.3 and C(6), C(7) redacted: M(6), M(7), M(8)
  // missing with total 88.3 − 55.1 = 33.2, exactly as decimals. M(2022-01) = C(2022-01) is known.
  @Test("flows: C(last) − C(before), C(last) when the run opens the year, none when a C is unknown")
  func totalsByHand() throws {
    let first = try #require(Period(year: 2021, month: 1))
    let years: [[Double]] = [(1...12).map { 10.0 * Double($0) }, (1...12).map { 11.0 * Double($0) + 0.1 }]
    var cumulative = years.flatMap { $0 }
    for row in [0, 8, 11, 17, 18] { cumulative[row] = .nan }
    cumulative[16] = 55.1
    cumulative[19] = 88.3
    let (series, forms) = Self.series(cumulative, from: first)
    #expect(series.values.indices.filter { series.values[$0].isNaN } == [0, 1, 8, 9, 11, 17, 18, 19])
    let totals = MissingMonthsTotal.all(in: series, forms: forms, firstPeriod: first)
    #expect(
      totals == [
        MissingMonthsTotal(positions: 0..<2, total: 20), MissingMonthsTotal(positions: 8..<10, total: 20),
        MissingMonthsTotal(positions: 17..<20, total: 33.2),
      ])
  }

  // A 1-2月 series from 2023-02 on 11 periods a year: C(2023,2) redacted hides the 1-2月 value and March,
  // whose total is C(2023,3) = 30 (the run opens the year). C(2023,12) and C(2024,2) redacted hide
  // December, 2024's 1-2月 value and March 2024: one run across a year end, cut there; December has no
  // total (its C is the unknown), 2024's 1-2月 value and March add up to C(2024,3) = 36.
  @Test("1-2月 combined: a run from the 1-2月 period takes C(last); a run across a year end is cut there")
  func combinedByHand() throws {
    let first = try #require(Period(year: 2023, month: 2))
    // Rows 2023-02 … 2024-04 (15 months); 2024-01 is never published.
    let rows: [[Double]] = [
      (2...12).map { 10.0 * Double($0) }, [Double.nan], (2...4).map { 12.0 * Double($0) },
    ]
    var cumulative = rows.flatMap { $0 }
    for row in [0, 10, 12] { cumulative[row] = .nan }
    let (series, forms) = Self.series(cumulative, from: first, combined: true)
    #expect(series.count == 14)
    #expect(series.values.indices.filter { series.values[$0].isNaN } == [0, 1, 10, 11, 12])
    let totals = MissingMonthsTotal.all(in: series, forms: forms, firstPeriod: first)
    #expect(
      totals == [
        MissingMonthsTotal(positions: 0..<2, total: 30), MissingMonthsTotal(positions: 11..<13, total: 36),
      ])
  }

  // Estimates 2 and 6 (sum 8) with total 12: scaled by 1.5 to 3 and 9. A
  // total of −4 in a positive series is refused (nothing moves); in a series with negative values it
  // shifts 2 and 6 by (−4 − 8)/2 = −6 to −4 and 0. Estimates −1 and 3 (sum 2) with total 6: an estimate is
  // not positive, so each shifts by (6 − 2)/2 = 2 to 1 and 5 (scaling by 3 would give −3 and 9, and −50, 51
  // to a total of 100 would give −5000 and 5100); with total 1 and estimates −1, 0 each shifts by
  // (1 + 1)/2 = 1 to 0 and 1.
  @Test(
    "imposing by hand: scaled when the total and every estimate are positive, else shifted; refused in a positive series"
  )
  func imposeByHand() {
    var values = [5, 2, 6, 7.0]
    #expect(MissingMonthsTotal(positions: 1..<3, total: 12).impose(on: &values, positive: true))
    #expect(values == [5, 3, 9, 7])
    values = [5, 2, 6, 7]
    #expect(!MissingMonthsTotal(positions: 1..<3, total: -4).impose(on: &values, positive: true))
    #expect(values == [5, 2, 6, 7])
    #expect(MissingMonthsTotal(positions: 1..<3, total: -4).impose(on: &values, positive: false))
    #expect(values == [5, -4, 0, 7])
    values = [-1, 3]
    #expect(MissingMonthsTotal(positions: 0..<2, total: 6).impose(on: &values, positive: false))
    #expect(values == [1, 5])
    values = [-1, 0]
    #expect(MissingMonthsTotal(positions: 0..<2, total: 1).impose(on: &values, positive: false))
    #expect(values == [0, 1])
  }

  // 2021 with C(m) = 10m but C(9) and C(11) redacted: September to December are missing as months, but
  // C(10) = 100 is known, so September and October add up to C(10) − C(8) = 20 and November and December to
  // C(12) − C(10) = 20: two totals, not one for the four months.
  @Test("a run cut where a C inside it is known: one total each side")
  func cutAtKnownCumulative() throws {
    let first = try #require(Period(year: 2021, month: 1))
    var cumulative = (1...12).map { 10.0 * Double($0) }
    cumulative[8] = .nan
    cumulative[10] = .nan
    let (series, forms) = Self.series(cumulative, from: first)
    #expect(series.values.indices.filter { series.values[$0].isNaN } == [8, 9, 10, 11])
    #expect(
      MissingMonthsTotal.all(in: series, forms: forms, firstPeriod: first) == [
        MissingMonthsTotal(positions: 8..<10, total: 20), MissingMonthsTotal(positions: 10..<12, total: 20),
      ])
  }

  // Monthly and cumulative both published, 2024-01 … 2024-04: M = 3.1, *, 2.7, * and C = 3.1, 8.3, 11.0, *. February
  // is C(2) − C(1) = 8.3 − 3.1 = 5.2 exactly as a decimal; April stays missing (C(4) is unknown too). In a
  // 1-N月平均 (not a flow) the months of C are means, so nothing is taken from them.
  @Test("a monthly cell left empty beside known cumulative values is their difference, in flows only")
  func monthlyFromCumulative() throws {
    let first = try #require(Period(year: 2024, month: 1))
    let monthly: [Double] = [3.1, .nan, 2.7, .nan]
    let cumulative: [Double] = [3.1, 8.3, 11.0, .nan]
    let forms = monthly.withUnsafeBufferPointer { m in
      cumulative.withUnsafeBufferPointer { c in
        SeriesForms(
          monthlyColumn: m, cumulativeColumn: c, indicator: Self.flow, firstPeriod: first, decimals: 1)
      }
    }
    let flow = forms.modellingColumn(firstPeriod: first, combined: false, flow: true, rows: 4)
    #expect(flow[0] == 3.1 && flow[1] == 5.2 && flow[2] == 2.7 && flow[3].isNaN)
    let other = forms.modellingColumn(firstPeriod: first, combined: false, flow: false, rows: 4)
    #expect(other[1].isNaN)
  }

  // Four years from 2020-01 of M = 100 + 10 · month + t (t = 0, 1, …), published cumulative, projected from
  // 1-6月 2023. C(2021,3) redacted: M(2021,3), M(2021,4) missing, their sum C(2021,4) − C(2021,2) = 144 + 155
  // = 299 (t = 14, 15). C(2022,12) redacted: December 2022 missing with no sum (C(2022,12) is the unknown). C(2023,5)
  // redacted: M(2023,5) and M(2023,6) missing at the end, their sum C(2023,6) − C(2023,4) = 190 + 201 = 391 (t = 40, 41).
  // The series the model forecasts from runs to 2023-06 (42 months), both runs with sums filled to them,
  // December 2022 still missing; without the end's sum it would stop at 2023-04.
  @Test("projection: runs with a known sum filled to it, the end's too, a run without one left missing")
  func projection() throws {
    let first = try #require(Period(year: 2020, month: 1))
    var cumulative = Self.yearToDate(48) { Double(100 + 10 * ($0 % 12 + 1) + $0) }
    for row in [14, 35, 40] { cumulative[row] = .nan }
    let forms = Self.forms(cumulative, from: first)
    let data = ProjectionData(forms: forms, firstPeriod: first, combined: false)
    let end = try #require(Period(year: 2023, month: 6))
    let series = try #require(data.monthlySeries(through: end))
    #expect(series.count == 40)
    let estimator = ETSEstimator(seasonLength: 12, options: .fast)
    let combination = try #require(AutoETS.combination(series.values, estimator: estimator))
    let (filled, _) = try #require(
      YearProjector().knownSums(
        series, through: end, data: data, combination: combination, estimator: estimator))
    #expect(filled.count == 42 && filled.period(at: 41) == end)
    #expect(abs(filled.values[14] + filled.values[15] - 299) < 1e-9)
    #expect(abs(filled.values[40] + filled.values[41] - 391) < 1e-9)
    #expect(filled.values.indices.filter { filled.values[$0].isNaN } == [35])
    // An average's months do not add up to its cumulative values: nothing is filled.
    let average = ProjectionData(forms: forms, firstPeriod: first, combined: false, average: true)
    #expect(
      YearProjector().knownSums(
        series, through: end, data: average, combination: combination, estimator: estimator) == nil)
  }

  // A 1-2月 series with a January value all the same (C(y,1) published though the indicator combines
  // January with February): the model has no January period to forecast the year from, and in particular
  // must not read 1-2月 of that year, which comes after the origin.
  @Test("projection: no model estimate from 1-1月 of a 1-2月 combined series")
  func combinedJanuary() throws {
    let first = try #require(Period(year: 2020, month: 1))
    // 40 in January, 30 a month after it: C(y,m) = 40 + 30(m − 1).
    let cumulative = Self.yearToDate(48) { $0 % 12 == 0 ? 40 : 30 }
    let forms = Self.forms(cumulative, from: first, combined: true)
    let data = ProjectionData(forms: forms, firstPeriod: first, combined: true)
    #expect(data.cumulative(2023, 1) == 40)
    #expect(YearProjector().modelProjection(data, year: 2023, month: 1, seasons: 3) == nil)
    #expect(YearProjector().modelProjection(data, year: 2023, month: 3, seasons: 3) != nil)
  }

  // From 2024-01: months 2 and 3 and 5 missing in the history, 2 and 3 filled (their sum known), 5 bridged;
  // then a history whose last two months were carried on and filled (2024-03, 2024-04), and one with nothing
  // missing.
  @Test("projection notes: the months the model's history misses, filled or bridged")
  func gapNotes() throws {
    let first = try #require(Period(year: 2024, month: 1))
    let series = { (values: [Double]) in
      MonthlySeries(firstPeriod: first, values: values, combinedJanuary: false)
    }
    #expect(
      YearProjector.gapNote(
        bridged: series([1, .nan, .nan, 4, .nan, 6]), modelled: series([1, 2, 3, 4, .nan, 6]))
        == "the model's history misses 3 months (2024-02, 2024-03, 2024-05): 2 filled to their sums from the "
        + "cumulative values, 1 bridged by the model")
    #expect(
      YearProjector.gapNote(bridged: series([1, 2]), modelled: series([1, 2, 3, 4]))
        == "the model's history misses 2 months (2024-03, 2024-04): filled to their sums from the cumulative values"
    )
    #expect(
      YearProjector.gapNote(bridged: series([1, .nan, 3]), modelled: series([1, .nan, 3]))
        == "the model's history misses 1 month (2024-02): bridged by the model")
    #expect(YearProjector.gapNote(bridged: series([1, 2]), modelled: series([1, 2])) == nil)
  }

  // The township's 东岭村 税收收入: 1-9月 2022 redacted between 1-8月 2558.8 and 1-10月 3160.7, so September
  // and October add up to 3160.7 − 2558.8 = 601.9. The filled months keep the ratio of the combination's
  // forecasts and add up to that total; without the total they are the forecasts themselves.
  @Test("the township's redacted 1-9月: September and October filled to add up to 1-10月 − 1-8月")
  func township() throws {
    let indicators = try IndicatorFileReader.read(path: datasetPath("township/indicators.csv"))
    var options = IngestOptions()
    options.catalog = IndicatorCatalog(declared: indicators)
    let panel = try ingest(datasetPath("township/township-monthly.csv"), options: options).panel
    let subject = try #require(
      ForecastSubject.all(in: panel).first { $0.region == "东岭村" && $0.indicator == "tax" })
    let bridged = try #require(subject.bridged)
    let total = try #require(subject.bridgedTotals.first)
    #expect(subject.bridgedTotals.count == 1)
    #expect(total.positions.map { bridged.label(bridged.period(at: $0)) } == ["2022-09", "2022-10"])
    #expect(abs(total.total - 601.9) < 1e-9)
    let forecaster = Forecaster(levels: [], etsOptions: .fast)
    let free = try #require(forecaster.filled(bridged))
    let held = try #require(forecaster.filled(bridged, totals: subject.bridgedTotals))
    let (september, october) = (total.positions.lowerBound, total.positions.lowerBound + 1)
    #expect(abs(held.series.values[september] + held.series.values[october] - 601.9) < 1e-9)
    let ratio = free.series.values[september] / free.series.values[october]
    #expect(abs(held.series.values[september] / held.series.values[october] - ratio) < 1e-12)
    #expect(abs(free.series.values[september] + free.series.values[october] - 601.9) > 1)
    #expect(
      held.note.hasSuffix("made to add up to the total the cumulative values give for 2022-09 to 2022-10"))
    #expect(!free.note.contains("add up"))
  }
}
