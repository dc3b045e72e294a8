/// Ways to project the full year A(y) from year-to-date data C(y,m) (DESIGN.md, domain formulas).
public enum ProjectionMethod: String, CaseIterable, Sendable {
  /// Last year's pattern: Â(y) = A(y−1) · C(y,m) / C(y−1,m).
  case lastYearPattern = "last-year"
  /// Seasonal share over K past years: Â(y) = C(y,m) / mean_k(C(y−k,m) / A(y−k)), k = 1…K.
  case seasonalShare = "seasonal-share"
  /// Model forecasts of the remaining months added to the year to date: Â(y) = C(y,m) + Σ_{j>m} M̂(y,j)
  /// (automatic ETS, intervals from simulated paths).
  case model
}
