@_spi(ByteLevel) import ByteLevel

/// Identifies one column of a panel: a region, an indicator, and the form its values take.
public struct SeriesKey: Hashable, Sendable, Comparable {
  /// Region name.
  public var region: String
  /// Indicator code.
  public var indicator: String
  /// Whether the column holds monthly (当月) or year-to-date cumulative (累计) values.
  public var form: ValueForm

  /// Creates a key.
  public init(region: String, indicator: String, form: ValueForm) {
    self.region = region
    self.indicator = indicator
    self.form = form
  }

  /// Hashes the exact UTF-8 bytes of the names (no Unicode normalisation, as `==` compares them) and
  /// the form (as one flag, not its raw text).
  public func hash(into hasher: inout Hasher) {
    ExactText.hash(region, into: &hasher)
    ExactText.hash(indicator, into: &hasher)
    hasher.combine(form == .monthly)
  }

  /// Equal when both names have the same UTF-8 bytes and the forms agree.
  public static func == (lhs: SeriesKey, rhs: SeriesKey) -> Bool {
    lhs.form == rhs.form && ExactText.equal(lhs.region, rhs.region)
      && ExactText.equal(lhs.indicator, rhs.indicator)
  }

  /// Orders by region, then indicator, then form (monthly before cumulative).
  public static func < (lhs: SeriesKey, rhs: SeriesKey) -> Bool {
    (lhs.region, lhs.indicator, lhs.form == .monthly ? 0 : 1) < (
      rhs.region, rhs.indicator, rhs.form == .monthly ? 0 : 1
    )
  }
}

/// The two forms a monthly statistic is published in.
public enum ValueForm: String, Sendable, CaseIterable {
  /// The value of the month itself (当月, 本月); for stocks, rates and indices the only form.
  case monthly
  /// Year-to-date value 1-N月 (累计, 本月止累计): a sum for flows, a mean for averages.
  case cumulative
}
