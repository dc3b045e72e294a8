/// Why a growth quantity has no value (DESIGN.md: undefined growth is a value of its own, never inf
/// or NaN in output).
public enum UndefinedReason: UInt8, Sendable, CaseIterable, CustomStringConvertible {
  /// The base (last year's value, the previous month, the previous published rate) is missing.
  case noBase = 1
  /// The base is zero: growth from nothing is 新增, not +inf.
  case zeroBase
  /// The base is negative (losses): a ratio has no meaning; reports say 减亏/亏损扩大/扭亏为盈.
  case negativeBase
  /// The month lies inside a period published only as 1-2月 (January with February).
  case combinedPeriod
  /// The current value itself is missing (not published, redacted).
  case missingCurrent
  /// The quantity does not apply to the indicator's kind (e.g. the increment of a rate).
  case notApplicable
  /// The target is already met (已完成): no growth is needed in the remaining months.
  case alreadyMet
  /// No target is set, or a growth target lacks last year's full-year value.
  case noTarget
  /// The year has no remaining months (1-12月).
  case noRemainingMonths

  /// Short English text used in the `note` column.
  public var description: String {
    switch self {
    case .noBase: "no base"
    case .zeroBase: "zero base"
    case .negativeBase: "negative base"
    case .combinedPeriod: "combined 1-2月 period"
    case .missingCurrent: "missing current value"
    case .notApplicable: "not applicable"
    case .alreadyMet: "target already met"
    case .noTarget: "no target"
    case .noRemainingMonths: "no remaining months"
    }
  }
}

/// A growth quantity: a finite value, or the reason it is undefined.
public enum GrowthValue: Equatable, Sendable {
  /// A finite value (a rate in percent, points, or an amount, depending on the quantity).
  case value(Double)
  /// No value, for this reason.
  case undefined(UndefinedReason)

  /// The value, or `nil` when undefined.
  public var number: Double? {
    if case .value(let number) = self { return number }
    return nil
  }

  /// The reason, or `nil` when defined.
  public var reason: UndefinedReason? {
    if case .undefined(let reason) = self { return reason }
    return nil
  }

  /// The value, or NaN when undefined: for kernels that store values and reasons side by side.
  var rawValue: Double { number ?? .nan }

  /// The reason code stored beside a value in kernels (0 when defined).
  var reasonCode: UInt8 { reason?.rawValue ?? 0 }
}
