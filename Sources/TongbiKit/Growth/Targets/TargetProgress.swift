/// Progress toward an annual target at month m of year y (DESIGN.md, targets):
///
/// - completion 完成全年目标 = C(y,m) / T(y) × 100%;
/// - time progress 序时进度 = m / 12 × 100%; ahead (超) or behind (低于) = completion − time progress, pp;
/// - 时间过半、任务过半 at June: completion ≥ 50%;
/// - growth needed in the remaining months = (T(y) − C(y,m)) / (A(y−1) − C(y−1,m)) × 100 − 100;
///   already met (已完成) when C(y,m) ≥ T(y), undefined at m = 12 or when last year's remainder ≤ 0.
public struct TargetProgress: Equatable, Sendable {
  /// Completion of the annual target, percent.
  public var completion: GrowthValue
  /// 序时进度 m/12, percent.
  public var timeProgress: Double
  /// Completion minus time progress, percentage points (positive: ahead of schedule).
  public var aheadOfSchedule: GrowthValue
  /// Growth the remaining months need against the same months of last year, percent.
  public var neededGrowth: GrowthValue

  /// Computes the progress from T(y), C(y,m), A(y−1), C(y−1,m) and the month m.
  public init(
    target: GrowthValue, cumulative: Double, lastYearTotal: Double, lastYearCumulative: Double, month: Int
  ) {
    timeProgress = Double(month) / 12 * 100
    guard let level = target.number else {
      completion = target
      aheadOfSchedule = target
      neededGrowth = target
      return
    }
    completion = GrowthFormulas.shareOf(cumulative, in: level)
    aheadOfSchedule = completion.number.map { .value($0 - Double(month) / 12 * 100) } ?? completion
    if cumulative.isNaN {
      neededGrowth = .undefined(.missingCurrent)
    } else if cumulative >= level {
      neededGrowth = .undefined(.alreadyMet)
    } else if month == 12 {
      neededGrowth = .undefined(.noRemainingMonths)
    } else {
      neededGrowth = GrowthFormulas.ratioGrowth(
        current: level - cumulative, base: lastYearTotal - lastYearCumulative)
    }
  }

  /// Whether 时间过半、任务过半 holds: at June or later, completion of at least 50% (on the displayed
  /// value); `nil` before June or when completion is undefined.
  public func halfDoneAtHalfTime(month: Int) -> Bool? {
    guard month >= 6, let completion = completion.number else { return nil }
    return OfficeRounding.round(completion, decimals: 1) >= 50
  }
}

extension GrowthFormulas {
  /// Share of a value in a whole, percent: part × 100 / whole (target completion).
  ///
  /// Undefined when the part is missing, or the whole is missing, zero or negative.
  package static func shareOf(_ part: Double, in whole: Double) -> GrowthValue {
    if part.isNaN { return .undefined(.missingCurrent) }
    if whole.isNaN { return .undefined(.noTarget) }
    if whole == 0 { return .undefined(.zeroBase) }
    if whole < 0 { return .undefined(.negativeBase) }
    return .value(part * 100 / whole)
  }
}
