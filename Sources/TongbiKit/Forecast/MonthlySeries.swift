/// One monthly series ready for modelling: consecutive values, and the calendar they belong to.
///
/// A series published with January and February combined (1-2月) is modelled on 11 periods a year:
/// the combined value is one period (labelled February, the month it ends), then March … December;
/// there is never a separate January. Other series have 12 periods a year.
public struct MonthlySeries: Sendable, Equatable {
  /// Period of `values[0]` (February for a combined 1-2月 value).
  public let firstPeriod: Period
  /// The values, oldest first: none missing in a series made by `trailing`; NaN for a missing month
  /// inside one made by `bridging`, which ETS models as it is and `forecast` and `backtest` fill for the
  /// other methods but `trend` (`Forecaster.filled`).
  public let values: [Double]
  /// Whether January is published only together with February.
  public let combinedJanuary: Bool

  /// Creates a series; `firstPeriod` must not be a January when `combinedJanuary`.
  public init(firstPeriod: Period, values: [Double], combinedJanuary: Bool) {
    self.firstPeriod = firstPeriod
    self.values = values
    self.combinedJanuary = combinedJanuary
  }

  /// Season length m: 12, or 11 for a combined 1-2月 series.
  public var seasonLength: Int { combinedJanuary ? 11 : 12 }

  /// Number of values, missing ones included.
  public var count: Int { values.count }

  /// The values after the last missing one (the series itself when none is missing); `nil` when the last
  /// value is missing.
  public var completeTail: MonthlySeries? {
    guard let last = values.lastIndex(where: \.isNaN) else { return self }
    guard last < values.count - 1 else { return nil }
    return MonthlySeries(
      firstPeriod: period(at: last + 1), values: Array(values[(last + 1)...]),
      combinedJanuary: combinedJanuary)
  }

  /// The series up to its last observed value (itself when that is its last value).
  public var throughLastValue: MonthlySeries {
    let end = (values.lastIndex { !$0.isNaN } ?? -1) + 1
    guard end < values.count else { return self }
    return MonthlySeries(
      firstPeriod: firstPeriod, values: Array(values[0..<end]), combinedJanuary: combinedJanuary)
  }

  /// Number of values not missing.
  public var observedCount: Int { values.count(where: { !$0.isNaN }) }

  /// Period of the value `index` places after the first (past the end for forecasts).
  public func period(at index: Int) -> Period {
    guard combinedJanuary else { return firstPeriod + index }
    let start = firstPeriod.month - 2
    let position = start + index
    let year = firstPeriod.year + position.floorDivided(by: 11)
    let month = position - position.floorDivided(by: 11) * 11 + 2
    return Period(ordinal: year * 12 + month - 1)
  }

  /// Periods of the `horizon` values after the last one.
  public func futurePeriods(_ horizon: Int) -> [Period] { (0..<horizon).map { period(at: count + $0) } }

  /// Months from `firstPeriod` to the last value: the length of `calendarValues()`.
  public var calendarLength: Int { values.isEmpty ? 0 : period(at: values.count - 1) - firstPeriod + 1 }

  /// The series on the monthly calendar from `firstPeriod` to the last value: NaN in January of a
  /// combined series (for the calendar-based trend regression).
  public func calendarValues() -> [Double] {
    guard combinedJanuary, let last = values.indices.last else { return values }
    let months = period(at: last) - firstPeriod + 1
    var result = [Double](repeating: .nan, count: months)
    for (index, value) in values.enumerated() { result[period(at: index) - firstPeriod] = value }
    return result
  }

  /// The last gap-free stretch of `column` (monthly values, row 0 at `firstPeriod`): from the series'
  /// last value back to just after the missing value before it, skipping Januaries of a combined series
  /// (never published); `nil` when the column has no value. Forecasts start where the series ends, so
  /// an older, longer stretch before a gap is not used.
  public static func trailing(
    _ column: UnsafeBufferPointer<Double>, firstPeriod: Period, combinedJanuary: Bool
  ) -> MonthlySeries? {
    stretch(column, firstPeriod: firstPeriod, combinedJanuary: combinedJanuary, missingShare: 0)
  }

  /// At most this share of a `bridging` series' periods may be missing.
  public static let bridgedMissingShare = 1.0 / 6

  /// The longest stretch of `column` (monthly values, row 0 at `firstPeriod`) that ends at the series'
  /// last value, begins with a value, holds no run of a whole season (m periods) or more of missing
  /// values and at most `bridgedMissingShare` of its periods missing; the missing ones inside are NaN.
  /// Januaries of a combined series are skipped (never published). `nil` when the column has no value.
  /// A redacted month or two then costs the model nothing but those months, where `trailing` would start
  /// the series after them.
  public static func bridging(
    _ column: UnsafeBufferPointer<Double>, firstPeriod: Period, combinedJanuary: Bool
  ) -> MonthlySeries? {
    stretch(
      column, firstPeriod: firstPeriod, combinedJanuary: combinedJanuary, missingShare: bridgedMissingShare)
  }

  /// The longest stretch ending at the last value and beginning with one, with no run of m missing
  /// periods and at most `missingShare` of its periods missing (`trailing`: 0, `bridging`).
  static func stretch(
    _ column: UnsafeBufferPointer<Double>, firstPeriod: Period, combinedJanuary: Bool, missingShare: Double
  ) -> MonthlySeries? {
    let m = combinedJanuary ? 11 : 12
    let isPeriod = { (row: Int) in !(combinedJanuary && (firstPeriod + row).month == 1) }
    var end = column.count
    while end > 0, column[end - 1].isNaN || !isPeriod(end - 1) { end -= 1 }
    guard end > 0 else { return nil }
    var start = end - 1
    var periods = 0
    var missing = 0
    var run = 0
    for row in stride(from: end - 1, through: 0, by: -1) where isPeriod(row) {
      periods += 1
      if column[row].isNaN {
        missing += 1
        run += 1
        if run >= m || missingShare == 0 { break }
      } else {
        run = 0
        if Double(missing) <= missingShare * Double(periods) { start = row }
      }
    }
    let values = (start..<end).filter(isPeriod).map { column[$0] }
    return MonthlySeries(firstPeriod: firstPeriod + start, values: values, combinedJanuary: combinedJanuary)
  }

  /// `YYYY-MM`, or `YYYY-01/02` for the combined first period of a 1-2月 series.
  public func label(_ period: Period) -> String {
    combinedJanuary && period.month == 2 ? "\(period.year)-01/02" : period.description
  }

  /// "N months (A, B, C, …)", or with `noun` in place of "month": how many `positions` there are and the
  /// labels of the first three.
  func months(at positions: [Int], noun: String = "month") -> String {
    let labels = positions.prefix(3).map { label(period(at: $0)) }.joined(separator: ", ")
    let more = positions.count > 3 ? ", …" : ""
    return "\(positions.count) \(noun)\(positions.count == 1 ? "" : "s") (\(labels)\(more))"
  }
}
