/// A rate, a change in points or a percentage as a report displays it: one decimal, rounded half away
/// from zero (`OfficeRounding`), held as whole tenths so that comparing and subtracting displayed
/// values is exact (增速比1-5月提高 X 个百分点 is the difference of the two displayed rates).
package struct ShownRate: Comparable, Sendable {
  /// The displayed value × 10.
  package var tenths: Int64

  /// The displayed value whose tenths are `tenths`.
  package init(tenths: Int64) {
    self.tenths = tenths
  }

  /// `value` as displayed; `nil` for NaN, infinities and values beyond ±9·10¹⁷.
  package init?(_ value: Double) {
    if let tenths = OfficeRounding.scaledUnits(value, decimals: 1) {
      self.tenths = tenths
    } else if value.isFinite,
      let tenths = Int64(exactly: (OfficeRounding.round(value, decimals: 1) * 10).rounded())
    {
      self.tenths = tenths
    } else {
      return nil
    }
  }

  /// The displayed value of a growth, `nil` when it is undefined.
  package init?(_ value: GrowthValue) {
    guard let number = value.number else { return nil }
    self.init(number)
  }

  /// Whether the value displays as 0.0.
  package var isZero: Bool { tenths == 0 }

  /// The size without its sign.
  package var magnitude: ShownRate { ShownRate(tenths: Int64(tenths.magnitude)) }

  /// The value as a `Double` (for charts).
  package var value: Double { Double(tenths) / 10 }

  /// The text with one decimal and `-` for negatives: "8.7", "-3.1", "0.0".
  package var text: String {
    let magnitude = tenths.magnitude
    return (tenths < 0 ? "-" : "") + "\(magnitude / 10).\(magnitude % 10)"
  }

  /// X of 增长 X 倍 for a growth of this many percent: the displayed rate / 100 at one decimal, half
  /// away from zero, without a trailing ".0" (150.0 → "1.5", 200.0 → "2", 249.9 → "2.5").
  package var times: String {
    let magnitude = (tenths.magnitude + 50) / 100
    let text =
      (tenths < 0 ? "-" : "") + "\(magnitude / 10)" + (magnitude % 10 == 0 ? "" : ".\(magnitude % 10)")
    return text
  }

  /// The difference of two displayed values, itself displayed exactly.
  package static func - (lhs: ShownRate, rhs: ShownRate) -> ShownRate {
    ShownRate(tenths: lhs.tenths - rhs.tenths)
  }

  /// Orders by value.
  package static func < (lhs: ShownRate, rhs: ShownRate) -> Bool { lhs.tenths < rhs.tenths }
}
