import Foundation
import Testing

@testable import TongbiKit

@Suite("ARIMA building blocks, worked by hand")
struct ARIMAPartsTests {
  @Test("seasonal polynomials expand to φ(B)Φ(Bᵐ) and θ(B)Θ(Bᵐ)")
  func expansion() {
    // (1 − 0.5B)(1 − 0.3B⁴) = 1 − 0.5B − 0.3B⁴ + 0.15B⁵: φ' = (0.5, 0, 0, 0.3, −0.15).
    // (1 + 0.4B)(1 − 0.6B⁴) = 1 + 0.4B − 0.6B⁴ − 0.24B⁵: θ' = (0.4, 0, 0, −0.6, −0.24).
    var ar = [Double](repeating: 9, count: 5)
    var ma = [Double](repeating: 9, count: 5)
    [0.5].withUnsafeBufferPointer { phi in
      [0.3].withUnsafeBufferPointer { seasonal in
        ar.withUnsafeMutableBufferPointer {
          ARMAPolynomials.expand(.autoregressive, phi, seasonal, period: 4, into: $0.baseAddress!)
        }
      }
    }
    [0.4].withUnsafeBufferPointer { theta in
      [-0.6].withUnsafeBufferPointer { seasonal in
        ma.withUnsafeMutableBufferPointer {
          ARMAPolynomials.expand(.movingAverage, theta, seasonal, period: 4, into: $0.baseAddress!)
        }
      }
    }
    expectClose(ar, [0.5, 0, 0, 0.3, -0.15], relative: 0, absolute: 1e-15, "φ'")
    expectClose(ma, [0.4, 0, 0, -0.6, -0.24], relative: 0, absolute: 1e-15, "θ'")
  }

  @Test("partial autocorrelations map to a stationary AR(2): φ₂ = π₂, φ₁ = π₁(1 − π₂)")
  func stationaryMap() {
    let u = [atanh(0.5), atanh(-0.4)]
    var phi = [0.0, 0.0]
    var work = [0.0, 0.0]
    u.withUnsafeBufferPointer { values in
      phi.withUnsafeMutableBufferPointer { out in
        work.withUnsafeMutableBufferPointer {
          ARMAPolynomials.stationary(values, into: out.baseAddress!, work: $0.baseAddress!)
        }
      }
    }
    // π = (0.5, −0.4): φ₁ = 0.5 · 1.4 = 0.7, φ₂ = −0.4; roots of 1 − 0.7z + 0.4z² have modulus 1/√0.4 > 1.
    expectClose(phi, [0.7, -0.4], relative: 1e-14, "φ")
    #expect(AutoARIMA.smallestRoot(phi) > 1)
    #expect(abs(AutoARIMA.smallestRoot(phi) - 1 / 0.4.squareRoot()) < 1e-12)
  }

