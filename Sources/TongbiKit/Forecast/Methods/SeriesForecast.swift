/// The forecast of one series: the path, the method that produced it, and why it differs from the one
/// asked for.
public struct SeriesForecast: Sendable {
  /// Means and intervals.
  public var path: ForecastPath
  /// The method used, e.g. `ETS(M,A,M)`, `theta`, `comb(ETS(A,N,A),theta,trend)`.
  public var method: String
  /// Set when a fallback was used or `auto` chose: what happened and why.
  public var note: String?

  /// Creates a forecast.
  public init(path: ForecastPath, method: String, note: String? = nil) {
    self.path = path
    self.method = method
    self.note = note
  }
}
