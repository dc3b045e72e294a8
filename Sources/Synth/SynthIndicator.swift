/// An indicator of the synthetic panels: its name, the unit it is written in, a typical monthly level
/// of one region, and the decimals its values are written with.
struct SynthIndicator: Sendable {
  /// Chinese name as written in the data (`税收收入`).
  let name: String
  /// Unit symbol as written in the 计量单位 column (`万元`, `亿元`).
  let unit: String
  /// Median monthly value of one region, in `unit`.
  let typicalLevel: Double
  /// Digits written after the decimal point.
  let decimals: Int

  /// The named indicators, then generic ones (`指标05`, `指标06`, …) for the rest.
  static let named: [SynthIndicator] = [
    SynthIndicator(name: "税收收入", unit: "万元", typicalLevel: 3_000, decimals: 1),
    SynthIndicator(name: "固定资产投资", unit: "亿元", typicalLevel: 2.5, decimals: 2),
    SynthIndicator(name: "规上工业总产值", unit: "万元", typicalLevel: 60_000, decimals: 1),
    SynthIndicator(name: "工业技改投资", unit: "亿元", typicalLevel: 0.4, decimals: 2),
  ]

  /// The first `count` indicators.
  static func list(count: Int) -> [SynthIndicator] {
    (0..<count).map { index in
      if index < named.count { return named[index] }
      let number = DecimalText.padded(index + 1, width: 2)
      return SynthIndicator(name: "指标" + number, unit: "万元", typicalLevel: 1_000, decimals: 1)
    }
  }
}