  @Test("differencing: (1 − B)(1 − B⁴) = 1 − B − B⁴ + B⁵, and the series it gives")
  func differencing() {
    #expect(ARMAPolynomials.differencing(d: 1, seasonalD: 1, period: 4) == [1, 0, 0, 1, -1])
    #expect(ARMAPolynomials.differencing(d: 2, seasonalD: 0, period: 12) == [2, -1])
    // y = t² for t = 0…9: second differences are all 2.
    let y = (0..<10).map { Double($0 * $0) }
    #expect(
      ARIMAEstimator.difference(y, order: ARIMAOrder(p: 0, d: 2, q: 0)) == Array(repeating: 2, count: 8))
  }

  @Test("AR(1): the exact likelihood by the Chandrasekhar filter is the closed form")
  func ar1Likelihood() throws {
    // For AR(1) with coefficient φ and unit innovations, F₁ = 1/(1 − φ²) and Fₜ = 1 afterwards;
    // v₁ = w₁, vₜ = wₜ − φwₜ₋₁. So S = (1 − φ²)w₁² + Σ(wₜ − φwₜ₋₁)², Σ log F = −log(1 − φ²),
    // σ² = S/n, log L = −½(n log(2πσ²) + n − log(1 − φ²)).
    let w = [1.0, -0.5, 2.0, 0.3, -1.2, 0.8]
    let phi = 0.6
    var s = (1 - phi * phi) * w[0] * w[0]
    for t in 1..<w.count { s += (w[t] - phi * w[t - 1]) * (w[t] - phi * w[t - 1]) }
    let n = Double(w.count)
    let expected = -0.5 * (n * log(2 * Double.pi * s / n) + n - log(1 - phi * phi))
    let fit = try #require(
      ARIMAEstimator.evaluate(w, order: ARIMAOrder(p: 1, d: 0, q: 0), coefficients: [phi]))
    #expect(abs(fit.logLikelihood - expected) < 1e-12)
    #expect(abs(fit.sigma2 - s / n) < 1e-14)
    // The one-step forecast is φ·w_n, the next φ²·w_n.
    let path = fit.forecast(horizon: 2, levels: [])
    expectClose(path.mean, [phi * 0.8, phi * phi * 0.8], relative: 1e-13, "AR(1) forecasts")
  }

  @Test("conditional sums of squares by hand: AR(1) without a mean, ARMA(1,1) with one")
  func conditionalSums() throws {
    let w = [1.0, -0.5, 2.0, 0.3, -1.2, 0.8]
    // AR(1), no mean: eₜ = wₜ − φwₜ₋₁ from t = 1, S = Σ eₜ².
    let phi = 0.6
    let ar = ARMAWorkspace(order: ARIMAOrder(p: 1, d: 0, q: 0), length: w.count)
    ar.setCoefficients([phi])
    let arSums = w.withUnsafeBufferPointer { ar.conditionalSumOfSquares($0) }
    var s = 0.0
    for t in 1..<w.count { s += (w[t] - phi * w[t - 1]) * (w[t] - phi * w[t - 1]) }
    #expect(arSums.count == 5 && abs(arSums.dataData - s) < 1e-14)
    #expect(arSums.unitUnit == 0 && arSums.mean(withMean: false) == 0)
    // ARMA(1,1) with a mean μ: eₜ = (wₜ − μ) − φ(wₜ₋₁ − μ) − θeₜ₋₁ from t = 1 with e₀ = 0, linear in μ:
    // eₜ = aₜ − μgₜ with gₜ = (1 − φ) − θgₜ₋₁. The profiled μ̂ = Σaₜgₜ / Σgₜ².
    let theta = 0.3
    let arma = ARMAWorkspace(order: ARIMAOrder(p: 1, d: 0, q: 1, constant: true), length: w.count)
    arma.setCoefficients([phi, theta])
    let sums = w.withUnsafeBufferPointer { arma.conditionalSumOfSquares($0) }
    var a = [0.0]
    var g = [0.0]
    for t in 1..<w.count {
      a.append(w[t] - phi * w[t - 1] - theta * a[t - 1])
      g.append(1 - phi - theta * g[t - 1])
    }
    let aa = a.dropFirst().reduce(0) { $0 + $1 * $1 }
    let ag = zip(a, g).dropFirst().reduce(0) { $0 + $1.0 * $1.1 }
    let gg = g.dropFirst().reduce(0) { $0 + $1 * $1 }
    #expect(
      abs(sums.dataData - aa) < 1e-14 && abs(sums.dataUnit - ag) < 1e-14 && abs(sums.unitUnit - gg) < 1e-14)
    #expect(abs(sums.mean(withMean: true) - ag / gg) < 1e-14)
  }

  @Test("MA(1): the exact likelihood by the filter is the Gaussian density of the covariance matrix")
  func ma1Likelihood() throws {
    // w ~ N(0, Σ) with Σ tridiagonal: 1 + θ² on the diagonal, θ beside it. For n = 3:
    // det Σ = a³ − 2aθ² with a = 1 + θ², and log L = −½(n log(2πσ²) + n + log det Σ) at σ² = wᵀΣ⁻¹w / n.
    let theta = 0.5
    let w = [0.4, -1.0, 0.7]
    let a = 1 + theta * theta
    let determinant = a * a * a - 2 * a * theta * theta
    // Σ⁻¹ = adj(Σ)/det for the symmetric tridiagonal 3 × 3 matrix [[a,θ,0],[θ,a,θ],[0,θ,a]].
    let adjugate = [
      [a * a - theta * theta, -a * theta, theta * theta], [-a * theta, a * a, -a * theta],
      [theta * theta, -a * theta, a * a - theta * theta],
    ]
    var quadratic = 0.0
    for i in 0..<3 { for j in 0..<3 { quadratic += w[i] * adjugate[i][j] * w[j] / determinant } }
    let sigma2 = quadratic / 3
    let expected = -0.5 * (3 * log(2 * Double.pi * sigma2) + 3 + log(determinant))
    let fit = try #require(
      ARIMAEstimator.evaluate(w, order: ARIMAOrder(p: 0, d: 0, q: 1), coefficients: [theta]))
    #expect(abs(fit.logLikelihood - expected) < 1e-12, "\(fit.logLikelihood) against \(expected)")
    #expect(abs(fit.sigma2 - sigma2) < 1e-14)
  }

  @Test("Levenberg–Marquardt finds the minimum of Rosenbrock's function from (−1.2, 1)")
  func rosenbrock() {
    // r = (10(x₂ − x₁²), 1 − x₁): S = 100(x₂ − x₁²)² + (1 − x₁)², minimum 0 at (1, 1).
    struct Rosenbrock: ResidualObjective {
      var residualCount: Int { 2 }
      mutating func residuals(_ x: UnsafeBufferPointer<Double>, into r: UnsafeMutableBufferPointer<Double>)
        -> Bool
      {
        r[0] = 10 * (x[1] - x[0] * x[0])
        r[1] = 1 - x[0]
        return true
      }
    }
    var objective = Rosenbrock()
    var x = [-1.2, 1.0]
    let result = x.withUnsafeMutableBufferPointer {
      LevenbergMarquardt(capacity: 2, residualCapacity: 2).minimize(&objective, x: $0, tolerance: 1e-14)
    }
    #expect(result.value < 1e-16, "S = \(result.value) at \(x)")
    #expect(abs(x[0] - 1) < 1e-7 && abs(x[1] - 1) < 1e-7, "\(x)")
  }

  @Test("a constant series: ARIMA(0,0,0) with its mean, forecasts the constant with zero-width intervals")
  func constantSeries() throws {
    let fit = try #require(AutoARIMA.fit(Array(repeating: 7.5, count: 40), period: 12))
    #expect(fit.order.description == "ARIMA(0,0,0) with non-zero mean")
    let path = fit.forecast(horizon: 3, levels: [0.95])
    #expect(path.mean == [7.5, 7.5, 7.5])
    #expect(path.intervals[0].lower == [7.5, 7.5, 7.5] && path.intervals[0].upper == [7.5, 7.5, 7.5])
  }

  @Test("series that differencing makes constant get the pure differencing model, as in R")
  func degenerate() throws {
    // A straight line 3 + 2t: one difference leaves 2 everywhere, so ARIMA(0,1,0) with drift 2.
    let line = (0..<36).map { 3 + 2 * Double($0) }
    let linear = try #require(AutoARIMA.fit(line, period: 12))
    #expect(linear.order.description == "ARIMA(0,1,0) with drift")
    #expect(linear.forecast(horizon: 2, levels: [0.8]).mean == [75, 77])
    // A year repeated exactly: seasonal naive.
    let year = [5.0, 3, 4, 8, 9, 12, 15, 14, 10, 7, 6, 5]
    let repeated = (0..<48).map { year[$0 % 12] }
    let seasonal = try #require(AutoARIMA.fit(repeated, period: 12))
    #expect(seasonal.order.description == "ARIMA(0,0,0)(0,1,0)[12] with drift")
    #expect(seasonal.forecast(horizon: 12, levels: [0.8]).mean == year)
  }

  @Test("a level large against the noise keeps σ² (the sum of squares is not a difference of large sums)")
  func largeLevel() throws {
    // y = 10⁹ + e with e the deterministic ±1, ±0.5 pattern below: the mean model's σ² is the mean
    // square of e about its mean; e sums to 0 with mean square (1 + 0.25)/2 = 0.625.
    let noise = (0..<60).map { [1.0, -1, 0.5, -0.5][$0 % 4] }
    let y = noise.map { 1e9 + $0 }
    let fit = try #require(ARIMAEstimator.fit(y, order: ARIMAOrder(p: 0, d: 0, q: 0, constant: true)))
    #expect(abs(fit.sigma2 - 0.625) < 1e-6, "σ² = \(fit.sigma2)")
    #expect(abs(fit.differencedMean - 1e9) < 1e-6)
  }

  @Test(
    "units do not matter: the data times 2⁴⁰, 10³⁰⁰ or 10⁻³⁰⁰ give the same estimates and scaled forecasts")
  func units() throws {
    let y = try sharedSeries("monthly-series/r-datasets-monthly.csv", id: "datasets::USAccDeaths")
    let order = ARIMAOrder(p: 0, d: 1, q: 1, seasonalP: 0, seasonalD: 1, seasonalQ: 1, period: 12)
    let base = try #require(ARIMAEstimator.fit(y, order: order))
    let path = base.forecast(horizon: 3, levels: [0.8])
    // A power of two scales every step exactly: the same coefficients to the bit.
    let twoFortieth = try #require(ARIMAEstimator.fit(y.map { $0 * 0x1p40 }, order: order))
    #expect(twoFortieth.ma == base.ma && twoFortieth.seasonalMA == base.seasonalMA)
    #expect(twoFortieth.forecast(horizon: 3, levels: [0.8]).mean == path.mean.map { $0 * 0x1p40 })
    // 10³⁰⁰ and 10⁻³⁰⁰ (whose squares overflow or vanish) fit, the same model to rounding.
    for factor in [1e300, 1e-300] {
      let fit = try #require(ARIMAEstimator.fit(y.map { $0 * factor }, order: order), "×\(factor)")
      expectClose(
        fit.ma + fit.seasonalMA, base.ma + base.seasonalMA, relative: 1e-6, "×\(factor) coefficients")
      expectClose(
        fit.forecast(horizon: 3, levels: [0.8]).mean, path.mean.map { $0 * factor }, relative: 1e-6,
        "×\(factor) forecasts")
      // log L of y·c is log L of y − n log c.
      #expect(abs(fit.logLikelihood - (base.logLikelihood - Double(base.observations) * log(factor))) < 1e-6)
    }
  }

  @Test("orders are written as R writes them")
  func orderDescription() {
    #expect(
      ARIMAOrder(p: 0, d: 1, q: 1, seasonalP: 0, seasonalD: 1, seasonalQ: 1, period: 12).description
        == "ARIMA(0,1,1)(0,1,1)[12]")
    #expect(ARIMAOrder(p: 1, d: 0, q: 0, constant: true).description == "ARIMA(1,0,0) with non-zero mean")
    #expect(ARIMAOrder(p: 0, d: 1, q: 1, constant: true).description == "ARIMA(0,1,1) with drift")
    // No constant with two differences.
    #expect(ARIMAOrder(p: 0, d: 2, q: 1, constant: true).constant == false)
  }
}
