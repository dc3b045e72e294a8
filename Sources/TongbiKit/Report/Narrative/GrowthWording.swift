import Foundation

/// The growth phrase of a clause (DESIGN.md, wording), in Chinese or English, from the growth table's
/// value and the two levels it compares.
///
/// Rates are displayed to one decimal, half away from zero (`ShownRate`). Chinese: 同比增长 8.7% /
/// 同比下降 3.1% / 与上年同期持平 (displayed 0.0, never −0.0; also zero against zero) / 同比增长 1.5 倍
/// from +100% (X = g / 100, to one decimal, a whole number without ".0") / 新增（上年同期为0）/
/// 同比减亏 X万元 / 亏损同比扩大 X万元 / 同比扭亏为盈 (negative base) / 同比由盈转亏 (a loss against a
/// profit). Full-year figures say 比上年 instead of 同比 (与上年持平).
package enum GrowthWording {
  /// The phrase for `growth` of a figure in `period`: `current` and `base` are the levels compared
  /// (amounts and stocks only; `nil` otherwise), in `unit`; `qualifier` (实际) goes between 同比 and
  /// 增长/下降 in Chinese.
  package static func phrase(
    _ growth: GrowthValue, current: ReportAmount?, base: ReportAmount?, period: ReportPeriod, unit: Unit,
    language: ReportLanguage, qualifier: String = ""
  ) -> String {
    let words = Words.of(language, fullYear: period.isFullYear, qualifier: qualifier)
    // The size of a loss's change, exact on the decimals: |current − base| in the current's precision.
    let change = { () -> String in
      guard let current, let base else { return "" }
      let difference = current.value - base.value
      return AmountWording.text(
        ReportAmount(value: difference < 0 ? -difference : difference, decimals: current.decimals),
        unit: unit,
        language: language)
    }
    switch GrowthOutcome(growth, current: current?.value, base: base?.value) {
    case .rate(let shown):
      if shown.tenths >= 1000 { return words.times(shown) }
      return shown.tenths > 0 ? words.up(shown.text) : words.down(shown.magnitude.text)
    case .unchanged: return words.unchanged
    case .new: return words.new
    case .profitToLoss: return words.profitToLoss
    case .lossToProfit: return words.lossToProfit
    case .lossUnchanged: return words.lossUnchanged
    case .lossNarrowed: return words.lossNarrowed(change())
    case .lossWidened: return words.lossWidened(change())
    case .undefined(let reason): return words.undefined(reason)
    }
  }

  /// The words of the phrases in one language, for a full year or another period.
  struct Words {
    var up: (String) -> String
    var down: (String) -> String
    /// A growth of 100% or more: 增长 X 倍 in Chinese, the percentage in English.
    var times: (ShownRate) -> String
    var unchanged: String
    var new: String
    var profitToLoss: String
    var lossToProfit: String
    var lossUnchanged: String
    var lossNarrowed: (String) -> String
    var lossWidened: (String) -> String
    var undefined: (UndefinedReason) -> String

    static func of(_ language: ReportLanguage, fullYear: Bool, qualifier: String = "") -> Words {
      switch language {
      case .zh:
        let compared = fullYear ? "比上年" : "同比"
        let sameTime = fullYear ? "上年" : "上年同期"
        let grew = compared + qualifier
        return Words(
          up: { "\(grew)增长\($0)%" }, down: { "\(grew)下降\($0)%" }, times: { "\(grew)增长\($0.times)倍" },
          unchanged: "与\(sameTime)持平", new: "新增（\(sameTime)为0）", profitToLoss: "\(compared)由盈转亏",
          lossToProfit: "\(compared)扭亏为盈", lossUnchanged: "亏损与\(sameTime)持平",
          lossNarrowed: { "\(compared)减亏\($0)" }, lossWidened: { "亏损\(compared)扩大\($0)" },
          undefined: { reason in
            switch reason {
            case .combinedPeriod: "1-2月合并发布，无单月数据"
            case .missingCurrent: "本期数据缺失或保密"
            default: "\(sameTime)无可比数据"
            }
          })
      case .en:
        let compared = fullYear ? "on the previous year" : "year on year"
        let sameTime = fullYear ? "last year" : "the same period last year"
        return Words(
          up: { "up \($0)% \(compared)" }, down: { "down \($0)% \(compared)" },
          times: { "up \($0.text)% \(compared)" },
          unchanged: "unchanged from \(sameTime)", new: "new (zero in \(sameTime))",
          profitToLoss: "turned from a profit to a loss \(compared)",
          lossToProfit: "turned from a loss to a profit \(compared)",
          lossUnchanged: "loss unchanged from \(sameTime)",
          lossNarrowed: { "loss narrowed by \($0) \(compared)" },
          lossWidened: { "loss widened by \($0) \(compared)" },
          undefined: { reason in
            switch reason {
            case .combinedPeriod: "January and February are published together"
            case .missingCurrent: "no figure for the period (missing or confidential)"
            default: "no comparable figure for \(sameTime)"
            }
          })
      }
    }
  }
}
