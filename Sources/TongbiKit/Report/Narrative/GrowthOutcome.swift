/// What a growth says, decided once from the growth table's value and the two levels it compares
/// (amounts and stocks; `nil` levels otherwise), for every place that words it (clauses, tables).
///
/// A rate as displayed; 持平 for a zero displayed rate or zero against zero; 新增 from a zero base; a
/// loss against a profit (由盈转亏), a profit against a loss (扭亏为盈), and a loss against a loss
/// (持平, 减亏, 亏损扩大); else undefined with the reason.
package enum GrowthOutcome: Equatable {
  /// A rate as displayed, not zero.
  case rate(ShownRate)
  /// 持平: the rate displays as 0.0, or both levels are zero.
  case unchanged
  /// 新增: the base is zero and the current level is not.
  case new
  /// 由盈转亏.
  case profitToLoss
  /// 扭亏为盈.
  case lossToProfit
  /// A loss as large as last year's.
  case lossUnchanged
  /// 减亏.
  case lossNarrowed
  /// 亏损扩大.
  case lossWidened
  /// No growth can be given, for this reason.
  case undefined(UndefinedReason)

  /// The rate a table shows as a number: the rate, 0.0 when 持平; `nil` where a word stands instead.
  package var shownRate: ShownRate? {
    switch self {
    case .rate(let shown): shown
    case .unchanged: ShownRate(tenths: 0)
    default: nil
    }
  }

  /// The outcome of `growth` between the levels `current` and `base`.
  package init<Level: Comparable & ExpressibleByIntegerLiteral>(
    _ growth: GrowthValue, current: Level?, base: Level?
  ) {
    switch growth {
    case .value(let rate):
      if let current, let base, current < 0, base > 0 {
        self = .profitToLoss
      } else if let shown = ShownRate(rate) {
        self = shown.isZero ? .unchanged : .rate(shown)
      } else {
        self = .undefined(.missingCurrent)
      }
    case .undefined(.zeroBase):
      self = current == 0 ? .unchanged : .new
    case .undefined(.negativeBase):
      guard let current, let base else {
        self = .undefined(.noBase)
        return
      }
      if current > 0 {
        self = .lossToProfit
      } else if current == base {
        self = .lossUnchanged
      } else {
        self = current > base ? .lossNarrowed : .lossWidened
      }
    case .undefined(let reason):
      self = .undefined(reason)
    }
  }
}
