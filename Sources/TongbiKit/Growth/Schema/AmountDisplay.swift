/// How the amounts of one indicator are shown: in the unit asked for where the indicator's unit
/// converts into it, else in its display unit, else in its own unit; scaled exactly from the stored
/// values (a power of ten on decimals, `UnitScale`).
struct AmountDisplay: Sendable {
  /// The unit shown.
  let unit: Unit
  /// From stored amounts to shown ones, e.g. ×10⁻⁴ from 万元 to 亿元.
  let scale: UnitScale

  /// The display of `indicator`'s amounts when `requested` is asked for.
  init(for indicator: Indicator, requested: Unit?) {
    let shown =
      requested.flatMap { indicator.unit.isConvertible(from: $0) ? $0 : nil }
      ?? indicator.displayUnit ?? indicator.unit
    guard shown != indicator.unit, shown.isConvertible(from: indicator.unit) else {
      unit = indicator.unit
      scale = .identity
      return
    }
    unit = shown
    scale = UnitScale(from: indicator.unit, to: shown)
  }

  /// Decimals tables show an amount written with `written` decimals at: `written` in its own unit; in
  /// a converted unit its usual decimals (`usualDecimals`), or fewer when the conversion leaves fewer
  /// (18927.2 万元 → 1.89 亿元, 10.49 亿元 → 104900 万元).
  func tableDecimals(written: Int) -> Int {
    scale.shift == 0 ? written : min(Self.usualDecimals(unit), scale.decimals(written))
  }

  /// Decimals offices show an amount in `unit` with: two for 亿元, 万元, millions and 万美元 (1.89亿元),
  /// one for thousands, none for 元.
  static func usualDecimals(_ unit: Unit) -> Int {
    unit.exponent >= 4 ? 2 : unit.exponent >= 1 ? 1 : 0
  }
}
