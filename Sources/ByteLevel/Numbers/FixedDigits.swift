/// Writes an integer scaled by a power of ten, units·10^−places, in fixed notation ("0.25", "-12.05",
/// "300"), from digits computed in registers (`DigitBytes`) and placed with a few overlapping
/// unaligned stores: no loop over the digits, no branch on the lengths.
///
/// The layout is the same at both widths: the sign and a prefix "0." followed by zeros are stored
/// first. A number below 1 (places ≥ its digit count n) is "0.", places − n zeros, then the digits, so
/// the digits go after that much of the prefix. Otherwise they overwrite the prefix, and the k = n −
/// places integer digits stay while the rest are stored again one byte to the right behind a ".".
/// The text ends after the last significant digit, or after the k integer digits.
@_spi(ByteLevel) public enum FixedDigits {
  /// Bytes a call may touch at its pointer: the text (at most 23 bytes) and the stores past it (the
  /// farthest ends 47 bytes in: sign, 13 bytes of prefix, the 17 digits, the point and 15 more).
  public static let room = 48

  /// 10⁸ and 10¹⁷, the bounds of the two widths.
  @usableFromInline static let eightDigits: UInt64 = 100_000_000
  @usableFromInline static let seventeenDigits: UInt64 = 100_000_000_000_000_000

  /// Eight ASCII zeros, and the same with "0." in front: the prefix of a number below 1.
  @usableFromInline static let zeros: UInt64 = 0x3030_3030_3030_3030
  @usableFromInline static let zeroPoint: UInt64 = 0x3030_3030_3030_2E30

  /// Writes units·10^−places (units < 10¹⁷, places ≤ 20) without trailing fraction zeros at `pointer`
  /// and returns the byte count; up to `room` bytes at `pointer` may be overwritten.
  ///
  /// Below 10⁸ (every amount of a table) one word of eight digits serves. Above, with n the digit
  /// count of units, the 17 digits of units moved up past their 17 − n leading zeros are those of
  /// c = units·10¹⁷⁻ⁿ, and c·10^−(places + 17 − n) is the same number; its significant digits are n
  /// less the trailing zeros of units, counted one at a time (most values have none).
  @inlinable @inline(__always)
  public static func write(
    _ units: UInt64, places: Int, negative: Bool, to pointer: UnsafeMutablePointer<UInt8>
  )
    -> Int
  {
    precondition(units < seventeenDigits, "FixedDigits writes fewer than 18 digits")
    if units < eightDigits {
      return writeEight(UInt32(truncatingIfNeeded: units), places: places, negative: negative, to: pointer)
    }
    let count = DecimalPowers.digitCount(units)
    var significant = count
    var rest = units
    while rest % 10 == 0 {
      rest /= 10
      significant -= 1
    }
    return place(
      aligned(DigitBytes.seventeen(units), leadingZeros: 17 - count), places: places + 17 - count,
      significant: significant, negative: negative, to: pointer)
  }

  /// The 17 digits of `DigitBytes.seventeen` moved up past z ≤ 8 leading zeros: the first is digit z
  /// (the low byte of the 16 after the first, shifted down by z − 1 bytes), the rest the 16 after it
  /// shifted down by z bytes, with zeros behind. These are the digits of the value times 10ᶻ.
  @inlinable @inline(__always)
  static func aligned(
    _ digits: (first: UInt64, high: UInt64, low: UInt64), leadingZeros: Int
  ) -> (first: UInt64, high: UInt64, low: UInt64) {
    let tail = UInt128(digits.high) | UInt128(digits.low) << 64
    let first =
      leadingZeros == 0
      ? digits.first : UInt64(truncatingIfNeeded: tail &>> (8 &* (leadingZeros &- 1))) & 0xFF
    let shifted = tail &>> (8 &* leadingZeros)
    return (first, UInt64(truncatingIfNeeded: shifted), UInt64(truncatingIfNeeded: shifted >> 64))
  }

