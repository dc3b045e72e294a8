extension ProjectionFigures {
  /// The report figures of a full-year projection: the projected value at `decimals` places, the
  /// implied growth and the probability of meeting the target in percent (each only when the
  /// projection has it); `nil` when no projection could be made.
  package init?(_ projection: YearProjection, decimals: Int) {
    guard let value = projection.projection, let fullYear = ReportAmount(value, decimals: decimals) else {
      return nil
    }
    let percent: (Double?) -> Double? = { fraction in
      fraction.flatMap { $0.isFinite ? $0 * 100 : nil }
    }
    self.init(
      fullYear: fullYear, growth: percent(projection.impliedGrowth),
      probability: percent(projection.probability))
  }
}
