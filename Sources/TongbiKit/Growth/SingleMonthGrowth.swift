/// Single-month growth derived from cumulative values and their published cumulative rates, with the
/// band the rates' rounding to 0.1 implies (DESIGN.md):
///
/// g_m = (C(y,m) − C(y,m−1)) / (B̂_m − B̂_{m−1}) − 1, with B̂_k = C(y,k) / (1 + g_k),
///
/// where each published rate g_k may lie anywhere in [g_k − 0.05, g_k + 0.05] percent. The band is the
/// smallest and largest g_m over those four corners; it widens with m because the difference of two
/// large implied bases magnifies their rounding.
package struct SingleMonthGrowth: Equatable, Sendable {
  /// The single-month growth in percent, or why it is undefined.
  package var growth: GrowthValue
  /// Lowest growth consistent with the published rates' rounding, in percent (NaN when undefined).
  package var low: Double
  /// Highest growth consistent with the published rates' rounding, in percent (NaN when undefined).
  package var high: Double

  /// Half the rounding step of published rates, in percent.
  package static let rateHalfStep = 0.05

  /// Derives the single-month growth of month m from C(y,m), C(y,m−1) and the published cumulative
  /// rates g_m, g_{m−1} (percent).
  ///
  /// Undefined when an implied base is missing (a value or rate missing, or a rate of −100%), or when
  /// B̂_m − B̂_{m−1} ≤ 0.
  package init(cumulative: Double, previousCumulative: Double, rate: Double, previousRate: Double) {
    low = .nan
    high = .nan
    let base = GrowthFormulas.impliedBase(current: cumulative, publishedRate: rate)
    let previousBase = GrowthFormulas.impliedBase(current: previousCumulative, publishedRate: previousRate)
    guard let currentBase = base.number else {
      growth = base
      return
    }
    guard let earlierBase = previousBase.number else {
      growth = .undefined(.noBase)
      return
    }
    growth = GrowthFormulas.ratioGrowth(
      current: cumulative - previousCumulative, base: currentBase - earlierBase)
    guard growth.number != nil else { return }
    var lowest = Double.infinity
    var highest = -Double.infinity
    for rateShift in [-Self.rateHalfStep, Self.rateHalfStep] {
      for previousShift in [-Self.rateHalfStep, Self.rateHalfStep] {
        let shiftedBase = cumulative / (1 + (rate + rateShift) / 100)
        let shiftedEarlier = previousCumulative / (1 + (previousRate + previousShift) / 100)
        guard
          let corner = GrowthFormulas.ratioGrowth(
            current: cumulative - previousCumulative, base: shiftedBase - shiftedEarlier
          ).number
        else { continue }
        lowest = min(lowest, corner)
        highest = max(highest, corner)
      }
    }
    if lowest.isFinite { low = lowest }
    if highest.isFinite { high = highest }
  }
}
