/// One monthly series ready for modelling: consecutive values without gaps, and the calendar they
/// belong to.
///
/// A series published with January and February combined (1-2月) is modelled on 11 periods a year:
/// the combined value is one period (labelled February, the month it ends), then March … December;
/// there is never a separate January. Other series have 12 periods a year.
public struct MonthlySeries: Sendable, Equatable {
  /// Period of `values[0]` (February for a combined 1-2月 value).
  public let firstPeriod: Period
  /// The values, oldest first, none missing.
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

  /// Number of values.
  public var count: Int { values.count }

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
    var end = column.count
    while end > 0, column[end - 1].isNaN || (combinedJanuary && (firstPeriod + end - 1).month == 1) {
      end -= 1
    }
    var start = end
    var row = end - 1
    while row >= 0 {
      let isJanuary = (firstPeriod + row).month == 1
      if combinedJanuary && isJanuary {
        row -= 1
        continue
      }
      if column[row].isNaN { break }
      start = row
      row -= 1
    }
    guard start < end else { return nil }
    var values: [Double] = []
    for row in start..<end where !(combinedJanuary && (firstPeriod + row).month == 1) {
      values.append(column[row])
    }
    return MonthlySeries(firstPeriod: firstPeriod + start, values: values, combinedJanuary: combinedJanuary)
  }
}
