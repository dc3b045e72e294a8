/// The forecasting methods a user can ask for.
public enum ForecastMethod: String, CaseIterable, Sendable {
  /// Chooses among `ets`, `theta` and `comb` per series by a holdout backtest (see `Forecaster`).
  case auto
  /// Automatic ETS: the smallest-AICc model of the AutoETS model space.
  case ets
  /// The Theta method (R's `thetaf`).
  case theta
  /// Seasonal trend regression (`TrendRegression`).
  case trend
  /// Seasonal naive.
  case snaive
  /// Naive (random walk).
  case naive
  /// Random walk with drift.
  case drift
  /// Naive on seasonally adjusted data (M4 Naive2).
  case naive2
  /// Simple exponential smoothing, ETS(A,N,N).
  case ses
  /// Holt's linear trend, ETS(A,A,N).
  case holt
  /// Damped trend, ETS(A,Ad,N).
  case damped
  /// Simple average of ETS, Theta and trend regression (means and interval bounds averaged).
  case comb

  /// The simpler methods tried, in order, when this one cannot be fitted (series too short).
  var fallbacks: [ForecastMethod] {
    switch self {
    case .auto, .comb: [.ets, .theta, .naive]
    case .ets, .ses, .holt, .damped, .naive2, .theta: [.theta, .naive]
    case .trend, .drift: [.drift, .naive]
    case .snaive: [.naive]
    case .naive: []
    }
  }
}
