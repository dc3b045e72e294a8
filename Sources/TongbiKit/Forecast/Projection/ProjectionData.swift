/// Year-to-date and monthly values of one series, looked up by year and month.
struct ProjectionData {
  let forms: SeriesForms
  let firstPeriod: Period
  let combined: Bool
  /// A 1-N月平均 indicator: C(y,m) and A(y) are means of the months, not sums.
  var average = false

  /// C(y,m) at `period`, nil when missing or outside the data.
  func cumulative(_ period: Period) -> Double? {
    let row = period - firstPeriod
    guard row >= 0, row < forms.cumulative.count, !forms.cumulative[row].isNaN else { return nil }
    return forms.cumulative[row]
  }

  /// C(y,m).
  func cumulative(_ year: Int, _ month: Int) -> Double? {
    Period(year: year, month: month).flatMap(cumulative)
  }

  /// A(y) = C(y,12).
  func annual(_ year: Int) -> Double? { cumulative(year, 12) }

  /// The monthly series ending at `end` (1-2月 combined as one period, C(y,2)), missing months inside
  /// bridged (`MonthlySeries.bridging`).
  func monthlySeries(through end: Period) -> MonthlySeries? {
    let rows = end - firstPeriod + 1
    guard rows > 0, rows <= forms.monthly.count else { return nil }
    return forms.modellingColumn(firstPeriod: firstPeriod, combined: combined, flow: !average, rows: rows)
      .withUnsafeBufferPointer {
        MonthlySeries.bridging($0, firstPeriod: firstPeriod, combinedJanuary: combined)
      }
  }
}
