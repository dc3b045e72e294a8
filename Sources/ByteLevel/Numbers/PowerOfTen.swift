/// Powers of ten that a `Double` holds exactly.
@_spi(ByteLevel) public enum PowerOfTen {
  /// 10ⁿ for n in 0...22 (5ⁿ < 2⁵³, so each is exact); `nil` outside that range.
  @inlinable @inline(__always)
  public static func exact(_ n: Int) -> Double? {
    switch n {
    case 0: 1e0
    case 1: 1e1
    case 2: 1e2
    case 3: 1e3
    case 4: 1e4
    case 5: 1e5
    case 6: 1e6
    case 7: 1e7
    case 8: 1e8
    case 9: 1e9
    case 10: 1e10
    case 11: 1e11
    case 12: 1e12
    case 13: 1e13
    case 14: 1e14
    case 15: 1e15
    case 16: 1e16
    case 17: 1e17
    case 18: 1e18
    case 19: 1e19
    case 20: 1e20
    case 21: 1e21
    case 22: 1e22
    default: nil
    }
  }

  /// 10ⁿ for any integer n: exact for |n| ≤ 22 when n ≥ 0, the correctly rounded reciprocal of an exact
  /// power when n < 0, and a product of exact powers beyond.
  @inlinable
  public static func value(_ n: Int) -> Double {
    if n < 0 { return 1 / value(-n) }
    if let power = exact(n) { return power }
    return 1e22 * value(n - 22)
  }
}
