/// An exponential-smoothing model of Hyndman et al.'s state-space taxonomy, ETS(error, trend, season).
public struct ETSModel: Hashable, Sendable, CustomStringConvertible {
  /// How the error enters: y = μ + ε (additive) or y = μ(1 + ε) (multiplicative).
  public enum Error: String, Sendable, CaseIterable { case additive = "A", multiplicative = "M" }
  /// The trend: none, additive, or additive damped by φ.
  public enum Trend: String, Sendable, CaseIterable { case none = "N", additive = "A", damped = "Ad" }
  /// The seasonal component: none, additive, or multiplicative.
  public enum Season: String, Sendable, CaseIterable { case none = "N", additive = "A", multiplicative = "M" }

  /// Error type.
  public var error: Error
  /// Trend type.
  public var trend: Trend
  /// Seasonal type.
  public var season: Season

  /// Creates ETS(error, trend, season).
  public init(error: Error, trend: Trend, season: Season) {
    self.error = error
    self.trend = trend
    self.season = season
  }

  /// Parses R's three- or four-letter code, e.g. `ANN`, `AAdN`, `MAM`, `MAdM`; `nil` otherwise.
  public init?(code: String) {
    let letters = Array(code.uppercased().replacingOccurrences(of: "AD", with: "D"))
    guard letters.count == 3, let error = Error(rawValue: String(letters[0])),
      let season = Season(rawValue: String(letters[2]))
    else { return nil }
    switch letters[1] {
    case "N": trend = .none
    case "A": trend = .additive
    case "D": trend = .damped
    default: return nil
    }
    self.error = error
    self.season = season
  }

  /// R's notation, e.g. `ETS(M,Ad,M)`.
  public var description: String { "ETS(\(error.rawValue),\(trend.rawValue),\(season.rawValue))" }

  /// The same model with an undamped additive trend in place of its trend (a damped one in `AutoETS`;
  /// a model without a trend gains one).
  public var undamped: ETSModel { ETSModel(error: error, trend: .additive, season: season) }

  /// Whether the model has a trend (damped or not).
  public var hasTrend: Bool { trend != .none }
  /// Whether the model has a seasonal component.
  public var hasSeason: Bool { season != .none }
  /// Whether any component is multiplicative (requires positive data).
  public var isMultiplicative: Bool { error == .multiplicative || season == .multiplicative }

  /// The model space of automatic ETS's screening: that of statsforecast's AutoETS and R's `ets`
  /// (`restrict = TRUE`, no multiplicative trend, no additive error with multiplicative season) without
  /// the undamped additive trend, so a trend is damped (φ ≤ 0.98): 10 models; seasonal models only when
  /// `seasonal`, multiplicative components only when `positive`. Measured on 918 real monthly series
  /// (M1, r-datasets, TSDL, fpp; h = 18), the five undamped-trend models were chosen often on long
  /// series and extrapolated their trend too far: at the screening tolerance 10⁻², without them sMAPE
  /// fell from 15.01 to 14.25 on M1 and from 28.64 to 27.88 on TSDL (Benchmarks/compare/README.md). An
  /// undamped trend comes back only where the data clearly support it (`AutoETS`).
  public static func candidates(seasonal: Bool, positive: Bool) -> [ETSModel] {
    var result: [ETSModel] = []
    for error in Error.allCases where error == .additive || positive {
      for trend in Trend.allCases where trend != .additive {
        for season in Season.allCases {
          if season != .none && !seasonal { continue }
          if season == .multiplicative && (error == .additive || !positive) { continue }
          result.append(ETSModel(error: error, trend: trend, season: season))
        }
      }
    }
    return result
  }
}
