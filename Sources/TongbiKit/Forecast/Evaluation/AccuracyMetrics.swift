/// Point and interval accuracy measures of the forecasting competitions.
package enum AccuracyMetrics {
  /// sMAPE = (100/h) Σ 2|yₜ − ŷₜ| / (|yₜ| + |ŷₜ|) in percent (M4 definition); pairs with a NaN, or with
  /// yₜ = ŷₜ = 0 (0/0), are skipped; NaN when no pair is left.
  package static func smape(actual: [Double], forecast: [Double]) -> Double {
    var sum = 0.0
    var count = 0
    for (y, f) in zip(actual, forecast) where !y.isNaN && !f.isNaN {
      let denominator = abs(y) + abs(f)
      count += 1
      if denominator > 0 { sum += 2 * abs(y - f) / denominator }
    }
    return count > 0 ? 100 * sum / Double(count) : .nan
  }

  /// In-sample scale of MASE: mean |yₜ − yₜ₋ₘ| over the training values (the seasonal naive error;
  /// pairs with a missing value skipped), with m = 1 when the training series has m values or fewer; NaN
  /// when undefined.
  package static func maseScale(training: [Double], m: Int) -> Double {
    let lag = training.count > m ? m : 1
    guard training.count > lag else { return .nan }
    var sum = 0.0
    var count = 0
    for t in lag..<training.count where !training[t].isNaN && !training[t - lag].isNaN {
      sum += abs(training[t] - training[t - lag])
      count += 1
    }
    return count > 0 ? sum / Double(count) : .nan
  }

  /// MASE = mean |yₜ − ŷₜ| / scale (`maseScale`); NaN when the scale is 0 or undefined.
  package static func mase(actual: [Double], forecast: [Double], scale: Double) -> Double {
    guard scale > 0 else { return .nan }
    var sum = 0.0
    var count = 0
    for (y, f) in zip(actual, forecast) where !y.isNaN && !f.isNaN {
      sum += abs(y - f)
      count += 1
    }
    return count > 0 ? sum / Double(count) / scale : .nan
  }

  /// Share of actual values inside [lower, upper] (pairs with a NaN skipped); NaN when none is left.
  package static func coverage(actual: [Double], lower: [Double], upper: [Double]) -> Double {
    var inside = 0
    var count = 0
    for i in actual.indices where i < lower.count && i < upper.count {
      guard !actual[i].isNaN, !lower[i].isNaN, !upper[i].isNaN else { continue }
      count += 1
      if actual[i] >= lower[i] && actual[i] <= upper[i] { inside += 1 }
    }
    return count > 0 ? Double(inside) / Double(count) : .nan
  }
}
