/// Text of a number as a report shows it: rounded as offices do (`OfficeRounding`), with exactly
/// `decimals` digits after the point, never "-0.0".
///
/// `DisplayNumber.text(0.25, decimals: 1)` is "0.3"; `DisplayNumber.text(-0.04, decimals: 1)` is
/// "0.0" (the rate is 持平, not "−0.0"); NaN gives the empty string.
package enum DisplayNumber {
  /// `value` rounded half away from zero at `decimals` places (0...8) and written with that many
  /// decimals; the empty string for NaN or infinities.
  package static func text(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return "" }
    let places = min(max(decimals, 0), OfficeRounding.guardDecimals - 1)
    guard let units = OfficeRounding.scaledUnits(value, decimals: places) else {
      let rounded = OfficeRounding.decimalRound(value, decimals: places)
      return rounded.description
    }
    let divisor = OfficeRounding.powerOfTen(places).magnitude
    let magnitude = units.magnitude
    let whole = String(magnitude / divisor)
    let sign = units < 0 ? "-" : ""
    guard places > 0 else { return sign + whole }
    let fraction = String(magnitude % divisor)
    return sign + whole + "." + String(repeating: "0", count: places - fraction.count) + fraction
  }
}
