/// Doubles rounded to integers without the C library.
@_spi(ByteLevel) public enum IntegerRounding {
  /// `x` rounded half away from zero to an integer, for finite |x| < 2⁶³, without the C library's
  /// round(): t = trunc(x) and x − t are exact, and t moves one away from zero exactly when that
  /// fraction's magnitude is at least one half (two comparisons added as integers, no branch).
  @inlinable @inline(__always)
  public static func halfAwayFromZero(_ x: Double) -> Int64 {
    assert(x.isFinite && x.magnitude < 0x1p63, "an integer of Int64's range")
    let truncated = Int64(x)
    let fraction = x - Double(truncated)
    return truncated &+ (fraction >= 0.5 ? 1 : 0) &- (fraction <= -0.5 ? 1 : 0)
  }
}
