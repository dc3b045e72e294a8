import Foundation

@testable import TongbiKit

extension Period {
  /// Month `month` (1...12) of `year`, for test literals: built from the ordinal, so no optional.
  static func month(_ month: Int, of year: Int) -> Period {
    precondition((1...12).contains(month), "a month of the year")
    return Period(ordinal: year * 12 + month - 1)
  }
}

/// The decimal number written `text`, for test literals; NaN (equal to nothing) when it does not parse.
func decimal(_ text: String) -> Decimal {
  Decimal(string: text) ?? .nan
}
