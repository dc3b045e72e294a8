/// A unit of measurement as statistics offices publish it: a base quantity and a power-of-ten scale.
///
/// `万元` is yuan × 10⁴, `亿元` yuan × 10⁸, `万吨` tonnes × 10⁴. Two units convert into each other when
/// their bases agree; the factor is an exact power of ten, so a conversion is one correctly rounded
/// multiplication or division. Percent and index units (上年同月=100) never convert to anything else.
public struct Unit: Hashable, Sendable, CustomStringConvertible {
  /// The quantity measured, without scale: `元`, `美元`, `吨`, `人`, `%`, `上年同月=100`, or empty for counts.
  public let base: String
  /// Power of ten of the scale: 4 for 万, 8 for 亿, 0 for none.
  public let exponent: Int
  /// The unit as written in the data, e.g. `万元`, used for display.
  public let symbol: String

  /// Creates a unit from its parts.
  public init(base: String, exponent: Int, symbol: String) {
    self.base = base
    self.exponent = exponent
    self.symbol = symbol
  }

  /// 元.
  public static let yuan = Unit(base: "元", exponent: 0, symbol: "元")
  /// 万元 (10⁴ 元).
  public static let tenThousandYuan = Unit(base: "元", exponent: 4, symbol: "万元")
  /// 亿元 (10⁸ 元).
  public static let hundredMillionYuan = Unit(base: "元", exponent: 8, symbol: "亿元")
  /// 万美元 (10⁴ US dollars).
  public static let tenThousandDollars = Unit(base: "美元", exponent: 4, symbol: "万美元")
  /// Percent (growth rates and shares).
  public static let percent = Unit(base: "%", exponent: 0, symbol: "%")
  /// Index with the same month of the previous year = 100.
  public static let index = Unit(base: "上年同月=100", exponent: 0, symbol: "上年同月=100")
  /// Plain count without a named unit.
  public static let count = Unit(base: "", exponent: 0, symbol: "")

  /// Whether this is a percentage unit.
  public var isPercent: Bool { base == "%" }

  /// Whether this is an index unit (previous period = 100).
  public var isIndex: Bool { base.hasSuffix("=100") }

  /// Whether values in `other` can be converted into this unit (same base, both scalable).
  public func isConvertible(from other: Unit) -> Bool {
    base == other.base && !isPercent && !isIndex
  }

  /// The unit as written.
  public var description: String { symbol }
}
