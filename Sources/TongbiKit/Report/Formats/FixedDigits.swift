/// Writes an integer scaled by a power of ten in fixed notation, from a table of two-digit pairs.
enum FixedDigits {
  /// "00", "01", …, "99": the two digits of n at offset 2n (a literal in the binary, no global to
  /// initialize).
  @inline(__always)
  private static var pairs: UnsafePointer<UInt8> {
    let text: StaticString =
      "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
    return text.utf8Start
  }

  /// Bytes a call may touch at its pointer: the text (at most 23 bytes) and scratch past it.
  static let room = 48

  /// Writes the 20 decimal digits of `value` (with leading zeros) at `scratch`: one split at 10¹⁶ and
  /// 10⁸ in 64-bit integers, then independent four-digit blocks in 32-bit ones, with no loop or branch.
  @inline(__always)
  private static func twentyDigits(_ value: UInt64, to scratch: UnsafeMutablePointer<UInt8>) {
    let high = value / 10_000_000_000_000_000
    let rest = value &- high &* 10_000_000_000_000_000
    let middle = rest / 100_000_000
    let low = rest &- middle &* 100_000_000
    fourDigits(UInt32(truncatingIfNeeded: high), to: scratch)
    eightDigits(UInt32(truncatingIfNeeded: middle), to: scratch + 4)
    eightDigits(UInt32(truncatingIfNeeded: low), to: scratch + 12)
  }

  /// Writes the 8 digits of `value` (< 10⁸) as two four-digit blocks.
  @inline(__always)
  private static func eightDigits(_ value: UInt32, to destination: UnsafeMutablePointer<UInt8>) {
    let high = value / 10_000
    fourDigits(high, to: destination)
    fourDigits(value &- high &* 10_000, to: destination + 4)
  }

  /// Writes the 4 digits of `value` (< 10⁴) as two pairs from the table.
  @inline(__always)
  private static func fourDigits(_ value: UInt32, to destination: UnsafeMutablePointer<UInt8>) {
    let table = pairs
    let high = Int(truncatingIfNeeded: value / 100)
    let low = Int(truncatingIfNeeded: value) &- high &* 100
    destination[0] = table[high &* 2]
    destination[1] = table[high &* 2 &+ 1]
    destination[2] = table[low &* 2]
    destination[3] = table[low &* 2 &+ 1]
  }

  /// Writes units·10^−places (places ≤ 20) without trailing fraction zeros ("0.25", "-12.05", "300")
  /// at `pointer` and returns the byte count (at most 23: sign, 21 digits, point); up to `room` bytes
  /// at `pointer` may be overwritten.
  ///
  /// Trailing zeros are stripped two at a time and the digit count comes from the leading zero bits.
  /// All 20 digits go to a stack scratch between runs of zeros; the integer and fraction digits (contiguous there) are copied
  /// in one fixed-size move after the sign, then the fraction again one byte further right after the
  /// point, so the layout costs no loop and no branch on the lengths.
  @inline(__always)
  static func write(_ units: UInt64, places: Int, negative: Bool, to pointer: UnsafeMutablePointer<UInt8>)
    -> Int
  {
    var value = units
    var decimals = places
    while decimals >= 2 && value % 100 == 0 {
      value /= 100
      decimals -= 2
    }
    if decimals >= 1 && value % 10 == 0 {
      value /= 10
      decimals -= 1
    }
    let shown = max(DecimalPowers.digitCount(value), decimals + 1)
    let sign = negative ? 1 : 0
    let integerDigits = shown - decimals
    pointer.pointee = UInt8(ascii: "-")
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 56) { buffer in
      guard let scratch = buffer.baseAddress else { return }
      scratch.initialize(repeating: UInt8(ascii: "0"), count: 8)
      (scratch + 28).initialize(repeating: UInt8(ascii: "0"), count: 28)
      twentyDigits(value, to: scratch + 8)
      let digits = UnsafeMutableRawPointer(pointer + sign)
      digits.copyMemory(from: scratch + 28 - shown, byteCount: 24)
      digits.storeBytes(of: UInt8(ascii: "."), toByteOffset: integerDigits, as: UInt8.self)
      (digits + integerDigits + 1).copyMemory(from: scratch + 28 - decimals, byteCount: 24)
    }
    return sign + shown + (decimals > 0 ? 1 : 0)
  }
}
