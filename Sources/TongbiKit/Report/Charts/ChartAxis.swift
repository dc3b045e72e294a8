import Foundation

/// A value axis with round tick steps (1, 2 or 5 × 10ⁿ) covering the data and zero.
struct ChartAxis {
  /// Lowest value of the axis.
  let low: Double
  /// Highest value of the axis.
  let high: Double
  /// Distance between ticks.
  let step: Double

  /// An axis covering `values` and 0 with about four intervals.
  init(covering values: [Double]) {
    let low = min(values.min() ?? 0, 0)
    var high = max(values.max() ?? 1, 0)
    if high - low <= 0 { high = low + 1 }
    let raw = (high - low) / 4
    let magnitude = pow(10, floor(log10(raw)))
    let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? raw
    self.step = step
    self.low = floor(low / step) * step
    self.high = ceil(high / step) * step
  }

  /// The tick values from `low` to `high`.
  var ticks: [Double] {
    let count = Int(((high - low) / step).rounded())
    return (0...count).map { low + Double($0) * step }
  }

  /// Fraction of the axis at `value` (0 at `low`, 1 at `high`).
  func fraction(_ value: Double) -> Double { (value - low) / (high - low) }

  /// Tick text: no decimals for steps of 1 and more, else as many as the step needs.
  func label(_ value: Double) -> String {
    let decimals = step >= 1 ? 0 : Int(ceil(-log10(step)))
    return OfficeRounding.decimal(value).map { OfficeRounding.text($0, places: decimals) } ?? ""
  }
}
