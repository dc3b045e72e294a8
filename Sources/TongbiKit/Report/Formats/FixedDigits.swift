/// Writes an integer scaled by a power of ten in fixed notation, two digits at a time from a table.
enum FixedDigits {
  /// "00", "01", …, "99": the two digits of n at offset 2n (a literal in the binary, no global to
  /// initialize).
  @inline(__always)
  private static var pairs: UnsafePointer<UInt8> {
    let text: StaticString =
      "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
    return text.utf8Start
  }

  /// Writes the last `count` decimal digits of `value` (with leading zeros) right to left ending just
  /// before `end`, and divides `value` by 10^count: four digits per step (one division by 10⁴, then
  /// two independent pairs), so the dependency chain is a quarter of the digit count long.
  @inline(__always)
  private static func digits(_ value: inout UInt64, count: Int, endingAt end: UnsafeMutablePointer<UInt8>) {
    let table = pairs
    var cursor = end
    var remaining = count
    while remaining >= 4 {
      let quotient = value / 10_000
      let block = Int(truncatingIfNeeded: value &- quotient &* 10_000)
      value = quotient
      let high = block / 100
      let low = block &- high &* 100
      cursor -= 4
      cursor[0] = table[high &* 2]
      cursor[1] = table[high &* 2 &+ 1]
      cursor[2] = table[low &* 2]
      cursor[3] = table[low &* 2 &+ 1]
      remaining -= 4
    }
    if remaining >= 2 {
      let quotient = value / 100
      let pair = Int(truncatingIfNeeded: value &- quotient &* 100) &* 2
      value = quotient
      cursor -= 2
      cursor[0] = table[pair]
      cursor[1] = table[pair &+ 1]
      remaining -= 2
    }
    if remaining == 1 {
      let quotient = value / 10
      cursor[-1] = UInt8(truncatingIfNeeded: value &- quotient &* 10) &+ 48
      value = quotient
    }
  }

  /// Writes units·10^−places without trailing fraction zeros ("0.25", "-12.05", "300") at `pointer`
  /// and returns the byte count (at most 23: sign, 20 digits, point, and a leading "0").
  ///
  /// Trailing zeros are stripped two at a time, the length is known before writing (digit count from
  /// the leading zero bits), and the digits are written right to left: the fraction, the point, then
  /// the integer part (at least one digit, "0" when units < 10^places).
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
    let length = (negative ? 1 : 0) + shown + (decimals > 0 ? 1 : 0)
    let end = pointer + length
    if decimals > 0 {
      digits(&value, count: decimals, endingAt: end)
      end[-decimals - 1] = UInt8(ascii: ".")
      digits(&value, count: shown - decimals, endingAt: end - decimals - 1)
    } else {
      digits(&value, count: shown, endingAt: end)
    }
    if negative { pointer.pointee = UInt8(ascii: "-") }
    return length
  }
}
