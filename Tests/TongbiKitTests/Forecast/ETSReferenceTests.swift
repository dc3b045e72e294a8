import Foundation
import Testing

@testable import TongbiKit

/// Against R 4.2.2, forecast 8.20 (Fixtures/Forecast/ets_theta_reference.R).
///
/// Two kinds of checks. The recursion, likelihood, σ², forecasts and analytic intervals are exact
/// formulas: run at R's estimates (parameters and initial states) they must give R's numbers to
/// rounding. The estimates themselves come from different Nelder–Mead searches of a multimodal,
/// often flat likelihood, so parameters are not compared; instead our maximum must not be below R's
/// by more than 1 log-likelihood unit (half the 2 AICc units usually taken as a meaningful difference
/// between models). Measured: ours is at or above R's in 27 of 28 cases; wineind ETS(A,A,A) is 0.93
/// below (R stops at γ = 10⁻⁴, we at γ = 0.21, another local maximum). Souvenirs, added later, is
/// checked by the same rule.
@Suite("ETS against R's ets")
struct ETSReferenceTests {
  static let cases: [(name: String, id: String?, m: Int)] = [
    ("airpassengers", "datasets::AirPassengers", 12), ("usaccdeaths", "datasets::USAccDeaths", 12),
    ("wineind", "forecast::wineind", 12), ("retail", nil, 11), ("souvenirs", "fpp3::souvenirs", 12),
  ]

  /// The series of a case; souvenirs' first 66 of 84 months, its training part in the per-set
  /// benchmark.
  static func values(_ id: String?) throws -> [Double] {
    guard let id else { return try retailSales().filter { !$0.isNaN } }
    if id.hasPrefix("fpp") {
      return Array(try sharedSeries("monthly-series/fpp-monthly.csv", id: id).prefix(66))
    }
    return try sharedSeries("monthly-series/r-datasets-monthly.csv", id: id)
  }

  @Test(
    "recursion at R's estimates reproduces R's likelihood, σ², forecasts and intervals",
    arguments: ["ANN", "AAN", "AAdN", "AAA", "MAM", "MNM", "MAdM"])
  func recursion(code: String) throws {
    let reference = try forecastFixture("ets_theta_reference.txt")
    let model = try #require(ETSModel(code: code))
    // Souvenirs only with additive errors: its σ² (0.024 for ETS(M,A,M), ten times the others') takes
    // R's closed-form mean and intervals of multiplicative-error models (class 3) 0.1% and 3–4% from
    // their exact values.
    for (name, id, m) in Self.cases where name != "souvenirs" || model.error == .additive {
      let key = "\(name).\(code)"
      let y = try Self.values(id)
      let p = try #require(reference[key + ".params"])
      let initial = try #require(reference[key + ".init"])
      // R's initstate is (l, b, s1 … sm) with s1 the newest: s_m is used for the first observation.
      let seasonal = Array(initial.dropFirst(2).reversed())
      let parameters = ETSParameters(
        alpha: p[0], beta: p[1], gamma: p[2], phi: p[3], level: initial[0], trend: initial[1],
        seasonal: seasonal)
      let fit = try #require(ETSEstimator(seasonLength: m).evaluate(y, model: model, parameters: parameters))
      let criteria = try #require(reference[key + ".criteria"])
      expectClose(
        [-0.5 * fit.criterion, fit.sigma2], [criteria[0], criteria[2]], relative: 1e-7, key + " loglik, σ²")
      let path = fit.forecast(horizon: 12, levels: [0.8, 0.95])
      // R's mean for multiplicative-error models is the class-2/3 expectation, which differs from the
      // point forecast by a variance term of order σ² (σ² ≈ 0.002 here): within 10⁻³ for those.
      expectClose(
        path.mean, reference[key + ".mean"] ?? [], relative: fit.hasAnalyticVariance ? 1e-8 : 1e-3,
        key + " mean")
      // Additive-error models: the same closed form as R. Multiplicative ones: 2000 simulated paths
      // against R's class-2/3 closed-form approximation (forecast(simulate = FALSE)), within 3%.
      let tolerance = fit.hasAnalyticVariance ? 1e-7 : 0.03
      expectClose(
        path.intervals[0].lower, reference[key + ".lower_80"] ?? [], relative: tolerance, key + " lower 80")
      expectClose(
        path.intervals[1].upper, reference[key + ".upper_95"] ?? [], relative: tolerance, key + " upper 95")
    }
  }

