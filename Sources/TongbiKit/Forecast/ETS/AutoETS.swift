/// Automatic ETS: every applicable model of the damped-trend space of `ETSModel.candidates` is fitted
/// by a quick screening fit (`ETSEstimator.fit(_:model:screening:)`), and the fits are combined by
/// their Akaike weights (`ETSCombination`); the member with the largest weight, the leader, is the one a
/// choice by AICc among the screening fits would make (R's `ets` and statsforecast's AutoETS choose by
/// AICc too, among full fits and with the undamped trend).
///
/// When the leader's trend is damped, the same model with an undamped trend is screened too, and takes
/// the leader's place and weight when its AICc is lower by more than 2: the damping's extra parameter
/// must earn its keep, 2 being Burnham and Anderson's bound of "substantial support" for the worse
/// model (taken from them, not tuned: margins of 1 and 4 scored a little better pooled, see
/// Benchmarks/compare/README.md). The undamped model is then refitted with every state estimated
/// (`ETSOptions.undampedTrend`, or the estimator's own options when they estimate every state, as
/// `--ets-fit exact` does), as the trend it extrapolates without bound depends on them; its screening
/// fit is kept when the refit does not reach a smaller AICc.
///
/// Measured on 918 real monthly series (M1, r-datasets, TSDL, fpp; h = 18, Benchmarks/RESULTS.md): the
/// combination scores sMAPE 14.16 on M1, 82.80 on r-datasets, 27.66 on TSDL and 8.82 on fpp, against
/// 14.91, 86.21, 28.24 and 10.18 for statsforecast's AutoETS and 14.97, 86.07, 28.51 and 9.29 for R's
/// `ets`. Without the undamped leader it scored 14.07, 82.92, 27.54 and 9.87: on fpp's souvenirs, a
/// short series of steady growth, every damped model fell short (47.2 against R's ETS(M,A,M) 40.5).
/// The model with the smallest AICc alone scored 14.25, 85.34, 27.88 and 10.06. Rough fits rank models
/// better than full ones: choosing among full fits of every model gave 14.53 on M1 and 28.14 on TSDL,
/// and is several times slower. The screening stops at a relative tolerance of 10⁻² on the criterion of
/// the data divided by their scale, so the weights do not depend on the data's units (with the raw
/// criterion 229 of M1's 617 chosen models changed when the data were multiplied by 1000); any
/// tolerance from 3·10⁻³ to 2·10⁻² scored within 0.05 on M1 and 0.2 on TSDL for the chosen model
/// (Benchmarks/compare/README.md).
public enum AutoETS {
  /// How much lower (in AICc units) the undamped model's criterion must be for it to replace a damped
  /// leader.
  public static let undampedTrendMargin = 2.0

  /// The Akaike-weighted combination of the screening fits of the candidate models for `y` (seasonal
  /// models when m ≥ 2 and n > m, as in R, multiplicative ones when every value is positive), its
  /// damped leader replaced by the undamped model when the data support that better; `nil` when no
  /// model can be fitted.
  public static func combination(_ y: [Double], estimator: ETSEstimator) -> ETSCombination? {
    let m = estimator.seasonLength
    let candidates = ETSModel.candidates(seasonal: m >= 2 && y.count > m, positive: !y.contains { $0 <= 0 })
    guard
      let combination = ETSCombination(
        fits: candidates.compactMap { estimator.fit(y, model: $0, screening: true) })
    else { return nil }
    let leader = combination.leader
    guard leader.model.trend == .damped,
      let screened = estimator.fit(y, model: leader.model.undamped, screening: true),
      screened.aicc + undampedTrendMargin < leader.aicc
    else { return combination }
    let refit = estimator.options.optimizeSeasonalStates ? estimator.options : .undampedTrend
    guard let refitted = estimator.fit(y, model: screened.model, options: refit),
      refitted.aicc <= screened.aicc
    else { return combination.replacingLeader(with: screened) }
    return combination.replacingLeader(with: refitted)
  }
}
