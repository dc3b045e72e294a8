import Foundation

/// An amount as the data published it: an exact decimal value and the number of decimals the input
/// used (its precision), e.g. 18927.2 万元 with one decimal.
package struct ReportAmount: Sendable, Equatable {
  /// The exact decimal value.
  package var value: Decimal
  /// Decimals to display (the input's precision).
  package var decimals: Int

  /// Creates an amount.
  package init(value: Decimal, decimals: Int) {
    self.value = value
    self.decimals = decimals
  }

  /// The amount of a `Double` from a panel, at the input's precision; `nil` for NaN.
  package init?(_ value: Double, decimals: Int) {
    guard let decimal = OfficeRounding.decimal(value) else { return nil }
    self.init(value: OfficeRounding.round(decimal, places: decimals), decimals: decimals)
  }

  /// The value written with exactly `decimals` decimals, rounded half away from zero.
  package var text: String { OfficeRounding.text(value, places: decimals) }
}
