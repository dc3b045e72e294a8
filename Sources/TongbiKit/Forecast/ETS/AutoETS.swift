/// Automatic ETS, choosing by AICc as R's `ets` and statsforecast's AutoETS do: every applicable model
/// of `ETSModel.candidates` is screened by a quick fit (`ETSEstimator.fit(_:model:screening:)`), and
/// only the model with the smallest AICc is then fitted in full: rough fits rank models better than
/// full ones (on M1 monthly, 617 series, h = 18, fitting every model in full gave sMAPE 15.30 against
/// 15.08 at the time, and is 5.6 times slower). The screening stops at a relative tolerance of 3·10⁻² on
/// the criterion of the data divided by their scale, so the choice does not depend on the data's units
/// (with the raw criterion 229 of M1's 617 models changed when the data were multiplied by 1000). With
/// R's initial states (its `initstate`) and seasonal models from n > m on, M1 sMAPE is 14.80 (R's
/// `ets` 14.97, statsforecast's AutoETS 14.91); the tolerance was chosen on M1 (10⁻² gave 15.00,
/// 2·10⁻² to 7·10⁻² 14.71 to 14.87, 10⁻¹ 14.92; Benchmarks/compare/README.md lists the variants).
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
