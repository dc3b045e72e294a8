/// Automatic ETS, choosing by AICc as R's `ets` and statsforecast's AutoETS do, among the damped-trend
/// space of `ETSModel.candidates`: every applicable model is screened by a quick fit
/// (`ETSEstimator.fit(_:model:screening:)`), and only the model with the smallest AICc is then fitted
/// in full. Rough fits rank models better than full ones: on 918 real monthly series (M1, r-datasets,
/// TSDL, fpp; h = 18) fitting every model in full gave sMAPE 14.53 on M1 and 28.14 on TSDL, against
/// 14.25 and 27.88, and is several times slower. The screening stops at a relative tolerance of 10⁻² on
/// the criterion of the data divided by their scale, so the choice does not depend on the data's units
/// (with the raw criterion 229 of M1's 617 models changed when the data were multiplied by 1000); any
/// tolerance from 3·10⁻³ to 2·10⁻² scores within 0.05 on M1 and 0.2 on TSDL (Benchmarks/compare/README.md).
public enum AutoETS {
  /// The fit with the smallest AICc among the candidate models for `y` (seasonal models when m ≥ 2
  /// and n > m, as in R, multiplicative ones when every value is positive), or among `models` when given;
  /// `nil` when none can be fitted. The full fit of the leader replaces its screening fit only when
  /// its AICc is smaller.
  public static func fit(_ y: [Double], estimator: ETSEstimator, models: [ETSModel]? = nil) -> ETSFit? {
    let m = estimator.seasonLength
    let candidates =
      models
      ?? ETSModel.candidates(seasonal: m >= 2 && y.count > m, positive: !y.contains { $0 <= 0 })
    var leader: ETSFit?
    for model in candidates {
      guard let fit = estimator.fit(y, model: model, screening: true), fit.aicc.isFinite else { continue }
      if leader.map({ fit.aicc < $0.aicc }) ?? true { leader = fit }
    }
    guard let leader else { return nil }
    guard let full = estimator.fit(y, model: leader.model), full.aicc < leader.aicc else { return leader }
    return full
  }
}