  @Test(
    "estimation reaches R's optimum (log-likelihood at most 1 below)",
    arguments: ["ANN", "AAN", "AAdN", "AAA", "MAM", "MNM", "MAdM"])
  func estimation(code: String) throws {
    let reference = try forecastFixture("ets_theta_reference.txt")
    for (name, id, m) in Self.cases {
      let y = try Self.values(id)
      let model = try #require(ETSModel(code: code))
      let fit = try #require(ETSEstimator(seasonLength: m).fit(y, model: model), "\(name) \(code)")
      let key = "\(name).\(code)"
      let criteria = try #require(reference[key + ".criteria"])
      let ours = -0.5 * fit.criterion
      #expect(
        ours >= criteria[0] - 1,
        "\(key): log-likelihood \(ours) vs R \(criteria[0]), α β γ φ \(fit.parameters.alpha) \(fit.parameters.beta) \(fit.parameters.gamma) \(fit.parameters.phi), R \(reference[key + ".params"] ?? [])"
      )
    }
  }

  /// The combination's leader (the model with the largest Akaike weight, ranked by screening fits;
  /// undamped when its AICc beats the damped leader's by more than 2), fitted in full, against the model
  /// R's `ets` chose: the same model, or one within one AICc unit of R's choice. With the CLI's `fast`
  /// settings the trend is undamped where R's is: retail and souvenirs grow too steadily for a damped
  /// trend to earn its parameter, and R takes ETS(M,A,M) for both. (The other way round it need not
  /// hold: on airpassengers the `fast` screening fits favour ETS(M,A,M) by more than 2, R's full fits
  /// ETS(M,Ad,M) by 3.0.)
  @Test("automatic selection picks R's model or one at least as good by AICc, undamped where R's is")
  func automatic() throws {
    let reference = try forecastFixture("ets_theta_reference.txt")
    let expected = [
      "airpassengers": "MAdM", "usaccdeaths": "ANA", "wineind": "MAdM", "retail": "MAM", "souvenirs": "MAM",
    ]
    for (name, id, m) in Self.cases {
      let y = try Self.values(id)
      let rModel = try #require(ETSModel(code: expected[name] ?? ""))
      let estimator = ETSEstimator(seasonLength: m)
      let leader = try #require(AutoETS.combination(y, estimator: estimator)).leader
      let fit = try #require(estimator.fit(y, model: leader.model))
      let rAICc = try #require(reference["\(name).auto.criteria"])[1]
      #expect(
        fit.model == rModel || fit.aicc <= rAICc + 1,
        "\(name): \(fit.model) AICc \(fit.aicc) vs R \(rModel) \(rAICc)")
      let shipped = try #require(
        AutoETS.combination(y, estimator: ETSEstimator(seasonLength: m, options: .fast)))
      if rModel.trend == .additive {
        #expect(
          shipped.leader.model.trend == .additive, "\(name): \(shipped.leader.model) against R's \(rModel)")
      }
    }
  }

  /// The undamped model that replaces a damped leader is fitted with every state estimated
  /// (`ETSOptions.undampedTrend`): on souvenirs its maximum must reach R's (log-likelihood −598.01)
  /// within one unit, as the full fits of `estimation` do.
  @Test("the undamped leader reaches R's maximum on souvenirs")
  func undampedLeader() throws {
    let reference = try forecastFixture("ets_theta_reference.txt")
    let y = try Self.values("fpp3::souvenirs")
    let leader = try #require(
      AutoETS.combination(y, estimator: ETSEstimator(seasonLength: 12, options: .fast))
    ).leader
    #expect(leader.model == ETSModel(code: "MAM"))
    let rLogLikelihood = try #require(reference["souvenirs.MAM.criteria"])[0]
    #expect(
      -0.5 * leader.criterion >= rLogLikelihood - 1, "\(-0.5 * leader.criterion) vs R \(rLogLikelihood)")
  }

  @Test("Theta against thetaf")
  func theta() throws {
    let reference = try forecastFixture("ets_theta_reference.txt")
    for (name, id, m) in Self.cases {
      let y = try Self.values(id)
      let path = try #require(
        Theta.forecast(y, m: m, horizon: 12, levels: [0.8, 0.95], estimator: ETSEstimator(seasonLength: m)))
      expectClose(path.mean, reference["\(name).theta.mean"] ?? [], relative: 0.01, "\(name) theta mean")
      expectClose(
        path.intervals[0].lower, reference["\(name).theta.lower_80"] ?? [], relative: 0.03,
        "\(name) theta lower 80")
    }
  }
}
