import Testing

@testable import TongbiKit

/// The screening that ranks models must not depend on the units of the data: with a relative
/// tolerance on the raw criterion (whose level shifts by 2n ln 1000 when y is multiplied by 1000),
/// these four M1 series changed model when multiplied by 1000 (as did 229 of the 617). Souvenirs (its
/// first 66 months) takes the undamped leader, refitted in full (`AutoETS`), in every unit.
@Suite("AutoETS does not depend on the units of the data")
struct AutoETSUnitsTests {
  @Test(
    "the same models and weights for y, 1000y and y/1000",
    arguments: ["MRM2", "MRM8", "MRB5", "MRB6", "fpp3::souvenirs"])
  func units(id: String) throws {
    let y =
      id.hasPrefix("fpp")
      ? Array(try sharedSeries("monthly-series/fpp-monthly.csv", id: id).prefix(66))
      : try sharedSeries("monthly-series/m1-monthly-train.csv", id: id)
    let estimator = ETSEstimator(seasonLength: 12, options: .fast)
    let fit = try #require(AutoETS.combination(y, estimator: estimator))
    for factor in [1000.0, 0.001] {
      let scaled = try #require(AutoETS.combination(y.map { $0 * factor }, estimator: estimator))
      #expect(
        scaled.members.map(\.model) == fit.members.map(\.model), "\(id) × \(factor): \(scaled) against \(fit)"
      )
      expectClose(scaled.weights, fit.weights, relative: 1e-3, absolute: 1e-4, "\(id) × \(factor) weights")
      expectClose(
        scaled.pointForecasts(horizon: 18).map { $0 / factor }, fit.pointForecasts(horizon: 18),
        relative: 1e-3, "\(id) × \(factor) forecasts")
    }
  }
}