  /// Writes units·10^−places for units < 10⁸ and places ≤ 20 (0 as "0"), like `write`.
  ///
  /// The digit count n is 8 less the leading zero digits, the low zero bytes of the eight digit bytes
  /// (at least 1, for 0): no table, and nothing on the way that the digits do not need anyway. The
  /// word shifted down by 8 − n bytes starts with the first significant digit; the trailing zeros are
  /// the leading zero bytes of the unshifted word. A number
  /// below 1 takes places − n + 2 bytes of prefix; otherwise the point follows digit k = n − places,
  /// and the word shifted down by k bytes, behind a ".", is stored at k (at most 7 digits follow it).
  @inlinable @inline(__always)
  static func writeEight(
    _ units: UInt32, places: Int, negative: Bool, to pointer: UnsafeMutablePointer<UInt8>
  ) -> Int {
    let values = DigitBytes.eight(units)
    let count = max(8 &- values.trailingZeroBitCount &>> 3, 1)
    let significant = max(count - values.leadingZeroBitCount >> 3, 1)
    let digits = values &>> (8 &* (8 &- count)) | zeros
    let exponent = units == 0 ? 0 : places
    let fractional = exponent >= count
    let offset = fractional ? exponent - count + 2 : 0
    let point = fractional ? significant : count - exponent
    let text = prefix(pointer, negative: negative) + offset
    text.storeBytes(of: digits.littleEndian, as: UInt64.self)
    let moved = (digits &>> (8 &* point)) &<< 8 | 0x2E
    text.storeBytes(of: moved.littleEndian, toByteOffset: point, as: UInt64.self)
    return (negative ? 1 : 0) + offset + (significant > point ? significant + 1 : point)
  }

  /// Writes c·10^−p for 10¹⁶ ≤ c < 10¹⁷ and 0 ≤ p ≤ 28, whose first n = `significant` digits are the
  /// significant ones (the rest zeros), without trailing fraction zeros at `pointer` and returns the
  /// byte count; up to `room` bytes at `pointer` may be overwritten. The caller's n keeps the length
  /// off the digits' chain of products, so the next text's position is known early.
  @inlinable @inline(__always)
  public static func writeSeventeen(
    _ digits: UInt64, places: Int, significant: Int, negative: Bool, to pointer: UnsafeMutablePointer<UInt8>
  ) -> Int {
    place(
      DigitBytes.seventeen(digits), places: places, significant: significant, negative: negative, to: pointer)
  }

  /// Writes 17 digits in the form of `DigitBytes.seventeen` with p places as `writeSeventeen` does.
  ///
  /// For p ≥ 17 (below 1) the digits follow p − 15 bytes of prefix; for p ≤ 16 the point follows
  /// digit k = 17 − p, and the 16 digits after the first, shifted down by k − 1 bytes, behind a ".",
  /// are stored at k; the last digit, which that 16-byte word cannot hold when k = 1, is stored first
  /// on its own.
  @inlinable @inline(__always)
  static func place(
    _ digits: (first: UInt64, high: UInt64, low: UInt64), places: Int, significant: Int, negative: Bool,
    to pointer: UnsafeMutablePointer<UInt8>
  ) -> Int {
    // At most 13 bytes of prefix ("0." and 11 zeros, p ≤ 28) keep the stores within `room` bytes.
    assert((0...28).contains(places) && (1...17).contains(significant), "places ≤ 28, 1...17 digits")
    let tail = (UInt128(digits.high) | UInt128(digits.low) << 64) | UInt128(zeros) << 64 | UInt128(zeros)
    let fractional = places >= 17
    let offset = fractional ? places - 15 : 0
    let point = fractional ? significant : 17 - places
    let text = prefix(pointer, negative: negative) + offset
    text.storeBytes(of: UInt8(truncatingIfNeeded: digits.first) | 0x30, as: UInt8.self)
    text.storeBytes(of: tail.littleEndian, toByteOffset: 1, as: UInt128.self)
    text.storeBytes(of: UInt8(truncatingIfNeeded: tail >> 120), toByteOffset: 17, as: UInt8.self)
    let moved = (tail &>> (8 &* (point &- 1))) &<< 8 | 0x2E
    text.storeBytes(of: moved.littleEndian, toByteOffset: point, as: UInt128.self)
    return (negative ? 1 : 0) + offset + (significant > point ? significant + 1 : point)
  }

  /// Stores "-" at `pointer`, then from the next byte when `negative` (else at `pointer`) "0." and 22
  /// zeros, and returns where that prefix starts.
  @inlinable @inline(__always)
  static func prefix(_ pointer: UnsafeMutablePointer<UInt8>, negative: Bool)
    -> UnsafeMutableRawPointer
  {
    let raw = UnsafeMutableRawPointer(pointer)
    raw.storeBytes(of: UInt8(ascii: "-"), as: UInt8.self)
    let start = raw + (negative ? 1 : 0)
    start.storeBytes(of: zeroPoint.littleEndian, as: UInt64.self)
    start.storeBytes(of: zeros, toByteOffset: 8, as: UInt64.self)
    start.storeBytes(of: zeros, toByteOffset: 16, as: UInt64.self)
    return start
  }
}
