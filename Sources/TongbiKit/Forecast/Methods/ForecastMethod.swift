/// The forecasting methods a user can ask for.
public enum ForecastMethod: String, CaseIterable, Sendable {
  /// `comb`, or ETS where ETS alone beat it on a holdout on both sMAPE and MASE (see `Forecaster`).
  case auto
  /// Automatic ETS: the models of the AutoETS space combined by their Akaike weights (`ETSCombination`).
  case ets
  /// Automatic seasonal ARIMA (`AutoARIMA`, in the manner of R's `auto.arima`).
  case arima
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
  /// Simple average of automatic ETS, automatic ARIMA and Theta (means and interval bounds averaged).
  case comb

  /// The simpler methods tried, in order, when this one cannot be fitted (series too short).
  var fallbacks: [ForecastMethod] {
    switch self {
    case .auto, .comb: [.ets, .theta, .naive]
    case .ets, .ses, .holt, .damped, .naive2, .theta, .arima: [.theta, .naive]
    case .trend, .drift: [.drift, .naive]
    case .snaive: [.naive]
    case .naive: []
    }
  }
}
