/// Automatic ETS: every applicable model of `ETSModel.candidates` fitted, the smallest AICc kept
/// (as R's `ets` and statsforecast's AutoETS do).
public enum AutoETS {
  /// Models fitted in full after screening all candidates.
  static let finalists = 2

  /// The fit with the smallest AICc among the candidate models for `y` (seasonal models when m ≥ 2
  /// and n ≥ 3m, multiplicative ones when every value is positive), or among `models` when given;
  /// `nil` when none can be fitted.
  public static func fit(_ y: [Double], estimator: ETSEstimator, models: [ETSModel]? = nil) -> ETSFit? {
    let m = estimator.seasonLength
    let candidates =
      models
      ?? ETSModel.candidates(seasonal: m >= 2 && y.count >= 3 * m, positive: !y.contains { $0 <= 0 })
    // Screening: every model fitted quickly; the `finalists` with the smallest AICc are then fitted in
    // full and the best of all fits kept.
    var screened: [ETSFit] = []
    for model in candidates {
      guard let fit = estimator.fit(y, model: model, screening: true), fit.aicc.isFinite else { continue }
      screened.append(fit)
    }
    screened.sort { $0.aicc < $1.aicc }
    var best: ETSFit?
    for quick in screened.prefix(finalists) {
      for fit in [quick, estimator.fit(y, model: quick.model)].compactMap({ $0 }) where fit.aicc.isFinite {
        if best.map({ fit.aicc < $0.aicc }) ?? true { best = fit }
      }
    }
    return best
  }
}
