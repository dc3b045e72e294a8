/// Infers an indicator's description from its name and unit when no indicator file describes it
/// (DESIGN.md: unit %, and names with 同比/增速/指数/余额/平均, decide the kind).
package enum IndicatorInference {
  static let rateWords = ["同比", "增速", "增长率", "增幅", "比重", "占比", "比率", "growth", "rate", "(%)", "（%）"]
  static let indexWords = ["指数", "index"]
  static let stockWords = ["余额", "期末", "年末", "月末", "存量", "库存", "balance", "stock"]
  static let averageWords = ["平均", "average", "mean"]
  static let negativeWords = ["利润", "盈亏", "净", "差额", "收支", "顺差", "profit", "net", "balance"]
  static let nonNegativeWords = [
    "税", "收入", "投资", "产值", "产量", "销售", "零售", "出口", "进口", "用电", "营业", "增加值", "总额", "客运", "货运",
    "revenue", "investment", "output", "sales", "production",
  ]
  static let lowerIsBetterWords = ["能耗", "失业率", "亏损", "排放", "污染", "unemployment", "energy consumption"]
  static let cumulativeRateWords = ["累计增长", "累计同比", "累计增速"]

  /// Describes the indicator called `name` with unit `unit`, published in `form`.
  ///
  /// Kind: index when the unit is an index or the name says 指数; rate when the unit is percent or the
  /// name says 同比/增速/增长率/比重; stock for 余额/期末; average for 平均; otherwise flow. Negative
  /// values are allowed for rates, for names that denote a balance or profit (利润, 净, 差额), and for
  /// names the inference does not know; they are refused for known non-negative flows (税收, 投资,
  /// 产值, 销售, ...).
  package static func indicator(named name: String, unit: Unit, form: ValueForm) -> Indicator {
    let lowered = Array(name.lowercased().utf8)
    let has: ([String]) -> Bool = { words in words.contains { containsBytes(lowered, of: $0) } }
    let kind: IndicatorKind
    if unit.isIndex || has(indexWords) {
      kind = .index
    } else if unit.isPercent || has(rateWords) {
      kind = .rate
    } else if has(stockWords) {
      kind = .stock
    } else if has(averageWords) {
      kind = .average
    } else {
      kind = .flow
    }
    let publication: Publication =
      kind.cumulates
      ? (form == .cumulative ? .cumulative : .monthly) : (has(cumulativeRateWords) ? .cumulative : .monthly)
    return Indicator(
      code: name, nameZh: name, unit: unit, kind: kind, publication: publication,
      direction: has(lowerIsBetterWords) ? .lowerIsBetter : .higherIsBetter,
      allowsNegative: kind == .rate || has(negativeWords) || !has(nonNegativeWords)
    )
  }

  /// Whether `word`'s UTF-8 bytes occur in `text` (a plain byte search: the words and the data are
  /// both NFC, and byte search costs no Foundation string bridging per word).
  private static func containsBytes(_ text: [UInt8], of word: String) -> Bool {
    let pattern = word.utf8
    guard let first = pattern.first else { return true }
    guard pattern.count <= text.count else { return false }
    for start in 0...(text.count - pattern.count) where text[start] == first {
      if text[start..<start + pattern.count].elementsEqual(pattern) { return true }
    }
    return false
  }

}
