import Testing

@testable import TongbiKit

/// The screening that ranks models must not depend on the units of the data: with a relative
/// tolerance on the raw criterion (whose level shifts by 2n ln 1000 when y is multiplied by 1000),
/// these four M1 series changed model when multiplied by 1000 (as did 229 of the 617).
@Suite("AutoETS does not depend on the units of the data")
struct AutoETSUnitsTests {
  @Test("the same model for y, 1000y and y/1000", arguments: ["MRM2", "MRM8", "MRB5", "MRB6"])
  func units(id: String) throws {
    let y = try sharedSeries("monthly-series/m1-monthly-train.csv", id: id)
    let estimator = ETSEstimator(seasonLength: 12, options: .fast)
    let fit = try #require(AutoETS.fit(y, estimator: estimator))
    for factor in [1000.0, 0.001] {
      let scaled = try #require(AutoETS.fit(y.map { $0 * factor }, estimator: estimator))
      #expect(scaled.model == fit.model, "\(id) × \(factor): \(scaled.model) against \(fit.model)")
      expectClose(
        scaled.forecast(horizon: 18, levels: []).mean.map { $0 / factor },
        fit.forecast(horizon: 18, levels: []).mean, relative: 1e-3, "\(id) × \(factor) forecasts")
    }
  }
}
